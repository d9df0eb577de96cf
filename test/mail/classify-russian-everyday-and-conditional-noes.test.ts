import { said, waitOf } from '../support/read-reply.js';

/**
 * Everyday Russian replies and a no that waits on a question's answer, from the forty-third
 * session's probes (docs/reply-classifier.md, "'Если нет — неактуально': a no that hangs on a
 * question").
 */
test.each([
  // The question decides; the no waits for its answer.
  ['Мы на 1С, у вас есть интеграция? Если нет — неактуально.', ['interested', ['integration']]],
  ["We're on NetSuite - do you integrate? If not, not interested.", ['interested', ['integration']]],
  ["Do you support SSO? If you don't, we can't use it.", ['interested', ['security', 'integration']]],
  // …and with no question, "if not" is just a no.
  ['If not, not interested.', ['not_interested', 'none']],
  ['Вышлите презентацию, посмотрю с руководителем.', ['interested', 'none']],
  ['Отправьте, пожалуйста, коммерческое предложение.', ['interested', ['pricing']]],
  ['Спасибо за информацию, будем иметь в виду.', ['not_interested', 'none']],
  ['Возьмём на заметку, спасибо.', ['not_interested', 'none']],
])('%j is read as %j', (text, expected) => {
  expect(said(text)).toEqual(expected);
});

test.each([
  ['Сейчас нет бюджета. Возможно, во втором квартале.', '2027-04-01'],
  ['Нет бюджета. Может, в марте.', '2027-03-01'],
  ['Возможно, во втором квартале.', '2027-04-01'],
])('%j waits until %s', (text, date) => {
  expect(waitOf(text)).toEqual(['not_interested', date]);
});
