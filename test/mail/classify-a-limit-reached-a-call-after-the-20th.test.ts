import { flagsOf, kindOf, referredTo, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-sixth session, fifth round (docs/reply-classifier.md, "A limit reached, a call after the
 * 20th"): twenty everyday English replies, fifteen notes (four desks abroad), ten hand-offs, twelve
 * Russian and twelve texted one-liners.
 */
describe('notes, and desks abroad', () => {
  test.each([
    'Ihre Nachricht wurde empfangen. Wir melden uns innerhalb von 24 Stunden.',
    'Gracias por escribirnos. Le responderemos lo antes posible.',
    'Grazie per averci contattato. Un nostro operatore la ricontatterà a breve.',
    'Bedankt voor uw bericht. Wij nemen zo spoedig mogelijk contact met u op.',
    'Your data export has expired. Request a new one from Settings.',
    'Heads up: Dana Lee from Northwind is on your website right now (pricing page).',
    'Apollo: Your daily email limit has been reached. Sequences will resume tomorrow.',
    'Your contract with Salesforce renews in 30 days. Review your renewal.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"Our contract with Outreach renews in 30 days, so ask me then." is still a person’s wait', () => {
    expect(kindOf('Our contract with Outreach renews in 30 days, so ask me then.')[1]).toBe('not_now');
  });
});

describe('hand-offs', () => {
  test.each([
    [
      'This should go to Hannah Berg (hannah.berg@corvex.io) and Felix Wu (felix.wu@corvex.io) on the RevOps team.',
      ['hannah.berg@corvex.io', 'felix.wu@corvex.io'],
    ],
    ['You want Omar, he runs outbound. Omar Haddad <omar@corvex.io>', ['omar@corvex.io']],
    [
      'Our CTO makes tool decisions: cto@corvex.io. Good luck getting through to him though.',
      ['cto@corvex.io'],
    ],
  ])('%j refers us on', (text, to) => {
    expect(referredTo(text)).toEqual(to);
  });

  test('"Sorry, I only deal with inbound partnerships." is the wrong person', () => {
    expect(kindOf('Sorry, I only deal with inbound partnerships.')).toEqual(['other', 'wrong_person']);
  });
});

describe('questions', () => {
  test('"Does ClaimDesk store email content or just metadata?" asks about security', () => {
    expect(said('Does ClaimDesk store email content or just metadata?')).toEqual([
      'interested',
      ['security'],
    ]);
  });

  test('"lmk pricing for 8 ppl" asks the price', () => {
    expect(said('lmk pricing for 8 ppl')).toEqual(['interested', ['pricing']]);
  });

  test('"I\'m confused, didn\'t we already buy this last year?" is puzzlement, no no', () => {
    expect(kindOf("I'm confused, didn't we already buy this last year?")).toEqual(['other', 'none']);
  });

  test('"Your email doesn\'t say what you actually do." is puzzlement, no complaint', () => {
    expect(flagsOf("Your email doesn't say what you actually do.")).toEqual(['other', []]);
  });
});

describe('a call after a day of the month', () => {
  test('"Перезвоните после 20-го." waits until the 20th', () => {
    expect(waitOf('Перезвоните после 20-го.')).toEqual(['not_interested', '2026-12-20']);
  });

  test.each(['Перезвоните мне.', 'Звоните после 14.'])('%j is still a call asked for', (text) => {
    expect(kindOf(text)[0]).toBe('interested');
  });
});
