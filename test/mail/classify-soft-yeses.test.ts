import { read, said } from '../support/read-reply.js';

/**
 * Thirty short replies written only to measure, 2026-12-05 (docs/reply-classifier.md, "Soft yeses
 * and a new head of sales"): hedged yeses and noes, 28 of 30 in category and 25 in intent at first
 * sight, four of the misses my labels. The real misses are below.
 */
describe('soft yeses and a new head of sales', () => {
  test.each([
    ['No harm in a quick call I suppose.', ['interested', 'none']],
    ['No harm in trying, send the deck.', ['interested', 'none']],
    // Someone added to the writer's own invite is scheduling, no question about the offer.
    ['Yes — and can you include Dana (dana@acme.io) on the invite?', ['interested', 'none']],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test('no decisions until a new head of sales starts waits for then, and "the new one starts" is no one-star review', () => {
    const r = read(
      'Our head of sales is actually leaving next month, so no decisions until the new one starts in February.',
    );
    expect([r.category, r.intent, r.flags.brand]).toEqual([
      'not_interested',
      { kind: 'not_now', followUp: '2027-02-01' },
      undefined,
    ]);
    expect(read('No decisions until Q2.').intent).toEqual({ kind: 'not_now', followUp: '2027-04-01' });
  });

  test.each([
    ['No.', ['not_interested', 'none']],
    ['Leaving you a one star review on G2.', ['not_interested', 'none']],
  ])('when a reply says %j, then it stays %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
