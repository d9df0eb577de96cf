import { read, said } from '../support/read-reply.js';

/**
 * Thirty everyday replies (twenty terse English, ten Russian) written only to measure, 2026-12-04:
 * 29 of 30 in category and 26 of 30 intents at first sight (docs/reply-classifier.md, "Terse and
 * busy"). What they taught: a half named with no "in" ("maybe H2"), "busy till new year", a
 * question with no question mark, and that "call me after" a time today is no put-off.
 */
describe('terse replies and busy people', () => {
  test.each([
    ['not a fit for us rn, maybe h2', { kind: 'not_now', followUp: '2027-07-01' }],
    ['Busy til new year', { kind: 'not_now', followUp: '2027-01-01' }],
    ['Swamped through Q1, ping me after.', { kind: 'not_now', followUp: '2027-04-01' }],
    ["We're heads down until February.", { kind: 'not_now', followUp: '2027-02-01' }],
    // A date, not a time of day, before "write me after": still a put-off.
    ['i am on holiday until 5 january, write me after', { kind: 'not_now', followUp: '2027-01-05' }],
  ])('when a reply says %j, then it is put off to %j', (text, intent) => {
    expect(read(text).intent).toEqual(intent);
  });

  test.each([
    ["I'm busy until 3, call me after.", ['interested', 'none']],
    ['In meetings till 2, call me after that.', ['interested', 'none']],
    [
      "already talking to 2 vendors for this, you'd be the third. what makes you different",
      ['interested', []],
    ],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  // Twenty Russian replies measured after (18 of 20 at first sight; three of the four intent
  // misses the probe's own labels against the corpus's conventions).
  test.each([
    ['Напомните мне через две недели.', { kind: 'not_now', followUp: '2026-12-07' }],
    ['Напишите мне в телеграм.', { kind: 'none' }],
    ['Свяжитесь со мной в телеграм.', { kind: 'none' }],
  ])('when a Russian reply says %j, then its intent is %j', (text, intent) => {
    expect(read(text).intent).toEqual(intent);
  });

  test("when a Russian reply asks to be written to in a messenger, then it is a yes; 'не пишите мне в телеграм' is a stop", () => {
    expect([read('Напишите мне в телеграм.').category, read('Не пишите мне в телеграм.').category]).toEqual([
      'interested',
      'unsubscribe',
    ]);
  });
});

/**
 * Fifteen Russian replies with a stop's or a complaint's words used innocently (11 of 15 at first
 * sight; docs/reply-classifier.md, "Terse and busy").
 */
describe("Russian: a stop's words used innocently", () => {
  test.each([
    ['Это не спам, мне правда интересно. Сколько стоит?', ['interested', ['pricing']]],
    ['Жалоб на текущую систему нет, но посмотреть можно.', ['interested', 'none']],
    [
      'У нас запрет на холодные письма внутри компании. Ваш инструмент может это контролировать?',
      ['interested', []],
    ],
    // Still as before: a sarcastic "not spam?" is a stop, a look put off is a put-off.
    ['Не спам? А что тогда?', ['unsubscribe', 'none']],
    ['Посмотреть можно после Нового года.', ['not_interested', 'not_now']],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
