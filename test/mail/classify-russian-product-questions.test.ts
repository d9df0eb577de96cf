import { kindAndFlags, read } from '../support/read-reply.js';

/**
 * Ten Russian buyers' questions about how the tool reads replies, written 2026-12-05
 * (docs/reply-classifier.md, "Russian questions about replies"): 4 of 10 in category at first
 * sight; one was a stop, one a legal threat and a complaint, one a wait.
 */
describe('Russian questions about replies', () => {
  test.each([
    'Система понимает автоответы вроде «я в отпуске до понедельника»?',
    'Можно ли отметить ответ как «не тот человек» и передать коллеге?',
    'У нас постоянно жалуются, что им пишут два менеджера сразу. Это решается?',
    'Клиенты часто отвечают «пишите в следующем квартале». Система напомнит?',
    'Если письмо не доставлено, менеджер об этом узнает?',
    'Бывает, что клиент угрожает судом из-за спама. Вы такие письма как-то помечаете?',
  ])('when a buyer asks %j, then it is a question with no flag', (text) => {
    expect(kindAndFlags(text)).toEqual(['interested', 'question', undefined, undefined]);
  });

  test('a shared stop asked about is no stop', () => {
    expect(read('Отписки от одного менеджера распространяются на всю команду?').category).toBe('interested');
  });

  test.each([
    ['А вы вообще понимаете, чем мы занимаемся?', 'other'],
    ['Удалите меня из рассылки. Система это учтёт?', 'unsubscribe'],
  ])('when a reply says %j, then it stays %s', (text, category) => {
    expect(read(text).category).toBe(category);
  });
});
