import { kindOf } from '../support/read-reply.js';

/**
 * Fifty-first session (docs/reply-classifier.md, "An order shipped, a badge earned, a comment on a
 * forecast"): fifteen more machine notes with no header 5 of 15, an order shipped and a colleague's
 * comment read as a yes.
 */
describe('notices a service sends its users, a fifteenth round', () => {
  test.each([
    'Your Amazon order of "Logitech MX Keys" has shipped and will arrive Thursday.',
    'Your 2-step verification settings were changed.',
    'Ana Torres commented on "Q4 forecast": Looks good to me!',
    'Your monthly report for November is ready to view.',
    'Your ride with Lyft on Nov 22: $18.60. Thanks for riding!',
    'Your Google Workspace storage is 95% full.',
    'Payment reminder: invoice 7781 is due on December 1.',
    'Congratulations! You\'ve earned the "Top Contributor" badge.',
    'Your Slack message could not be delivered because the channel was archived.',
    'Your account will be deleted in 7 days due to inactivity. Log in to keep it.',
    'Your new dashboard is ready. Take a look!',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });
});

describe("the trained model's yes, on a text written the way a service writes", () => {
  test.each([
    'Your order has been packed and will arrive Thursday.',
    'New: smarter scheduling is available in your workspace.',
  ])('when %j opens on the reader and never says I or we, then it is no yes', (text) => {
    expect(kindOf(text)[0]).not.toBe('interested');
  });

  test.each([
    "Your email made me laugh, in a good way. Let's talk.",
    "Your team's webinar last week was genuinely great. Could you send me the recording?",
  ])('when a person writes %j, then the yes stands', (text) => {
    expect(kindOf(text)[0]).toBe('interested');
  });
});
