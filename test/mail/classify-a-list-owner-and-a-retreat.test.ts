import { absenceOf, kindOf, read, said } from '../support/read-reply.js';

/**
 * Sixty-first session, the twenty-first and twenty-second rounds (docs/reply-classifier.md, "A list
 * owner's approval, a retreat"): twenty people's replies and sixteen notes written after the
 * twentieth round's lessons, measured untaught, then taught.
 */
describe('people', () => {
  test('"…Different tool, I think." is a no', () => {
    expect(
      kindOf(
        "Appreciate the follow-up. We don't have a problem with reps stepping on each other — we have a problem with reps not prospecting at all. Different tool, I think.",
      )[0],
    ).toBe('not_interested');
  });

  test('"how is this not just a shared spreadsheet with extra steps?" asks about the product', () => {
    expect(said('Let me be blunt: how is this not just a shared spreadsheet with extra steps?')).toEqual([
      'interested',
      [],
    ]);
  });

  test('"Why would we pay twice?" after a tool already paid for is a no', () => {
    expect(kindOf('We pay for Salesforce Territory Management already. Why would we pay twice?')[0]).toBe(
      'not_interested',
    );
  });

  test('"Is there a self-serve plan…?" asks the price', () => {
    expect(said('Is there a self-serve plan, or do I need to talk to sales?')).toEqual([
      'interested',
      ['pricing'],
    ]);
  });
});

describe('notes', () => {
  test('"…on a retreat with no connectivity until 7 December." is an absence', () => {
    expect(
      absenceOf(
        "Thanks for your message! I'm on a retreat with no connectivity until 7 December. Talk soon!",
      ),
    ).toEqual(['out_of_office', '2026-12-07']);
  });

  test.each([
    "Hi there, I'm Nova, Proseware's virtual assistant. I've logged your inquiry and a human will follow up.",
    'Your email has been forwarded to the account manager for your region, who will be in touch shortly.',
    'Message held: your message to board@contoso.com is awaiting approval from the list owner.',
    'Confirmation: you have been unsubscribed from Wingtip Weekly.',
  ])("a machine's acknowledgement or notice, no stop and no complaint: %s", (text) => {
    const r = read(text);
    expect([r.category, r.intent.kind, r.flags.brand ?? false]).toEqual(['out_of_office', 'auto_ack', false]);
  });

  test.each([
    'The mailbox you tried to reach is on litigation hold and no longer accepts new messages.',
    'Mailbox quota exceeded. The recipient cannot receive new messages until they free up space.',
    'Your message to "Sales Team" <sales@tailspin.io> was not delivered because the distribution list only accepts messages from internal senders.',
  ])("a server's report pasted as text is a bounce: %s", (text) => {
    expect(kindOf(text)[0]).toBe('bounce');
  });

  test('"…limited email access. If this is regarding an invoice please contact ap@…" is an absence', () => {
    expect(
      kindOf(
        "Hi, I'm currently travelling with limited email access. If this is regarding an invoice please contact ap@adatum.com.",
      )[0],
    ).toBe('out_of_office');
  });
});
