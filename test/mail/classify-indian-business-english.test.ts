import { read } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "'Please don't call also'"): fifteen replies in
 * Indian business English ("do the needful", "revert", "kindly", "with GST") 14 of 15 as shipped;
 * now 15.
 */
describe('a stop said with "also" or "either"', () => {
  test('when a no asks us not to call also, then it is a stop', () => {
    expect(read("Not interested. Please don't call also.").category).toBe('unsubscribe');
    // Not calling, and writing instead, is a yes.
    expect(read("No, don't call. Email is fine — what's the price range?").category).toBe('interested');
  });
});
