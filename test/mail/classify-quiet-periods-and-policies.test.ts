import { read, said } from '../support/read-reply.js';

/**
 * Forty replies in other people's voices (thirty English, ten Russian: a bulleted brief, "Kindly do
 * not send further mails", "Dear Sir, please send the quotation", "Прошу направить коммерческое
 * предложение") written only to measure, 2026-12-04: 37 of 40 in category and 32 of 40 intents at
 * first sight (docs/reply-classifier.md, "Quiet periods, policies, other voices").
 */
describe('quiet periods, policies and another problem', () => {
  test.each([
    [
      "We're in a quiet period ahead of our IPO and can't take vendor meetings until March.",
      { kind: 'not_now', followUp: '2027-03-01' },
    ],
    [
      'Мы рассматриваем варианты на 2027 год, вернемся к вам в январе.',
      { kind: 'not_now', followUp: '2027-01-01' },
    ],
  ])('when a reply says %j, then it is put off to %j', (text, intent) => {
    expect(read(text).intent).toEqual(intent);
  });

  test.each([
    [
      'Not sure this solves our problem. Our issue is data quality, not duplicate outreach.',
      ['not_interested', 'none'],
    ],
    ['Our company policy is to not respond to unsolicited sales emails.', ['not_interested', 'none']],
    [
      'Добрый день! Интересует стоимость и сроки внедрения для 40 пользователей.',
      ['interested', ['pricing']],
    ],
    // Beside them, what must stay as it was.
    ['Not sure this solves our problem. How does it handle multiple brands?', ['interested', []]],
    [
      'Our policy is to not respond to unsolicited emails, but this one caught my eye. Pricing?',
      ['interested', ['pricing']],
    ],
    ["We're set up with Gong.", ['not_interested', 'none']],
    ['Нас не интересует стоимость, нам не нужно.', ['not_interested', 'none']],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    ["Already spoke with your colleague Mark last week, we're set up for a demo on the 3rd."],
    ['Я вернусь к вам в понедельник с ответом.'],
  ])('when a reply says %j, then it is neither a no nor a put-off', (text) => {
    const r = read(text);
    expect([r.category === 'not_interested', r.intent.kind === 'not_now']).toEqual([false, false]);
  });
});
