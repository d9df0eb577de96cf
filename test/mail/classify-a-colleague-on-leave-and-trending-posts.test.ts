import { kindOf } from '../support/read-reply.js';

/**
 * Fiftieth session (docs/reply-classifier.md, "A colleague on maternity leave, a post trending"):
 * fifteen everyday English ones 13 of 15 (14 once my label followed the corpus's), ten machine notes
 * with no header 4 of 10, a LinkedIn notice read as a complaint.
 */
describe('a colleague’s absence is not the writer’s', () => {
  test('when the writer asks us to remove a colleague who is on maternity leave, then it is no absence', () => {
    expect(kindOf("Can you remove my colleague Jen from your list? She's on maternity leave.")).toEqual([
      'other',
      'none',
    ]);
  });

  test('when the writer is on maternity leave, then it is still an absence', () => {
    expect(kindOf("I'm on maternity leave until March.")[0]).toBe('out_of_office');
  });
});

describe('notices a service sends its users, once more', () => {
  test.each([
    'Your weekly digest from Medium: 5 stories picked for you.',
    'Your Dropbox is full. Upgrade to keep your files in sync.',
    'Your Zoom recording "Weekly sync" is now available.',
    'Congrats! Your post is trending on LinkedIn.',
    'Action required: verify your identity to continue using your account.',
    'Your parking permit expires on December 31. Renew online.',
  ])('%j is a notice, never a complaint', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });

  test.each([
    ['Action required: please stop emailing me.', 'unsubscribe'],
    ["Congrats! Your post about duplicate outreach was spot on. Let's talk.", 'interested'],
  ])('when a person writes %j, then it is theirs', (text, category) => {
    expect(kindOf(text)[0]).toBe(category);
  });
});
