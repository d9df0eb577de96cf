import { said } from '../support/read-reply.js';

/**
 * Forty everyday replies in every voice, written blind (2026-12-04; docs/reply-classifier.md,
 * "Everyday, once more"): 34 of 40 categories and 35 of 40 intents at first sight. The misses,
 * each beside the sense it must keep.
 */
describe('everyday replies no rule read', () => {
  test('when a reply asks what our product is by its name, then it is puzzled; "what\'s different?" still asks', () => {
    expect(said("What's ClaimDesk?")).toEqual(['other', 'none']);
    expect(said("What's different?")).toEqual(['interested', []]);
    expect(said("What's pricing?")).toEqual(['interested', ['pricing']]);
  });

  test('when the writer is leaving the company, then it is the wrong person; leaving on holiday is not', () => {
    expect(
      said("I'm actually leaving the company at the end of the month, so probably not worth it."),
    ).toEqual(['other', 'wrong_person']);
    expect(said("I'm leaving on vacation next week.")[1]).not.toBe('wrong_person');
  });

  test('when a reply is not in a position to take this further, or its security team blocks new apps, then it is a no', () => {
    expect(said("Thank you for contacting me. I'm not in a position to take this further.")[0]).toBe(
      'not_interested',
    );
    expect(said('Would love to, but our security team blocks all new Slack apps.')[0]).toBe('not_interested');
  });

  test('when a spending freeze has no end, or a Teams version is awaited, then it is a not-now; "a freeze, so no" is a no', () => {
    expect(said("Unfortunately we're in a spending freeze until further notice.")).toEqual([
      'not_interested',
      'not_now',
    ]);
    expect(said('Let me know when you have a Microsoft Teams version.')).toEqual([
      'not_interested',
      'not_now',
    ]);
    expect(said('We have a procurement freeze, so no.')).toEqual(['not_interested', 'none']);
  });

  test('when a reply will take a look when it has a sec, then it is undecided, no yes', () => {
    expect(said("Okay, I'll take a look when I have a sec.")).toEqual(['other', 'none']);
    expect(said("Ok, I'll take a look and we can talk Tuesday.")[0]).toBe('interested');
  });

  test('when a reply asks who the right person on our side is, then it is a question', () => {
    expect(
      said("This could work for our EMEA team. Who's the right person to talk to on your side for Europe?"),
    ).toEqual(['interested', []]);
  });
});
