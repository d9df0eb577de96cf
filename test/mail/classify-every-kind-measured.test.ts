import { said } from '../support/read-reply.js';

/**
 * Forty replies of every kind written only to measure after this session's teaching (2026-12-04;
 * docs/reply-classifier.md, "Every kind, measured after"): 39 of 40 categories at first sight by the
 * corpus's labels. The misses, each beside the sense it must keep.
 */
describe('every kind, the misses', () => {
  test('when the writer has moved on from the company, then it is the wrong person', () => {
    expect(said("I've moved on from Acme. You might try their new VP of Sales.")).toEqual([
      'other',
      'wrong_person',
    ]);
    expect(said("I've moved on from that idea.")[1]).not.toBe('wrong_person');
  });

  test('when a reply asks how many seats it needs, then it asks about pricing', () => {
    expect(said('How many seats do we need if only managers use it?')).toEqual(['interested', ['pricing']]);
  });
});
