import { read } from '../support/read-reply.js';

/**
 * Twenty-five replies of every kind, written to measure the first-sight rate (2026-12-04; docs/reply-classifier.md,
 * "Every kind, once more"): 24 of 25, intent 19 as written; with four labels corrected to older
 * parts' (a free trial is a demo question, an absence naming cover no referral, "forwarded to
 * procurement" the wrong person, "why would we need this?" beside a tool of theirs a no), 25 and 23.
 */
describe('everyday replies', () => {
  test('when rough numbers are asked for a team size, then it is a pricing question ("numbers for 2025" is not)', () => {
    expect(
      read(
        "Hey Sam - we're actually evaluating tools in this space right now. Can you send a one-pager and some rough numbers for ~25 reps?",
      ).intent,
    ).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('Can you share your numbers for 2025? Curious how customers did.').intent).toEqual({
      kind: 'question',
      topics: [],
    });
  });

  test('when the writer says it is not something they handle, then it is the wrong person', () => {
    expect(read("This isn't something I handle. Try our RevOps lead, Bea Lin.").intent).toEqual({
      kind: 'wrong_person',
    });
    expect(read("That's not something I'd manage myself, our ops team would.").intent).toEqual({
      kind: 'wrong_person',
    });
    // Said of a topic, it is no hand-off: "Security isn't something we handle lightly".
    expect(read("Security isn't something we handle lightly, so send the SOC 2 report.").intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
  });

  test('when it says now is not the time, then it is a "not now" without a date', () => {
    for (const text of ['Not the time.', "Now's not the time, sorry."])
      expect([text, read(text).category, read(text).intent]).toEqual([
        text,
        'not_interested',
        { kind: 'not_now' },
      ]);
  });
});
