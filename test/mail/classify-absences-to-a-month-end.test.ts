import { absenceOf as absence, read } from '../support/read-reply.js';

/**
 * Forty-fourth session (docs/reply-classifier.md, "Away until the end of January, on a
 * honeymoon"): fifteen absence notes typed by hand with no header 8 of 15 as shipped, 10 once my
 * labels followed the corpus's. A month's end named no return date, a honeymoon and "won't be
 * checking email" were no absence, and "I'd love to reconnect when I'm back" made a note a wait.
 */
describe('absences that end with a month, a span or a conference', () => {
  test.each([
    ["I'm on sabbatical until the end of January with no email access.", '2027-01-31'],
    ['Out of office until end of December.', '2026-12-31'],
    ["I'm on sabbatical through the end of February, no email.", '2027-02-28'],
    ["I'm out through February.", '2027-03-01'],
    ['Away until the end of the month.', '2026-11-30'],
    ['Я в отпуске до конца декабря.', '2026-12-31'],
    ['Я в отпуске до конца месяца, почту не проверяю.', '2026-11-30'],
    ['Away until the end of the year, back January 4.', '2027-01-04'],
    ["I'm at Web Summit in Lisbon until the 27th, so replies may be slow.", '2026-11-27'],
    [
      'Hallo, ich bin bis einschließlich 27.11. nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.',
      '2026-11-27',
    ],
  ])('%j is an absence until %s', (text, returnDate) => {
    expect(absence(text)).toEqual(['out_of_office', returnDate]);
  });

  test('when a note says the writer is on a honeymoon and will not read mail, then it is an absence, its courtesy no wait', () => {
    expect(
      absence(
        "Hey! I'm on my honeymoon until 12/14 🌴 I won't be checking email, but I'd love to reconnect when I'm back.",
      ),
    ).toEqual(['out_of_office', '2026-12-14']);
  });

  test('when a note says replies will be slower for reduced hours, then it is an absence with no date', () => {
    expect(
      absence(
        "I'm working reduced hours this month (Mon–Wed only), so replies may take a little longer. Thanks for your patience!",
      ),
    ).toEqual(['out_of_office', undefined]);
  });

  test('when a person away still asks for something, or "not checking email" is about a project, then it is their answer', () => {
    expect(
      read("I won't be checking email this weekend, but yes, send the pricing over and I'll look Monday.")
        .category,
    ).toBe('interested');
    expect(
      read("We're not checking email for that project anymore, and not interested anyway.").category,
    ).toBe('not_interested');
  });
});
