import { kindOf } from '../support/read-reply.js';

/**
 * Forty-ninth session (docs/reply-classifier.md, "A webinar registration, a mention in a comment, an
 * export ready"): twelve more machine notes with no header 1 of 12 as shipped, three read as a yes and
 * one as a complaint; now 12.
 */
describe('notices a service sends its users, once more', () => {
  test.each([
    'Your Zoom webinar registration is confirmed. Add to calendar.',
    'Your ticket has been updated. Reply above this line to add a comment.',
    "We couldn't verify your email address. Click the link to try again.",
    'Hi there, your recent purchase qualifies for a free upgrade! Claim it now.',
    'Your trial has expired. Your data will be deleted in 30 days unless you upgrade.',
    'Someone mentioned you in a comment on "Q1 Planning". View the comment.',
    'You have 3 unread messages in your inbox. Log in to read them.',
    'Your storage is almost full. Upgrade your plan to keep syncing.',
    'Your request for a refund has been approved and will be processed within 5-7 business days.',
    'We miss you! Come back and get 20% off your next month.',
    'Your export is ready. Download it within 7 days.',
  ])('%j is a notice, never a yes or a no', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });

  test('when a buyer asks what happens when their trial expires, then it is their question', () => {
    expect(kindOf('What happens to our data when the trial expires?')).toEqual(['interested', 'question']);
  });
});
