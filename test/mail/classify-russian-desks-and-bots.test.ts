import { kindOf, read } from '../support/read-reply.js';

/**
 * Forty-sixth session (docs/reply-classifier.md, "'Я бот компании', 'Напоминаем: вебинар…'"): ten
 * Russian machine notes with no header 2 of 10 as shipped (a webinar reminder read as a yes, a bot as
 * a wait), 3 once my labels followed the corpus's; now 10.
 */
describe('Russian machine notes with no header', () => {
  test.each([
    'Спасибо за обращение в компанию «СтальМаш»! Мы ответим вам в ближайшее время.',
    'Уважаемый клиент! Ваш заказ №55123 передан в службу доставки.',
    'Вы успешно отписались от рассылки. Нам жаль, что вы уходите!',
    'Напоминаем: вебинар «Продажи 2027» начнётся завтра в 11:00 МСК. Ссылка для входа: ...',
    'Ваш запрос на демо получен! Менеджер свяжется с вами, чтобы согласовать время.',
  ])('%j is an acknowledgement or a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a company bot answers, then it is a machine, never a wait', () => {
    expect(
      read(
        'Здравствуйте, я бот компании «Техпром». Чем могу помочь? Напишите ваш вопрос, и менеджер ответит.',
      ).category,
    ).toBe('out_of_office');
  });

  test('when a person asks whether they are a bot, then it is their own no', () => {
    expect(read('Я бот? Нет, я живой человек, и мне это неинтересно.').category).toBe('not_interested');
  });

  test('when the text says the letter could not be delivered, then it is a bounce', () => {
    expect(read('Письмо не может быть доставлено: почтовый ящик получателя переполнен.').category).toBe(
      'bounce',
    );
  });

  test('when a person thanks for the appeal and says no, then it is their no', () => {
    expect(read('Спасибо за обращение в компанию, но нам это не нужно.').category).toBe('not_interested');
  });
});
