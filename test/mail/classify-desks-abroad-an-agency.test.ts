import { absenceOf, flagsOf, kindOf } from '../support/read-reply.js';

/**
 * Fifty-sixth session, seventh round (docs/reply-classifier.md, "Desks abroad, an agency"): fifteen
 * Russian replies, fifteen notes in Russian and seven other languages, twelve with two intents, ten
 * absences typed in eight European languages and ten threats and complaints.
 */
describe('notes and desks', () => {
  test.each([
    'Госуслуги: ваше заявление принято к рассмотрению.',
    'Obrigado pelo contato! Retornaremos em até 48 horas.',
    'Tack för ditt meddelande. Vi återkommer så snart vi kan.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('absences abroad', () => {
  test('"Jag är ledig till och med 30 november." is away until the 30th', () => {
    expect(absenceOf('Jag är ledig till och med 30 november.')).toEqual(['out_of_office', '2026-11-30']);
  });

  test('"Bin diese Woche krank, melde mich nächste Woche." is away', () => {
    expect(absenceOf('Bin diese Woche krank, melde mich nächste Woche.')[0]).toBe('out_of_office');
  });
});

describe('replies', () => {
  test('"У нас Битрикс, и он нас устраивает." is a no', () => {
    expect(kindOf('У нас Битрикс, и он нас устраивает.')[0]).toBe('not_interested');
  });

  test('"Not me, and honestly not us either - we outsource SDR to an agency." is a no', () => {
    expect(kindOf('Not me, and honestly not us either - we outsource SDR to an agency.')[0]).toBe(
      'not_interested',
    );
  });

  test('"Please send the case study." asks for it', () => {
    expect(kindOf('Please send the case study.')).toEqual(['interested', 'none']);
  });

  test('"We\'ll pass for now, but please send the case study…" is the request the rep acts on', () => {
    expect(kindOf("We'll pass for now, but please send the case study - I'll keep it on file.")[0]).toBe(
      'interested',
    );
  });

  test('"I\'m a journalist covering aggressive sales tactics - mind if I quote your email?" hurts the brand', () => {
    expect(
      flagsOf("I'm a journalist covering aggressive sales tactics - mind if I quote your email?"),
    ).toEqual(['not_interested', ['brand']]);
  });
});
