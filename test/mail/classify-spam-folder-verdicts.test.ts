import { flagsOf } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "'That's where they belong', the Better Business
 * Bureau"): twenty threats, complaints and sneers 13 of 20 as shipped, 18 once my labels followed
 * the corpus's; now 20.
 */
describe('a verdict on our mail in the spam folder, and a regulator contacted', () => {
  test.each([
    [
      "Your emails are going straight to spam and honestly that's where they belong.",
      ['not_interested', ['brand']],
    ],
    [
      'I will be contacting the Better Business Bureau about your practices.',
      ['unsubscribe', ['legal', 'brand']],
    ],
  ])('%j is %j', (text, expected) => {
    expect(flagsOf(text)).toEqual(expected);
  });

  test('when a reply only says where our mail landed, then it complains of nothing', () => {
    for (const text of [
      'Sorry, your email went to spam, just saw it.',
      'Just saw this, it was in my junk folder.',
    ])
      expect([text, ...flagsOf(text)]).toEqual([text, 'other', []]);
  });
});
