import { kindOf, said } from '../support/read-reply.js';

/**
 * Fifty-first session (docs/reply-classifier.md, "'Sure jan', a pile never read, Russian notices"):
 * twelve sarcastic and texted ones 7 of 12, 8 once my label followed the corpus's, two of them read
 * as a yes; eight Russian machine notes with no header 2 of 8.
 */
describe('mockery and sarcasm', () => {
  test.each([
    'sure jan, put me down for 400 seats lol',
    "Thanks, I'll add it to the pile of things I'll never read.",
    'Yes please, I love getting 5 emails a week from strangers.',
    'In what universe would we pay for this?',
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test('when the writer asks for seats and laughs with us, then the price is still asked', () => {
    expect(said('Haha fair point. Put me down for a quote on 40 seats?')[0]).toBe('interested');
  });
});

describe('a trial asked for as "let me know when you have one"', () => {
  test('when the writer wants to hear when there is a free trial, then it is a demo asked', () => {
    expect(said('lmk when u have a free trial')).toEqual(['interested', ['demo']]);
  });

  test('when the writer waits for a feature, then it is still a wait', () => {
    expect(kindOf('Let me know when you support Dynamics.')).toEqual(['not_interested', 'not_now']);
  });
});

describe('Russian notices a service sends its users', () => {
  test.each([
    'Новый вход в аккаунт Яндекс ID с устройства Windows.',
    'Уведомление: ваша подписка истекает через 3 дня. Продлите её в личном кабинете.',
    'Мария Иванова упомянула вас в комментарии к задаче «Отчёт за ноябрь».',
    'Ваш отчёт готов. Скачать можно по ссылке ниже.',
    'Благодарим за обращение! Оцените, пожалуйста, качество обслуживания.',
    'Поздравляем! Вы выиграли скидку 20% на следующий заказ.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });

  test('when a person says a colleague mentioned us in a talk, then it is no notice', () => {
    expect(kindOf('Коллега упомянул вас в разговоре, пришлите презентацию.')[0]).toBe('interested');
  });
});
