import { flagsOf } from '../support/read-reply.js';

/**
 * Legal threats and complaints in new shapes, beside buyers using the same words (a probe of
 * twenty, 2026-12-04; docs/reply-classifier.md, "Legal and brand, once more"): legal 8 of 8 and brand 8 of 8 at
 * first sight, with three false alarms on the buyers.
 */
describe('reviews asked of us', () => {
  test('when a buyer asks us for a review or a reference, then it is no complaint', () => {
    expect(flagsOf('Can you share a review on G2 from a team our size?')).toEqual(['interested', []]);
    expect(flagsOf('Could you send me some reviews from Capterra?')[1]).toEqual([]);
  });

  test('when someone promises a bad review, then it still is one', () => {
    expect(flagsOf('I just left a one-star review on Capterra describing this exact email.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
  });
});
