import { kindOf, read } from '../support/read-reply.js';

/**
 * Fifty-seventh session, the last round (docs/reply-classifier.md, "A proposal viewed, a Postfix
 * report"): thirty people's replies and fifteen notes written after the eleventh round's lessons,
 * measured untaught, then taught.
 */
describe('notes', () => {
  test.each([
    'Dana Lee viewed your proposal "ClaimDesk for Northwind" for 4 minutes.',
    'Your Outreach mailbox needs to be reconnected.',
    'Your password reset code is 882913.',
    'Your weekly LinkedIn analytics: 342 profile views.',
  ])('%j is a notice, no complaint', (text) => {
    const r = read(text);
    expect([r.category, r.intent.kind, r.flags.brand ?? false]).toEqual(['out_of_office', 'auto_ack', false]);
  });

  test.each([
    'My CFO viewed your proposal, she has questions.',
    "Your code is 123456? That's our internal ID.",
  ])('%j is a person’s', (text) => {
    expect(kindOf(text)[0]).not.toBe('out_of_office');
  });

  test('a Postfix report pasted as text is a bounce, no complaint', () => {
    const r = read(
      'Undelivered Mail Returned to Sender: <kim@tallis.com>: host mx.tallis.com said: 550 5.1.1 <kim@tallis.com>: Recipient address rejected: User unknown',
    );
    expect([r.category, r.flags.brand ?? false, r.bounce?.permanent]).toEqual(['bounce', false, true]);
  });
});

describe('people', () => {
  test('"How does ClaimDesk decide who owns an account when two reps claim it?" asks', () => {
    expect(kindOf('How does ClaimDesk decide who owns an account when two reps claim it?')).toEqual([
      'interested',
      'question',
    ]);
  });
});
