import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-eighth session, the first round (docs/reply-classifier.md, "Six months wasted, a Spamhaus
 * block"): a hundred and ten people's replies and forty-five notes written before looking, measured untaught,
 * then taught.
 */
describe('notes', () => {
  test.each([
    'Gong recorded your call "Discovery - Initech". View the transcript.',
    'Your LinkedIn Sales Navigator seat will expire in 5 days.',
    'Your Greenhouse interview with Jamie Fox is tomorrow at 2 PM.',
  ])('%j is a notice, no complaint', (text) => {
    const r = read(text);
    expect([r.category, r.intent.kind, r.flags.brand ?? false]).toEqual(['out_of_office', 'auto_ack', false]);
  });

  test.each([
    'I recorded your call "Discovery" for my boss, she liked it. Can we talk pricing?',
    'We recorded your call "Discovery" and shared it with the team. Send pricing?',
  ])('%j is a person’s', (text) => {
    expect(kindOf(text)[0]).not.toBe('out_of_office');
  });

  test.each([
    '550 5.7.1 Service unavailable; client host blocked using Spamhaus.',
    'Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]',
    'The message you sent to sales@globex.com was rejected because it contains a link to a site that is on our blocklist.',
  ])('%j, a server’s words pasted as text, is a permanent bounce, no complaint', (text) => {
    const r = read(text);
    expect([r.category, r.flags.brand ?? false, r.bounce?.permanent]).toEqual(['bounce', false, true]);
  });

  test('a person quoting a server’s code in their own words is no bounce', () => {
    expect(
      kindOf('We got 550 5.1.1 back when we wrote to Dana. Can you send me pricing instead?')[0],
    ).not.toBe('bounce');
  });
});

describe('people', () => {
  test.each([
    'Honestly the last vendor who promised this wasted six months of our time.',
    "I don't see how this would help us. We have two SDRs and they sit next to each other.",
    "It looks neat but we're trying to consolidate vendors, not add more.",
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test.each([
    "I don't see how this would help us. Can you explain?",
    'The last vendor wasted six months of our time. How is yours different?',
  ])('%j asks, no verdict yet', (text) => {
    expect(kindOf(text)[0]).not.toBe('not_interested');
  });

  test('"Please don\'t contact me on this address, it\'s my personal email." is a stop', () => {
    expect(kindOf("Please don't contact me on this address, it's my personal email.")[0]).toBe('unsubscribe');
  });

  test.each([
    ['Could you hold off until after our board meeting on the 18th?', '2026-12-18'],
    ['Loop me back in after Q1 planning wraps.', '2027-04-01'],
  ])('%j is a wait until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });

  test('"Can you loop me in after the demo with Sam?" is no wait', () => {
    expect(said('Can you loop me in after the demo with Sam?')).toEqual(['interested', ['demo']]);
  });
});
