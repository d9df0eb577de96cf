import { read } from '../support/read-reply.js';

/**
 * Terse replies from executives and their assistants (a probe of twenty-five, 2026-12-04;
 * docs/reply-classifier.md, "Terse replies"): 21 of 25 at first sight (one label settled by an older part's: "ok"
 * is a yes).
 */
describe('terse replies', () => {
  test('when a request is put to the colleague looped in, then the thread goes to them', () => {
    expect(read("Cc'ing Jen from RevOps. Jen, can you take a look?").intent).toEqual({
      kind: 'wrong_person',
    });
    expect(read("Sam, can you send pricing? Cc'ing Rachel for visibility.").intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
  });

  test('when the assistant is brought in to book it, then it is a yes', () => {
    expect(read('Loop in my EA, she runs my calendar.').category).toBe('interested');
  });

  test('when a later verb stands before a bare quarter, then it is a not-now with that date', () => {
    expect(read('Circle back Q2.').intent).toEqual({ kind: 'not_now', followUp: '2027-04-01' });
  });

  test('when it was solved in-house, then it is a no', () => {
    expect(read('Already solved this internally.').category).toBe('not_interested');
  });

  test('when the whole reply names someone to ask, then it is the wrong person', () => {
    expect(read('Ask Mike.').intent).toEqual({ kind: 'wrong_person' });
    expect(read('Ask away.').intent).toEqual({ kind: 'none' });
    expect(read('Talk to you soon.').intent).toEqual({ kind: 'none' });
  });
});
