import { kindOf } from '../support/read-reply.js';

/**
 * Fiftieth session (docs/reply-classifier.md, "A sign-in alert, a group that refuses outsiders"): a
 * security alert about a new sign-in was read as a buyer's security question, and Exchange's "the
 * group only accepts messages from people in its organization" as a complaint about our brand.
 */
describe('a service warning its user about a sign-in', () => {
  test.each([
    'Security alert: new sign-in to your account from Chrome on Windows.',
    'Critical security alert for your linked Google Account. Someone just used your password to try to sign in.',
    'Unusual sign-in activity on your Microsoft account. Please review your recent activity.',
    'New login to your Slack account from Safari on macOS.',
    'We blocked a suspicious login attempt. If this was you, you can ignore this message.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });

  test('when a buyer asks about security alerts, then it is still their question', () => {
    expect(kindOf('Your security alert setup is interesting, can we talk about it?')).toEqual([
      'interested',
      'question',
    ]);
  });
});

describe("a mail server's report that a group or a full mailbox refused our mail", () => {
  test.each([
    "Your message to sales@brightwave.io couldn't be delivered because the group only accepts messages from people in its organization.",
    "Your message couldn't be delivered to jane@acme.com because the mailbox is full.",
    'Delivery has failed to these recipients or groups: sales@brightwave.io. The group sales only accepts messages from people in its organization.',
  ])('%j is a bounce, whoever it came from', (text) => {
    expect(kindOf(text)[0]).toBe('bounce');
  });

  test('when a person says it above their own words, then it is their note', () => {
    expect(
      kindOf(
        "Hi Sam, your message to sales@ couldn't be delivered because the group only accepts messages from people in its organization. Write to me instead.",
      )[0],
    ).not.toBe('bounce');
  });
});
