import { read } from '../support/read-reply.js';

/**
 * Everyday business replies (a probe of twenty-eight, 2026-12-04; docs/reply-classifier.md, "Conditions, budgets
 * and hand-overs"): category 27 of 28, intent 22 at first sight (three labels corrected to older
 * parts' conventions first).
 */
describe('conditions, budgets and hand-overs', () => {
  test('when a yes hangs on a topic, then it asks about that topic', () => {
    expect(read('If you can get it under $10/user we can talk.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read("If it integrates with Outreach, I'd be interested.").intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read("If you have SOC 2, we'd consider it.").intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
  });

  test('when the condition is only wished for, then nothing is asked', () => {
    expect(read("If we had budget I'd look at it, but we don't.").category).toBe('not_interested');
  });

  test('when the reply says when budgets are talked about, then that is when to come back', () => {
    expect(read('Our fiscal year starts in July; budget conversations happen in May.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-05-01',
    });
  });

  test('when someone named takes over, then the reply hands the thread to them', () => {
    const { category, intent } = read(
      "Heads up, I'm moving to a new role next month. Priya Shah (priya.shah@acme.com) takes over vendor evaluations.",
    );
    expect([category, intent]).toEqual([
      'other',
      { kind: 'referral', people: [{ name: 'Priya Shah', email: 'priya.shah@acme.com' }] },
    ]);
  });
});
