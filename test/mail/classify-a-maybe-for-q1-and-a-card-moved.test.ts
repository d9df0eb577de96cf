import { absenceOf, flagsOf, kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-fifth session, second round (docs/reply-classifier.md, "A maybe for Q1, a card moved"):
 * fifteen machine notes, ten longer replies, twelve hand-offs, fifteen waits, ten Russian notes,
 * ten threats, twelve one-liners, twelve product questions, twelve with two intents, eight Russian
 * letters, ten European notices, ten absences and twenty everyday replies, fresh.
 */
describe('work tools’ notices', () => {
  test.each([
    'Your Microsoft 365 subscription has been renewed. View your invoice in the admin center.',
    'Your Zoom meeting "Weekly pipeline" will start in 10 minutes.',
    'Expensify: Dana Lee submitted a report "NYC trip" for your approval.',
    'DocuSign: Dana Lee has viewed your envelope "ClaimDesk Order Form".',
    'Figma: Priya left a comment on "Pricing page v3": "Can we make the demo button bigger?"',
    'Trello: Card "Send security questionnaire" was moved to Done by Alex.',
    'Zoom: Cloud recording "ClaimDesk demo" is now available.',
    'Ramp: Your card ending 4421 was charged $299.00 at ZoomInfo.',
    'Сбербанк Бизнес: поступление 150 000 ₽ от ООО «Ромашка».',
    'Битрикс24: Иван Петров поставил вам задачу «Подготовить КП для Северсталь».',
    'Контур.Диадок: вам пришёл документ от ООО «Вектор» — счёт-фактура №212.',
    'Uw pakket wordt vandaag tussen 14:00 en 16:00 bezorgd.',
    'Przypomnienie: spotkanie "Demo ClaimDesk" rozpocznie się za 15 minut.',
    'Sua assinatura do Spotify foi renovada. Valor: R$ 21,90.',
    'Anna Schmidt hat Ihnen eine Aufgabe zugewiesen: "Angebot für Nordwind prüfen".',
    'Rappel : votre rendez-vous chez le dentiste est demain à 10h30.',
  ])('%j is a notice, never a yes or a question', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    'I left a comment on "Pricing page v3" - can you send the pricing?',
    'We moved the card "ClaimDesk" to Done, send the order form.',
  ])('%j is a person’s own words', (text) => {
    expect(kindOf(text)[1]).not.toBe('auto_ack');
  });
});

describe('waits', () => {
  test.each([
    ['Interesting, but not this fiscal year. Our FY starts in July.', '2027-07-01'],
    ['Too busy with year-end close. February?', '2027-02-01'],
    ['Put me down as a maybe for Q1.', '2027-01-01'],
    [
      'I appreciate you reaching out, but we consolidated our sales stack this year and are not adding new vendors through at least the end of 2027. Please feel free to check in after that.',
      '2028-01-01',
    ],
  ])('%j waits until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });
});

describe('absences', () => {
  test.each([
    ["Hi - I'm off for the rest of the year. Back January 5th.", '2027-01-05'],
    ['До 4 января меня не будет в офисе. По срочным вопросам звоните Анне: +7 916 000-00-00.', '2027-01-04'],
  ])('%j is away until %s', (text, date) => {
    expect(absenceOf(text)).toEqual(['out_of_office', date]);
  });
});

describe('questions and yeses', () => {
  test.each([
    ['Could you walk me and our RevOps lead through it sometime next week?', ['demo']],
    ['Not interested in a demo but send me the security whitepaper.', ['security']],
    ['$$?', ['pricing']],
  ])('%j asks about %j', (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  });

  test.each(['👍 send it', 'y not, thurs 3pm?'])('%j is a yes', (text) => {
    expect(kindOf(text)[0]).toBe('interested');
  });
});

describe('stops and complaints', () => {
  test('"No. And stop guessing my email format." is a stop', () => {
    expect(kindOf('No. And stop guessing my email format.')[0]).toBe('unsubscribe');
  });

  test('"the least professional outreach I\'ve seen" is a complaint', () => {
    expect(flagsOf("Honestly, this is the least professional outreach I've seen all year.")[1]).toEqual([
      'brand',
    ]);
  });

  test('a colleague removed by address "too" stops both; the address is suppressed', () => {
    const reply = read('Not interested, and please remove my colleague tom@kesterel.com too.');
    expect([reply.category, reply.stopsFor, reply.intent.kind]).toEqual([
      'unsubscribe',
      ['tom@kesterel.com'],
      'none',
    ]);
  });

  test('"Please remove john.doe@acme.com, he left." stops the colleague, not the writer', () => {
    const reply = read('Please remove john.doe@acme.com, he left.');
    expect([reply.category === 'unsubscribe', reply.stopsFor, reply.stopAskedForAnother]).toEqual([
      false,
      ['john.doe@acme.com'],
      true,
    ]);
  });

  test('"Please remove my colleague john.doe@acme.com from your list." stops the colleague, not the writer', () => {
    const reply = read('Please remove my colleague john.doe@acme.com from your list.');
    expect([reply.category === 'unsubscribe', reply.stopsFor]).toEqual([false, ['john.doe@acme.com']]);
  });
});
