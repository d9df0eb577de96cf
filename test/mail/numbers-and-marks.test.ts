import { read } from '../support/read-reply.js';

/**
 * Replies made of numbers and marks (a probe of 25, 2026-12-04: phone numbers, prices, numbered
 * questions, capitals, emoji, dates in figures; docs/reply-classifier.md, "Numbers and marks"): 22 of 25 as shipped.
 */
describe('numbers and marks in a reply', () => {
  test('when a reply gives a number to call or a day to try, then it is a yes', () => {
    expect(read('Best number is +44 20 7946 0958, try me Thursday.').category).toBe('interested');
    expect(read('Reach me on 415 555 0100 after lunch.').category).toBe('interested');
    // A number kept private is no invitation.
    expect(read("Please don't call me. My number is private.").category).not.toBe('interested');
  });

  test('when an emoji carries a skin tone or a gender, then it says what the plain emoji says', () => {
    expect(read('🙅‍♀️').category).toBe('not_interested');
    expect(read('🙅🏽‍♂️').category).toBe('not_interested');
    expect(read('👍🏾').category).toBe('interested');
  });

  test('when a later date is written in figures, then it is the follow-up date, day first or month first', () => {
    expect(read("Let's reconnect 01/15/2027.").intent).toEqual({ kind: 'not_now', followUp: '2027-01-15' });
    expect(read("Try again on 15.01.2027, we're frozen until then.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-15',
    });
    expect(read('Circle back after 2027-03-01, budget resets then.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-03-01',
    });
    // A call soon is a yes, not a "not now".
    expect(read('Call me on 11/25/2026 at 10am.').category).toBe('interested');
  });
});
