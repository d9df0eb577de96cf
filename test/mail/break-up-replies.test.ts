import { read } from '../support/read-reply.js';

/**
 * Answers to a "break-up" email ("Should I close your file?"; a probe of twenty, 2026-12-04;
 * docs/reply-classifier.md, "Answers to a break-up email"): 13 of 20 as shipped.
 */
describe('answers to a break-up email', () => {
  test('when the reply lets us close the file, then it is a no', () => {
    for (const text of [
      'Please close the loop.',
      'Yes, go ahead and close my file.',
      'Consider the loop closed.',
      'Fair enough, feel free to close it out.',
      'Go ahead and mark us as not interested.',
    ])
      expect([text, read(text).category]).toEqual([text, 'not_interested']);
  });

  test('when the reply keeps the door open or closes something else, then it is no "no"', () => {
    expect(
      read('No need to close the loop, still interested, just swamped. Try me next week.').category,
    ).toBe('interested');
    expect(read("Let's close the deal this week!").category).not.toBe('not_interested');
    expect(read('Happy to close the loop on pricing: send it over.').category).toBe('interested');
    expect(read('Can we close this out by Friday? Send the order form.').category).not.toBe('not_interested');
  });

  test('when a meeting is proposed for days ahead, then it is a yes; weeks ahead, a not-now', () => {
    expect(read("Not ignoring you, just buried. Let's do early December.").category).toBe('interested');
    expect(read("Just buried. Let's do mid January.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-15',
    });
  });
});
