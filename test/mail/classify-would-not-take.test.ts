import { said } from '../support/read-reply.js';

/**
 * Thirty replies about fit written only to measure, 2026-12-05 (seat counts, Slack or Teams,
 * comparisons, hiring freezes, a last day at work): 26 of 30 in category and 25 of 30 intents at
 * first sight, four of the misses my labels against the corpus's (docs/reply-classifier.md, "It
 * would not take here").
 */
describe('it would not take here', () => {
  test.each([
    ["I'm not sure we'd get buy-in from the reps. They hate new tools.", ['not_interested', 'none']],
    ["Our reps don't use Slack much, so this wouldn't land.", ['not_interested', 'none']],
    ["This looks like it's built for much bigger teams than ours.", ['not_interested', 'none']],
    ['Is there a minimum seat count?', ['interested', ['pricing']]],
    ['Is there a minimum number of users?', ['interested', ['pricing']]],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    // A doubt followed by a question asks.
    ["We don't use Slack much — do you support Teams?", ['interested', []]],
    [
      'They hate new tools, but this one might be different. What does onboarding look like?',
      ['interested', []],
    ],
  ])('when a reply says %j, then it stays %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
