import { flagsOf, kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-fourth session, fourth round (docs/reply-classifier.md, "Cheers mate, an invoice falling
 * due"): English of the UK, India and Australia, polite declines, and more Russian notices.
 */
describe('a stock decline with its courtesies', () => {
  test('"Cheers mate, not for us I\'m afraid." is a no with no complaint', () => {
    expect(flagsOf("Cheers mate, not for us I'm afraid.")).toEqual(['not_interested', []]);
  });

  test('"Mate, this is bottom-of-the-barrel prospecting." is still a complaint', () => {
    expect(flagsOf('Mate, this is bottom-of-the-barrel prospecting.')).toEqual(['not_interested', ['brand']]);
  });
});

describe('English of the UK and India', () => {
  test('"a plan for ₹999 a month" asks the price', () => {
    expect(said('We are a small shop of 4, is there a plan for ₹999 a month or so?')).toEqual([
      'interested',
      ['pricing'],
    ]);
  });

  test('"let\'s have a natter next week" is a yes', () => {
    expect(kindOf("I'm chuffed you reached out, let's have a natter next week.")[0]).toBe('interested');
  });

  test('"try after the bank holiday" is a wait', () => {
    expect(waitOf('Bit busy at the mo, try after the bank holiday.')[0]).toBe('not_interested');
    expect(kindOf('Bit busy at the mo, try after the bank holiday.')[1]).toBe('not_now');
  });
});

describe('more Russian notices', () => {
  test.each([
    'Заказ №5521 доставлен в пункт выдачи. Срок хранения 5 дней.',
    'Вы получили новое сообщение на hh.ru от работодателя «Ромашка».',
    'Уведомление: по вашему счёту прошла операция на 4 500 ₽.',
    'Сотрудник Анна Иванова отправила вам документ на согласование в Контур.Диадок.',
    'Ваша заявка на отпуск с 28.12 по 08.01 согласована.',
    'Срок оплаты счета №778 истекает завтра.',
    'В задаче «Обновить прайс» изменился статус: Выполнена.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each(['Заказ отправлен вчера, посмотрите, пожалуйста.', 'Мы получили ваше письмо, интересно.'])(
    '%j is a person’s own words',
    (text) => {
      expect(kindOf(text)[1]).not.toBe('auto_ack');
    },
  );
});
