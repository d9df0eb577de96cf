import { read } from '../support/read-reply.js';

/**
 * Twenty-eight put-offs with their dates said every way (nineteen English, nine Russian), written
 * only to measure, 2026-12-04: 17 of 28 with the right date at first sight (docs/reply-classifier.md,
 * "Dates said other ways"). Each reply arrives on Monday 23 November 2026.
 */
describe('a put-off and its date, said other ways', () => {
  test.each([
    ['Please follow up on the 15th of January.', '2027-01-15'],
    ['Give me 6 weeks.', '2027-01-04'],
    ['Maybe in the new year, after the 5th.', '2027-01-05'],
    ["We'll be ready to look at this mid-2027.", '2027-07-01'],
    ["Let's talk after our board meeting on December 10.", '2026-12-10'],
    // "A month before" a renewal's date: a month before it.
    ['Contract renews 31/03/2027, talk to me a month before.', '2027-02-28'],
    ['Свяжитесь с нами во втором квартале.', '2027-04-01'],
    ['Давайте в следующем году, ближе к весне.', '2027-03-01'],
  ])('when a reply says %j, then it is put off to %s', (text, followUp) => {
    expect(read(text).intent).toEqual({ kind: 'not_now', followUp });
  });

  test.each([
    // The writer's own promise, a meeting soon, a yes put a few weeks out (the corpus's label).
    ["I'll follow up on the 3rd of December with the signed contract.", 'none'],
    ["Let's talk in a week.", 'none'],
    ["Let's talk after our call on Friday.", 'none'],
    ["Let's talk in a few weeks once the dust settles.", 'none'],
  ])('when a reply says %j, then it is no put-off (%s)', (text, kind) => {
    expect(read(text).intent.kind).toBe(kind);
  });
});
