import { read, referredTo, said, waitOf } from '../support/read-reply.js';

/**
 * Forty-fourth session (docs/reply-classifier.md, "Ukrainian"): eight everyday Ukrainian replies
 * were 1 of 8 as shipped (no Ukrainian word was read: "не цікаво" is no Russian); ten more written
 * after the rules, to try them, 9 of 10; now 18.
 */
describe('everyday Ukrainian', () => {
  test.each([
    ['Дякую, не цікаво.', 'not_interested'],
    ['Нам це не потрібно, дякую.', 'not_interested'],
    ['Ми вже використовуємо HubSpot, тож ні.', 'not_interested'],
    ['Видаліть мене з розсилки.', 'unsubscribe'],
    ['Будь ласка, більше не пишіть мені.', 'unsubscribe'],
    ['Надішліть, будь ласка, комерційну пропозицію.', 'interested'],
    ['Добрий день! Цікаво, розкажіть детальніше, як це працює.', 'interested'],
    ['Давайте зідзвонимося в четвер.', 'interested'],
  ])('%j is %s', (text, category) => {
    expect(read(text).category).toBe(category);
  });

  test.each([
    ['Напишіть у січні, зараз не до цього.', '2027-01-01'],
    ['Зараз не до цього, поверніться до розмови в березні.', '2027-03-01'],
  ])('%j waits until %s', (text, followUp) => {
    expect(waitOf(text)).toEqual(['not_interested', followUp]);
  });

  test.each([
    ['Скільки коштує на 10 користувачів?', ['pricing']],
    ['Яка вартість для команди з 20 людей?', ['pricing']],
    ['Чи можна подивитися демо?', ['demo']],
    ['Де зберігаються дані? Це важливо для нашої служби безпеки.', ['security']],
    ['Цікаво. Чи є інтеграція з Bitrix24?', ['integration']],
  ])('%j asks about %j', (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  });

  test('when a Ukrainian reply hands on, then it is the wrong person, or a referral with the address', () => {
    expect(said("Переслав керівнику, якщо буде цікаво — він з вами зв'яжеться.")).toEqual([
      'other',
      'wrong_person',
    ]);
    expect(referredTo('Я цим не займаюся, напишіть Олені: olena@firma.ua')).toEqual(['olena@firma.ua']);
  });

  test('when Russian shares the words, then the Russian reading stands', () => {
    expect(said('Переслала директору.')).toEqual(['other', 'none']);
    expect(said('Давайте я вас с нашим CTO свяжу, он решает.')).toEqual(['other', 'wrong_person']);
  });
});
