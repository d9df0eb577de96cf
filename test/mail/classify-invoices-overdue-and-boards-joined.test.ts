import { kindOf } from '../support/read-reply.js';

/**
 * Fiftieth session (docs/reply-classifier.md, "An invoice overdue, a review published, a board
 * joined"): ten more machine notes with no header 0 of 10, a G2 review published read as a complaint.
 */
describe('notices a service sends its users, the last of the session', () => {
  test.each([
    'Your Slack workspace has a new member: Priya joined #general.',
    'Your Google Calendar event "QBR" was updated by Dana Lee.',
    'Your invoice INV-2291 is overdue. Please pay to avoid service interruption.',
    "We've updated your plan to Pro. Your card will be charged $49 monthly.",
    'Your review on G2 has been published. Thanks for sharing your feedback!',
    'Your tax documents for 2026 are ready to download.',
    'You\'ve been added to the "Q1 Launch" board in Trello.',
    'Your Apple ID was used to sign in to iCloud on a new iPhone.',
    'Your appointment request has been received. We will confirm within 24 hours.',
    'Ваш тариф изменён на «Бизнес». Списание 990 ₽ ежемесячно.',
  ])('%j is a notice, never a complaint', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });

  test.each([
    "We've updated your plan? I never asked for that. Cancel it.",
    'Sorry, I joined #sales-leads on your Slack by mistake.',
  ])('when a person writes %j, then it is no notice', (text) => {
    expect(kindOf(text)[0]).not.toBe('out_of_office');
  });
});
