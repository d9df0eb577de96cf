import { said } from '../support/read-reply.js';

/**
 * Twenty longer replies of two to four sentences, each saying two things (a collision last month and
 * a question, interest and a migration, "the email felt very templated. But the problem is real"),
 * written only to measure, 2026-12-05: 20 of 20 in category and 19 of 20 intents at first sight
 * (docs/reply-classifier.md, "Longer replies, once more").
 */
describe('longer replies, once more', () => {
  test.each([
    [
      "Could be relevant. What I'd want to understand is how it handles shared accounts across regions, and what the rollout looks like for 40 reps.",
      ['interested', []],
    ],
    ['What I need to know is whether it supports HubSpot.', ['interested', ['integration']]],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test('when the writer names material they would like to see, then it is a request, not a question', () => {
    expect(said("What I'd like to see is a case study.")).toEqual(['interested', 'none']);
  });
});
