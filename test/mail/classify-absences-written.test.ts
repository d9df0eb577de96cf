import { read, readUnder } from '../support/read-reply.js';

/**
 * Twelve absences and acknowledgements as text alone, no header or subject to say so (2026-12-04,
 * the record's "Absences in a person's words"): 8 of 12 at first sight. The misses, each beside
 * the sense it must keep.
 */
describe('an absence or an acknowledgement with only its words to go on', () => {
  test('when the writer is offline or flying, then it is an absence', () => {
    expect(read("I'm offline at a customer site all week, back Monday.").category).toBe('out_of_office');
    expect(read('I am on a plane most of today and will answer tonight.').category).toBe('out_of_office');
    expect(read("We're offline for maintenance tonight, so the portal is down.").category).not.toBe(
      'out_of_office',
    );
  });

  test('when an absence names who covers anything time-sensitive, then it is an absence, not a referral', () => {
    const r = read(
      "I'm away on leave till the 4th. Please email desk@harborline.io for anything time-sensitive.",
    );
    expect([r.category, r.intent.kind]).toEqual(['out_of_office', 'none']);
  });

  test('when a Russian help desk says the letter was received and when it will answer, then it is an acknowledgement', () => {
    expect(read('Добрый день! Ваше письмо получено, ответим в течение трёх рабочих дней.').intent).toEqual({
      kind: 'auto_ack',
    });
    // A person who got the letter and will answer today is no help desk.
    expect(read('Письмо получил, отвечу сегодня.').intent.kind).not.toBe('auto_ack');
  });
});

// Fortieth session (docs/reply-classifier.md, "Returning on the 30th"): fifteen absence notes, 14 of 15
// return dates as shipped once my labels followed the corpus's.
test.each([
  ["I'll be out of the office Nov 23 - Nov 27, returning Nov 30.", '2026-11-30'],
  ['Out 23 to 27 November, returning 30 November.', '2026-11-30'],
  ['I will return to the office on Monday.', '2026-11-30'],
])('%j returns on %s: "returning" states the return, over the range', (text, date) => {
  const r = readUnder('Automatic reply: Quick question', text);
  expect([r.category, r.returnDate]).toEqual(['out_of_office', date]);
});
