import { flagsOf } from '../support/read-reply.js';

/**
 * Forty-seventh session (docs/reply-classifier.md, "'Said no one ever', 'not bad for a cold
 * email'"): twelve sarcastic and double-edged replies 10 of 12 as shipped; now 12.
 */
describe('sarcasm and faint praise', () => {
  test('when "said no one ever" follows a yes, then it is a no', () => {
    expect(flagsOf("I'd love to, said no one ever.")).toEqual(['not_interested', []]);
  });

  test('when our mail is graded "not bad for a cold email" before a no, then the no carries no complaint', () => {
    expect(flagsOf('Not bad for a cold email. Still no though.')).toEqual(['not_interested', []]);
  });

  test('when faint praise comes with a harsh word, then the complaint is still read', () => {
    expect(flagsOf('Not bad for a cold email, but spamming five of my reps is disgusting.')[1]).toContain(
      'brand',
    );
  });
});
