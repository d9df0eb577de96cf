import { absenceOf, kindOf, said } from '../support/read-reply.js';

/**
 * Forty-seventh session (docs/reply-classifier.md, "'How much of my team's time', a pilot under way,
 * 'Will reply Friday'"): twenty everyday English replies 16 of 20 as shipped, 19 once my labels
 * followed the corpus's; fifteen longer ones with signatures 11 of 15, 14; fifteen absences in nine
 * languages 13 of 15; twelve machine notes with no header 7 of 12, 9. Now all of them.
 */
describe('questions that are not about price or a demo', () => {
  test("when the writer asks how much of the team's time it takes, then it is no price question", () => {
    expect(
      said('What does implementation look like? How many weeks and how much of my team’s time?'),
    ).toEqual(['interested', []]);
  });

  test('when a price is asked with "how much", then it still is one', () => {
    expect(said('How much for 40 reps?')).toEqual(['interested', ['pricing']]);
  });

  test('when a pilot is already under way, then no demo is asked', () => {
    expect(
      said(
        'We are. Please send over the MSA and DPA so our legal team can start reviewing while we finish the pilot.',
      ),
    ).toEqual(['interested', ['contract']]);
  });
});

describe('the day an absence says it will answer', () => {
  test.each([
    ["I'm at an offsite Tuesday through Thursday. Will reply Friday.", '2026-11-27'],
    ["I'm out sick today and tomorrow, will catch up on email Wednesday.", '2026-11-25'],
  ])('%j is an absence until %s', (text, returnDate) => {
    expect(absenceOf(text)).toEqual(['out_of_office', returnDate]);
  });
});

describe('desks and services with no header', () => {
  test.each([
    'Thank you for contacting Acme Billing. Our team will respond within 2 business days. Please do not reply to this message.',
    "Hi! Thanks for your message 👋 Our chat team is offline right now, but we'll get back to you by email as soon as we're online.",
    'Your password for the Orbit portal expires in 3 days. Click here to change it.',
  ])('%j is a notice, never a price question or a wait', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
