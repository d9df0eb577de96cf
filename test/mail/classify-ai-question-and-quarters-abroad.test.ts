import { kindOf, waitOf } from '../support/read-reply.js';

/**
 * Forty-seventh session (docs/reply-classifier.md, "'Is this AI?', a new VP in February, 'im
 * zweiten Quartal'"): twenty terse English replies 16 of 20 as shipped, 17 of the 19 my labels keep;
 * fifteen in seven European languages 11 of 15. Now all of them.
 */
describe('terse English', () => {
  test('when the writer asks whether the mail is AI, then it is a puzzled other, not a no', () => {
    expect(kindOf('Is this AI? Feels AI.')).toEqual(['other', 'none']);
  });

  test('when nothing can be committed to until a new VP starts in February, then it is a wait until February', () => {
    expect(
      waitOf("Appreciate the follow up. Can't commit to anything until the new VP starts in February."),
    ).toEqual(['not_interested', '2027-02-01']);
  });
});

describe('European business replies', () => {
  test.each([
    [
      'Danke für die Nachricht. Wir haben aktuell kein Budget dafür, vielleicht im zweiten Quartal 2027.',
      '2027-04-01',
    ],
    ['Peut-être au deuxième trimestre 2027.', '2027-04-01'],
    ['Forse nel terzo trimestre.', '2027-07-01'],
    ['Proszę o kontakt w przyszłym tygodniu, teraz nie mam czasu.', '2026-11-30'],
    ['Bitte melden Sie sich nächste Woche wieder.', '2026-11-30'],
  ])('%j is a wait until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });

  test('when a Spanish writer asks not to be written to again, then it is a stop', () => {
    expect(kindOf('No nos interesa, por favor no vuelvan a escribir.')).toEqual(['unsubscribe', 'none']);
  });

  test('when a Dutch writer is "er niet in geïnteresseerd", then it is a no', () => {
    expect(kindOf('Bedankt, maar we zijn er niet in geïnteresseerd.')).toEqual(['not_interested', 'none']);
  });
});
