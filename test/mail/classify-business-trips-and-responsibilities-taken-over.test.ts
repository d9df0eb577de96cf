import { absenceOf, read } from '../support/read-reply.js';

/**
 * Fifty-first session (docs/reply-classifier.md, "Auf Dienstreise bis Freitag, responsibilities
 * taken over"): ten absences typed by hand 8 of 10, eight longer English ones 6 of 8, 7 once my
 * label followed the corpus's; a successor named after "taken over by" read as nothing.
 */
describe('an absence until a weekday, in other languages', () => {
  test.each([
    ['Bin bis Freitag auf Dienstreise, antworte danach.', '2026-11-27'],
    ['Ich bin bis Montag im Urlaub.', '2026-11-30'],
    ["Je suis en déplacement jusqu'à vendredi.", '2026-11-27'],
    ['Estoy de vacaciones hasta el jueves.', '2026-11-26'],
    ['Sono in ferie fino a mercoledì.', '2026-11-25'],
    ['Ik ben met vakantie tot maandag.', '2026-11-30'],
  ])('%j is an absence until %s', (text, date) => {
    expect(absenceOf(text)).toEqual(['out_of_office', date]);
  });
});

describe('responsibilities taken over by a named successor', () => {
  test('when the writer left and names who took over, then the successor is the referral', () => {
    const r = read(
      'Hello,\n\nPlease note that I have left Cobalt Systems as of November 15. My responsibilities have been taken over by Ian Frost (ian.frost@cobaltsys.com).\n\nKind regards,\nLeah',
    );
    expect([r.category, r.intent]).toEqual([
      'other',
      { kind: 'referral', people: [{ email: 'ian.frost@cobaltsys.com', name: 'Ian Frost' }] },
    ]);
  });
});
