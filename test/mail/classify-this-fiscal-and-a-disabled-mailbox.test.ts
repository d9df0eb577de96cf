import { flagsOf, kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Sixty-first session, the sixth and seventh rounds (docs/reply-classifier.md, "Not this fiscal, a
 * mailbox disabled"): thirty-five people's replies and twelve notes written after the first five
 * rounds' lessons, measured untaught, then taught.
 */
describe('people', () => {
  test('"Let\'s sync next week." is a yes, as "Let\'s talk next week." is; syncing with someone else is not', () => {
    expect(kindOf("Let's sync next week. I'll have my EA reach out.")[0]).toBe('interested');
    expect(kindOf("Let's sync with our RevOps team first and get back to you.")[0]).not.toBe('interested');
  });

  test('no vendors added "this fiscal", or "until the next fiscal year", waits for the year the reply names', () => {
    expect(waitOf("We won't be adding vendors this fiscal. Our FY starts July 1.")).toEqual([
      'not_interested',
      '2027-07-01',
    ]);
    expect(waitOf("We won't be adding vendors until the next fiscal year, which starts in July.")).toEqual([
      'not_interested',
      '2027-07-01',
    ]);
  });

  test('"cloud is a hard no" beside an on-prem question is a security question, not a no', () => {
    expect(said('Can you guys do on-prem? Banking, so cloud is a hard no.')).toEqual([
      'interested',
      ['security'],
    ]);
    expect(kindOf('Your tool is a hard no.')[0]).toBe('not_interested');
  });

  test('"Our auditors will want a trail." beside a question about logging is a security question', () => {
    expect(said('How are disputes logged? Our auditors will want a trail.')).toEqual([
      'interested',
      ['security'],
    ]);
  });

  test('"a customer of yours already", with a question about whom to talk to, is `other`', () => {
    expect(
      kindOf(
        "Thanks for thinking of us! We're actually a customer of yours already via our parent company — maybe talk to your account manager there?",
      ),
    ).toEqual(['other', 'none']);
  });

  test('"please don\'t have anyone else from your team try either" is a stop', () => {
    expect(kindOf("No. And please don't have anyone else from your team try either.")[0]).toBe('unsubscribe');
  });
});

describe('notes', () => {
  test('a recipient\'s mailbox "disabled by the administrator", pasted as text, is a bounce', () => {
    expect(
      kindOf(
        "Your message could not be delivered to the recipient because the recipient's mailbox has been disabled by the administrator.",
      )[0],
    ).toBe('bounce');
    expect(kindOf('Your account has been disabled by the administrator.')[0]).not.toBe('bounce');
  });

  test('"the recipient\'s email provider rejected it as spam", pasted as text, is a bounce with no complaint', () => {
    expect(
      flagsOf(
        "Your email was not delivered. The recipient's email provider rejected it as spam. Reference: SPAM-REJ-4481.",
      ),
    ).toEqual(['bounce', []]);
  });
});
