import { read } from '../support/read-reply.js';

/**
 * Replies in a manager's everyday prose (a probe of twenty, 2026-12-04; docs/reply-classifier.md, "Managers'
 * replies"): 17 of 20, intent 15 at first sight (one label corrected to older parts': a person
 * saying they are on leave until February is an absence, returning then).
 */
describe("managers' replies", () => {
  test('when a part of the product is asked about as sold on its own, then it is a pricing question', () => {
    expect(
      read(
        "We're not looking for a full platform, but the duplicate check on its own could be useful. Is that sold separately?",
      ).intent,
    ).toEqual({ kind: 'question', topics: ['pricing'] });
  });

  test('when it asks whether the contents of their mail are stored, then it is a security question', () => {
    expect(
      read("Can you confirm you're not storing the contents of our emails? Security will ask.").intent,
    ).toEqual({ kind: 'question', topics: ['security'] });
  });

  test('when it was forwarded to someone named who owns the decision, then it is the wrong person', () => {
    expect(read('I forwarded this to Priya, our head of RevOps, she owns tooling decisions.').intent).toEqual(
      { kind: 'wrong_person' },
    );
  });

  test('when they ask to be added to no more sequences, then it is a stop', () => {
    expect(
      read("Please don't add me to any more sequences; if we need something like this we'll find you.")
        .category,
    ).toBe('unsubscribe');
  });

  test('when the problem we solve is no problem for them, then it is a no; an accepted term is not', () => {
    expect(
      read("Interesting, but we only sell to 50 accounts total, so collisions aren't a problem for us.")
        .category,
    ).toBe('not_interested');
    expect(read("A 12-month term isn't a problem for us. Send the order form.").category).toBe('interested');
  });

  test('when the writer will answer within days, then it is no not-now', () => {
    expect(read("We'll get back to you next week.").intent).toEqual({ kind: 'none' });
    expect(read("I'll get back to you in Q2.").intent).toEqual({ kind: 'not_now', followUp: '2027-04-01' });
  });
});
