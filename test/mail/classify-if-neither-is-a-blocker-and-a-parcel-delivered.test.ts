import { absenceOf, kindOf, said } from '../support/read-reply.js';

/**
 * Fifty-third session (docs/reply-classifier.md, "If neither is a blocker, a parcel delivered"): ten
 * longer English replies 6 of 10 (7 once my label followed the corpus's); ten service notices in
 * seven European languages 5, an appointment reminder read as a yes; eight Russian absences 5.
 */
describe('a condition that points back, a term of ours asked about', () => {
  test('when the writer names their tools and says "if neither is a blocker", then it asks about integration', () => {
    expect(
      said(
        "Thanks Sam. Two things: our reps live in Outlook, not Gmail, and we're on Teams rather than Slack. If neither is a blocker, I'd be up for a call.",
      ),
    ).toEqual(['interested', ['integration']]);
  });

  test('when the writer asks what a term of ours means in the product, then it is a question', () => {
    expect(
      said(
        "Hi! Quick one - what does 'business minutes' mean in your escalation timers? Our reps are across three time zones.",
      ),
    ).toEqual(['interested', []]);
  });

  test('when the writer asks "What does that mean?", then it is no question about the product', () => {
    expect(kindOf('What does that mean?')[1]).not.toBe('question');
  });
});

describe('a service’s notices in European languages', () => {
  test.each([
    'Ihr Passwort wurde erfolgreich geändert.',
    'Votre colis a été livré.',
    'Recordatorio: su cita es mañana a las 10:00.',
    'Uw pakket wordt vandaag bezorgd.',
    'A sua encomenda foi enviada.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('absences in Russian', () => {
  test.each([
    ['Болею, на связи с понедельника.', '2026-11-30'],
    ['Сейчас в декрете, выйду в марте.', '2027-03-01'],
    ['Уехал на выходные, в офисе буду во вторник.', '2026-11-24'],
  ])('%j is an absence, back %s', (text, back) => {
    expect(absenceOf(text)).toEqual(['out_of_office', back]);
  });

  test('when the writer supports a football club ("болею за"), then it is no absence', () => {
    expect(kindOf('Я болею за Спартак.')[0]).not.toBe('out_of_office');
  });
});
