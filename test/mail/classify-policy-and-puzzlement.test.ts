import { read, said } from '../support/read-reply.js';

/**
 * Fifteen everyday replies written only to measure, 2026-12-05 (docs/reply-classifier.md, "A
 * policy, a discount, a puzzled writer"): 11 of 15 in category and 10 in intent at first sight,
 * three of the misses my labels. The real ones are below.
 */
describe('a policy, a discount, a puzzled writer', () => {
  test.each([
    // A house rule about cold email is a no, not a writer who buys nothing.
    ["That's a no from me. We don't buy tools from cold emails.", ['not_interested', 'none']],
    ["I don't buy software, my boss does.", ['other', 'wrong_person']],
    // A discount matched and a quote asked for on someone's behalf ask about price.
    ['Your competitor offered us 40% off. Can you match?', ['interested', ['pricing']]],
    ['Our CFO asked me to get a quote for 30 seats, billed annually.', ['interested', ['pricing']]],
    [
      "Yes - we've had this exact issue with our BDRs. What's the fastest way to try it?",
      ['interested', ['demo']],
    ],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test('a puzzled writer is no complaint', () => {
    const r = read("Sorry, who gave you my name? I don't remember signing up for anything.");
    expect([r.category, r.flags.brand]).toEqual(['other', undefined]);
    expect(read('How did you get my email? This is harassment.').flags.brand).toBe(true);
  });
});
