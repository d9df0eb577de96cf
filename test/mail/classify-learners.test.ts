import { flagsOf, read } from '../support/read-reply.js';

/**
 * A probe of thirty replies in learners' English (2026-12-03; docs/reply-classifier.md, "Learners' English"): 24
 * right at first sight. Each lesson beside the sense it must keep.
 */
describe("replies in learners' English", () => {
  test('when a reply refuses the mail without "me" or "your" ("I not agree to receive this mails", "Remove from you list"), then it is a stop', () => {
    expect(read('I not agree to receive this mails.').category).toBe('unsubscribe');
    expect(read('Not intrested. Remove from you list.').category).toBe('unsubscribe');
    expect(read("We don't agree with your pricing model.").category).not.toBe('unsubscribe');
  });

  test('when a complaint goes "to authority" without an article, or cites the GDPR "according" to it, then it is legal', () => {
    expect(
      flagsOf('Why you keep writing me? I not agree to receive this mails. I will complain to authority.'),
    ).toEqual(['unsubscribe', ['legal', 'brand']]);
    expect(flagsOf('According GDPR I request you delete all my data and confirm me.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(flagsOf('According to our CTO, the GDPR module matters most. What does it cost?')[1]).toEqual([]);
  });

  test('when the company or the sender is called a scam with no article, then it is a stop and brand', () => {
    expect(flagsOf('Your company is scam, I write review on Trustpilot about this.')).toEqual([
      'unsubscribe',
      ['brand'],
    ]);
    expect(flagsOf('You people are scammers.')).toEqual(['unsubscribe', ['brand']]);
  });

  test('when a reply says our mail goes to spam and dismisses us, then it is a no with no flag; calling it spam still is one', () => {
    expect(flagsOf('This emails go to spam automatically, dont waste your time')).toEqual([
      'not_interested',
      [],
    ]);
    expect(flagsOf("Don't waste your time on us.")).toEqual(['not_interested', []]);
    expect(flagsOf('Every one of your emails lands in spam for a reason.')).toEqual([
      'unsubscribe',
      ['brand'],
    ]);
  });
});

/** Twenty-five replies in texting shorthand (2026-12-03; docs/reply-classifier.md, end of "Complaints, and buyers who say spam"): 21 of 25 at first sight. */
describe('replies in texting shorthand', () => {
  test('when "rn" is "right now", "gtfo" is "get out" and a "pass" follows a "lol", then they read as said in full', () => {
    expect(read('not rn, maybe q2').intent).toEqual({ kind: 'not_now', followUp: '2027-04-01' });
    expect(read('gtfo of my inbox').category).toBe('unsubscribe');
    expect(read('ur the 4th vendor this week lol pass').category).toBe('not_interested');
    // A word that only contains the letters stays: "turn" is no "right now".
    expect(read('Your turn: pricing for 10 seats?').category).toBe('interested');
  });
});
