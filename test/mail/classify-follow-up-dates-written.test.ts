import { read } from '../support/read-reply.js';

/**
 * Thirty "not now"s with a time to come back, written blind to check the dates read (2026-12-04;
 * docs/reply-classifier.md, "Follow-up dates, written thirty ways"): 29 of 30 in category and 23 of
 * 30 dates at first sight, four of the probe's own dates against the corpus's ("after Thanksgiving"
 * is December, "late spring" March, "after our fiscal year ends in June" June, and "Talk in May"-like
 * replies a yes). The misses, each beside the sense it must keep.
 */
describe('follow-up dates in more words', () => {
  test('when a reply asks to be contacted again in a quarter or quarters, then that many months on', () => {
    expect(read('Ask me again in a quarter.').intent).toEqual({ kind: 'not_now', followUp: '2027-02-23' });
    expect(read('Check back in two quarters.').intent).toEqual({ kind: 'not_now', followUp: '2027-05-23' });
  });

  test('when it says after the 1st of the year, then it is the new year', () => {
    expect(read("Let's touch base after the 1st of the year.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
  });

  test('when it names a month and day with a slash and no year, then it is the next such day', () => {
    expect(read('Ping me on 1/15.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-15' });
    expect(read('Circle back 1/15.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-15' });
    // Day first where the first number cannot be a month.
    expect(read('Reach out 15/2.').intent).toEqual({ kind: 'not_now', followUp: '2027-02-15' });
    // Round the clock is no date.
    expect(read('Our support is 24/7, reach out anytime.').intent).not.toEqual(
      expect.objectContaining({ followUp: expect.anything() }),
    );
  });
});
