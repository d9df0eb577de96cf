import { said } from '../support/read-reply.js';

/**
 * Sixteen buyers' questions about how the product works, written only to measure, 2026-12-05
 * (docs/reply-classifier.md, "Questions about features"): 14 of 16 at first sight; two asked
 * in words no rule knew and were `other`, so no SLA for an interested buyer.
 */
describe('questions about features', () => {
  test.each([
    // "the bot" is the product, and a DM or a post is what it does.
    ['Does the bot DM the rep or post in a channel? We hate channel noise.', ['interested', []]],
    // "If someone…, do their…?": a case put to the product, whoever the someone is.
    ['If someone goes on vacation, do their claims expire or transfer to the manager?', ['interested', []]],
    ['What happens to claims when a rep leaves the company?', ['interested', []]],
  ])('when a reply asks %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test('a condition with no question to the product stays what it was', () => {
    expect(said('If someone on your team emails me again, I will report it.')[0]).not.toBe('interested');
  });
});
