import { kindOf, said } from '../support/read-reply.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "'We've since built our own', a revenue share"):
 * 23 replies (fifteen English, eight Russian) 19 right as shipped; now 23.
 */
describe('noes', () => {
  test('when the writer has since built their own, then it is a no', () => {
    expect(kindOf("This would've been great two years ago. We've since built our own.")).toEqual([
      'not_interested',
      'none',
    ]);
  });

  test('when tools off the approved vendor list are not allowed, then it is a no', () => {
    expect(
      kindOf("We're not allowed to use tools that aren't on our approved vendor list, and you're not on it."),
    ).toEqual(['not_interested', 'none']);
  });
});

describe('questions', () => {
  test('when the writer asks why they keep getting these from different people, then it asks nothing about the product', () => {
    expect(said('Why do I keep getting these from different people at your company?')).toEqual([
      'other',
      'none',
    ]);
  });

  test('when the writer asks about a revenue share instead of a subscription, then it asks about pricing', () => {
    expect(said('Would you consider a revenue-share instead of a subscription?')).toEqual([
      'interested',
      ['pricing'],
    ]);
  });
});
