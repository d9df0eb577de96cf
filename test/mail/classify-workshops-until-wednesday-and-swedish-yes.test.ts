import { absenceOf, kindOf, read } from '../support/read-reply.js';

/**
 * Fiftieth session (docs/reply-classifier.md, "Workshops until Wednesday, 'det låter intressant', a
 * bridge for sale"): ten longer English ones 8 of 10 (9 once my label followed the corpus's),
 * twelve in nine European languages 9 of 12 (10), eight sarcastic ones 7 of 8, six absences typed
 * by hand 5 of 6.
 */
describe('a yes, a no and a start asked in other languages', () => {
  test.each([
    'Hej! Ja, det låter intressant. Skicka gärna mer information.',
    'Tack, det låter bra! Kan vi boka ett möte?',
    'Wir sind sehr zufrieden mit Ihrer Präsentation. Wann können wir starten?',
    '¿Cuándo podemos empezar?',
    'Quando possiamo iniziare?',
  ])('%j is a yes', (text) => {
    expect(kindOf(text)[0]).toBe('interested');
  });

  test.each([
    'Vielen Dank, aber wir arbeiten bereits mit Salesforce und sind sehr zufrieden.',
    'Det låter inte intressant för oss.',
  ])('%j is a no', (text) => {
    expect(kindOf(text)[0]).toBe('not_interested');
  });

  test('when the writer is pleased with our demo, then it is still a yes', () => {
    expect(kindOf('Die Demo war gut und wir sind sehr zufrieden. Wann können wir starten?')[0]).toBe(
      'interested',
    );
  });
});

describe('English', () => {
  test('when someone is interested in seeing a demo and asks for slots, then it asks for a demo', () => {
    expect(
      read(
        "Thanks for following up. I shared your note with our VP of Sales and she's interested in seeing a demo for the leadership team. Could you propose two or three slots next week?",
      ).intent,
    ).toEqual({ kind: 'question', topics: ['demo'] });
  });

  test('when a bridge is offered in return, then it is a no', () => {
    expect(kindOf("Sure, and I'll also take a bridge if you're selling one.")[0]).toBe('not_interested');
  });

  test('when the writer is in workshops until a day and will reply then, then it is an absence', () => {
    expect(absenceOf('In back-to-back workshops until Wednesday, will get back to you then.')).toEqual([
      'out_of_office',
      '2026-11-25',
    ]);
  });
});
