import { kindOf } from '../support/read-reply.js';

/**
 * Fiftieth session (docs/reply-classifier.md, "A receipt, a verification code, a CEO who hates new
 * tools"): twelve machine notes with no header 3 of 12, a workspace's welcome and a ride's receipt
 * read as a yes; fifteen texted one-liners 12 of 15, 13 once my labels followed the corpus's.
 */
describe('notices a service sends its users, once more', () => {
  test.each([
    'Your Amazon.com order of "USB-C Hub" has been delivered.',
    'Jira: Sam Lee assigned PROJ-1423 to you.',
    'Your statement for account ending in 4421 is now available online.',
    "Welcome to Notion! Here's how to get started with your new workspace.",
    "You've received a new message from Brightwave Support. Log in to view it.",
    'Your verification code is 482913. It expires in 10 minutes.',
    'Your Uber receipt for Tuesday evening. Total: $23.40.',
    'Your GitHub pull request #118 was merged.',
    'Your flight UA 1234 to Chicago is delayed. New departure time: 6:45 PM.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });

  test.each([
    "Welcome to the team! Let's get started with the onboarding doc I shared.",
    'Your order of 40 seats has been cancelled? That was a mistake, please restore it.',
    'Can you log in to view it and tell me what you think?',
    'My flight to Chicago is delayed, can we push the call to 4?',
  ])('when a person writes %j, then it is no notice', (text) => {
    expect(kindOf(text)[0]).not.toBe('out_of_office');
  });
});

describe('texted one-liners', () => {
  test('when a question opens with "wait" and has no question mark, then it is still asked', () => {
    expect(kindOf('wait does this work with gmail or only outlook')).toEqual(['interested', 'question']);
  });

  test.each(['sounds cool but our CEO hates new tools', 'Great product, but my boss hates new software.'])(
    'when %j, then it is a no',
    (text) => {
      expect(kindOf(text)[0]).toBe('not_interested');
    },
  );

  test('when a question follows the boss who hates tools, then it asks', () => {
    expect(kindOf('Our CEO hates new tools, but is there a free tier we could try quietly?')).toEqual([
      'interested',
      'question',
    ]);
  });
});
