import { normalise } from '../../src/domain/normalise.js';
import { absenceOf as absence, read, readUnder, said } from '../support/read-reply.js';

/**
 * Replies typed the way people text, and absences written with no automatic-reply header or
 * subject, from the forty-third session's probes (docs/reply-classifier.md, "Texting shorthand
 * and absences typed by hand").
 */
describe('texting shorthand', () => {
  test.each([
    ['sounds gr8, whens good for u', ['interested', 'none']],
    ['r u free thurs?', ['interested', 'none']],
    ['send deets pls', ['interested', 'none']],
    ['wheres ur pricing page', ['interested', ['pricing']]],
    ['ty but we r good', ['not_interested', 'none']],
    // "Let me know times" asks for a meeting whatever else the reply says.
    ['abt to board, lmk times next wk', ['interested', 'none']],
  ])('%j is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test('shorthand is read only as words of their own: "we r" is "we are", "R&D" and "B4-form" stay', () => {
    expect(normalise('we r good, u r kind')).toBe('we are good, you are kind');
    expect(normalise('Our R&D team filed the B4-form')).toBe('our r&d team filed the b4-form');
  });
});

describe('an absence typed by hand, no header or subject saying so', () => {
  test.each([
    ['Меня не будет в офисе с 23.11 по 27.11 включительно.', '2026-11-27'],
    ["Hello, I'm off on holiday, returning on Wednesday.", '2026-11-25'],
    [
      'Thanks for reaching out! Our team is on a company retreat Nov 23-27 and will respond when we return.',
      '2026-11-27',
    ],
    ['Отвечу после 10 декабря, сейчас в отъезде.', '2026-12-10'],
    ["I'm away until the 30th. Back in the office on the 1st.", '2026-12-01'],
    ['Здравствуйте! Я нахожусь на обучении до 27.11, почту проверяю нерегулярно.', '2026-11-27'],
    [
      "Thanks for your email. Please note I'm working remotely this week and may be slower to respond than usual.",
      undefined,
    ],
  ])('%j is an absence, back %s', (text, date) => {
    expect(absence(text)).toEqual(['out_of_office', date]);
  });

  // A role's mailbox or a topic's desk covers the absence; nobody was handed the deal.
  test.each([
    [
      'I am out of the office until 2 December. For pricing questions please contact sales@acme.com.',
      '2026-12-02',
    ],
    [
      "Hi! I'm currently out on maternity leave and will return in April. Please contact hr@acme.com.",
      '2027-04-01',
    ],
  ])('%j is an absence with cover, not a referral (back %s)', (text, date) => {
    expect(absence(text)).toEqual(['out_of_office', date]);
    expect(read(text).intent.kind).toBe('none');
  });

  test('someone else away is no absence of the writer: "Директор сейчас в отъезде, я передам ему"', () => {
    expect(read('Директор сейчас в отъезде, я передам ему ваше письмо.').category).not.toBe('out_of_office');
  });

  test('a person handing over to a named colleague while away is still a referral', () => {
    expect(
      said("I'm on leave from Monday, so please talk to Dana Reyes (dana.reyes@acme.com) about this."),
    ).toEqual(['other', 'referral']);
  });

  test.each([
    ['Sono in ferie. Ritorno il 7/1.', '2027-01-07'],
    ['Out until Wed 12/2.', '2026-12-02'],
    ['Вернусь 11-го.', '2026-12-11'],
    ['Вернусь 30-го.', '2026-11-30'],
  ])('under an automatic-reply subject, %j is back %s', (text, date) => {
    expect(readUnder('Automatic reply: hello', text).returnDate).toBe(date);
  });

  test('"Back in the office on the 1st" under an automatic-reply subject is the 1st of next month', () => {
    expect(readUnder('Automatic reply: hello', 'Back in the office on the 1st.').returnDate).toBe(
      '2026-12-01',
    );
  });
});
