import { kindOf as kind, read } from '../support/read-reply.js';

/**
 * Forty-fourth session (docs/reply-classifier.md, "Russian desks' hours and weekends"): ten Russian
 * machine notes with no header 6 of 10 as shipped, 7 once my label followed my English one (a
 * person on sick leave who finds the offer "очень интересно" answers it), a desk's hours a **yes**
 * (the model at 0.98); now 10.
 */
test('when a desk gives its hours and answers in working time, then it acknowledges, never a yes', () => {
  expect(
    kind('Благодарим за письмо! Мы работаем с 9:00 до 18:00 по Москве, ответим в рабочее время.'),
  ).toEqual(['out_of_office', 'auto_ack']);
});

test.each([
  'Спасибо, что написали! Мы в офисе с понедельника по пятницу. В выходные почта не проверяется.',
  'С 28 декабря по 10 января офис не работает. С наступающим Новым годом!',
])('%j is an absence', (text) => {
  expect(kind(text)).toEqual(['out_of_office', 'none']);
});

test('when a person on sick leave finds the offer interesting, then it is their yes', () => {
  expect(
    read(
      'Добрый день! Я на больничном, вернусь 2 декабря. Очень интересно, обязательно посмотрю ваше предложение!',
    ).category,
  ).toBe('interested');
});
