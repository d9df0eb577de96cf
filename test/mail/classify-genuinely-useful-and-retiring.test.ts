import { flagsOf, kindOf } from '../support/read-reply.js';

/**
 * Forty-ninth session (docs/reply-classifier.md, "'Genuinely useful', retiring, 'what's this
 * about?'"): fifteen everyday English ones 12 of 15 as shipped, a yes among the misses read as a
 * brand complaint; now 15.
 */
describe('praise carried up to the boss', () => {
  test('when the writer finds it genuinely useful and forwards it with a recommendation, then it is a yes with no flag', () => {
    expect(flagsOf('This is genuinely useful. Forwarding to our CRO with my recommendation.')).toEqual([
      'interested',
      [],
    ]);
  });
});

describe('a writer about to retire', () => {
  test('when the writer retires at the end of the month, then we wrote to the wrong person', () => {
    expect(kindOf("Appreciate it, but I'm retiring at the end of the month.")).toEqual([
      'other',
      'wrong_person',
    ]);
  });
});

describe('what our mail is about, asked', () => {
  test('when the writer found us in junk and asks what this is about, then it is neither a yes nor a no', () => {
    expect(kindOf("Your email landed in my junk folder, just saw it. What's this about?")).toEqual([
      'other',
      'none',
    ]);
  });

  test('when the writer says it sounds interesting first, then the yes stands', () => {
    expect(kindOf("Sounds interesting. What's this about exactly, pricing-wise?")[0]).toBe('interested');
  });
});
