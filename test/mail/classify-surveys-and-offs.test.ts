import { absenceOf, kindOf, read, waitOf } from '../support/read-reply.js';

/**
 * Forty-sixth session (docs/reply-classifier.md, "A support survey, a LinkedIn notification, 'Off
 * until Jan 4'"): ten machine notes with no header 1 of 10 as shipped, 6 once my labels followed the
 * corpus's (a survey read as a pricing question, a LinkedIn notification as a no with a brand flag);
 * twelve absences with dates written every way 8 of 12; now all but two calendar answers.
 */
describe('machine notes with no header', () => {
  test.each([
    'Please rate your experience with our support team. How did we do? ⭐⭐⭐⭐⭐',
    'Jane Park sent you a message on LinkedIn: "Thanks for connecting!" View message',
    "Thank you for your submission! We'll be in touch if your profile matches an open role.",
    'Delivery has been completed to these recipients, but no delivery notification was sent by the destination server:\n\njane@acme.com',
  ])('%j is a notice, never a yes or a complaint', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('absences with the date written every way', () => {
  test.each([
    ['Off until Jan 4, happy holidays!', '2027-01-04'],
    ['🎄 Off until Jan 4 🎄', '2027-01-04'],
    ['Back Wednesday next week, will answer then.', '2026-12-02'],
    ['Travelling until mid-December with patchy email, apologies for slow replies.', '2026-12-15'],
    ["I'm at a customer site all week and back at my desk on Monday.", '2026-11-30'],
    ['I am in holidays until 5 january, I will answer after.', '2027-01-05'],
  ])('%j is an absence until %s', (text, returnDate) => {
    expect(absenceOf(text)).toEqual(['out_of_office', returnDate]);
  });

  test('when a decision is put off until a quarter, then it is a wait, not an absence', () => {
    expect(waitOf("We're putting this off until Q2.")).toEqual(['not_interested', '2027-04-01']);
  });

  test('when a call is asked for Wednesday next week, then it is a yes', () => {
    expect(read('Can we talk Wednesday next week?').category).toBe('interested');
  });
});
