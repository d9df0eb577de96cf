import { flagsOf, read } from '../support/read-reply.js';

/**
 * Russian replies of the same kinds as "Conditions, budgets and hand-overs" (a probe of twenty,
 * 2026-12-04; docs/reply-classifier.md, "The same in Russian"): 18 of 20, intent 16 at first sight.
 */
describe('Russian conditions, hand-overs and mock praise', () => {
  test('when a yes hangs on a price in roubles per user, then it asks about pricing', () => {
    expect(read('Если уложитесь в 500 рублей за пользователя, давайте обсудим.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read('Если бы был бюджет, посмотрели бы. Но его нет.').category).toBe('not_interested');
  });

  test('when the clients went over to someone named, then the thread goes to them', () => {
    const { intent } = read(
      'Я с 1 декабря в другой компании, мои клиенты перешли к Игорю Волкову (i.volkov@romashka.ru).',
    );
    expect(intent).toMatchObject({ kind: 'referral', people: [{ email: 'i.volkov@romashka.ru' }] });
  });

  test('when the mail went to whoever decides, then it is the wrong person; when the writer books a call, it is a yes', () => {
    expect(read('Переслал руководителю отдела продаж, он решает.').intent).toEqual({ kind: 'wrong_person' });
    expect(read('Переслал коллегам, вернусь с ответом.').intent).toEqual({ kind: 'none' });
    expect(read('Передал ваше письмо руководителю, он заинтересовался, давайте созвонимся.').category).toBe(
      'interested',
    );
  });

  test('when praise sits beside "the worst mailings of the year", then it is mock praise', () => {
    expect(flagsOf('Отличное письмо, добавлю в подборку худших рассылок года.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
  });

  test('when a fan who told colleagues about us asks when to call, then it is no complaint', () => {
    expect(
      flagsOf('Прекрасный сервис, уже рассказал о вас коллегам в чате. Когда можно созвониться?'),
    ).toEqual(['interested', []]);
  });

  test('when a condition is followed by a bare "Есть?", then it asks about the product', () => {
    expect(read('Интересно, но только если будет мобильное приложение. Есть?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
  });
});
