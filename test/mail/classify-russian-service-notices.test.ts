import { kindOf, read } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "Russian services: a webinar confirmed, a password
 * changed"): ten Russian machine notes with no header 4 of 10 as shipped, none a yes, 5 once my
 * label allowed that a person could write one of them; now 10.
 */
describe("a Russian service's notices and a desk's promise, with no machine header", () => {
  test.each([
    'Ваша заявка на вебинар «Продажи 2027» подтверждена! Ссылка на трансляцию придёт за час до начала.',
    'Здравствуйте! Благодарим за обращение. Наш менеджер свяжется с вами в ближайшее время. Отличного дня!',
    'Уважаемый клиент! Ваш пароль успешно изменён. Если это были не вы, обратитесь в поддержку.',
    'Добро пожаловать в сообщество RevOps Russia! Подтвердите email, чтобы получить доступ к материалам.',
    'Ваш счёт №1203 оплачен. Спасибо, что выбрали нас!',
    'Your password has been changed. If this was not you, contact support.',
  ])('%j is a notice or an acknowledgement', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test("when a person says their manager will be in touch, then it is the person's reply", () => {
    expect(read('Спасибо! Наш менеджер свяжется с вами в ближайшее время.').intent.kind).not.toBe('auto_ack');
  });
});
