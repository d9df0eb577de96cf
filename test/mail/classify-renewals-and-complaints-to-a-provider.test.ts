import { flagsOf, read, said } from '../support/read-reply.js';

/**
 * Longer replies from the forty-second session's probes (docs/reply-classifier.md, "Closer to
 * renewal, and a complaint to our email provider").
 */
const wait = (text: string) => {
  const r = read(text);
  return [r.category, r.intent.kind, r.intent.kind === 'not_now' ? r.intent.followUp : undefined];
};

test.each([
  ['Reach out closer to renewal.', undefined],
  ['Reach out closer to our renewal in March.', '2027-03-01'],
  [
    'I appreciate you reaching out, but we recently renewed with our current provider for another two years. Please feel free to reach out closer to renewal, which would be around September 2028.',
    '2028-09-01',
  ],
])('%j is a wait, back at the renewal (%s)', (text, date) => {
  expect(wait(text)).toEqual(['not_interested', 'not_now', date]);
});

test('a complaint threatened to our email provider is a complaint about us, not a legal threat; to a regulator it is both', () => {
  expect(
    flagsOf(
      "I've asked you three times to stop emailing me. This is getting ridiculous. If I get another one I'm filing a complaint with your email provider. Remove me.",
    ),
  ).toEqual(['unsubscribe', ['brand']]);
  expect(flagsOf('If you email me again I will report you to your ISP and the FTC.')).toEqual([
    'unsubscribe',
    ['legal', 'brand'],
  ]);
});

test('"Мы сейчас используем Битрикс24 и в целом довольны" is a no; "используем ваш сервис и довольны" is a customer asking', () => {
  expect(
    said(
      'Спасибо за предложение. Мы сейчас используем Битрикс24 и в целом довольны. Если что-то изменится, сами вам напишем.',
    ),
  ).toEqual(['not_interested', 'none']);
  expect(
    said('Мы используем ваш сервис и довольны, хотим расширить лицензии. Сколько будет стоить ещё 10?'),
  ).toEqual(['interested', ['pricing']]);
});

test('"решение принимает коммерческий директор" with his address names whom to write to', () => {
  const r = read(
    'Здравствуйте! Интересно, но решение принимает коммерческий директор. Давайте я вас с ним познакомлю — Олег Смирнов, o.smirnov@firma.ru.',
  );
  expect([r.category, r.intent.kind]).toEqual(['other', 'referral']);
});

test('"Отписываюсь", and "звонит мне каждый день. Это уже перебор", are stops; a price that is "перебор" is none', () => {
  expect(said('Отписываюсь и расскажу всем знакомым, как вы работаете.')[0]).toBe('unsubscribe');
  expect(said('Ваш менеджер звонит мне каждый день. Это уже перебор.')[0]).toBe('unsubscribe');
  expect(said('Цена — перебор для нас.')[0]).not.toBe('unsubscribe');
});

test('"Несерьёзно." said alone after a fault is a complaint; "несерьёзно дорого" is not', () => {
  expect(flagsOf('Пишете с ошибками, а ещё продаёте что-то. Несерьёзно.')).toEqual([
    'not_interested',
    ['brand'],
  ]);
  expect(flagsOf('Это несерьёзно дорого, но интересно. Есть скидки?')).toEqual(['interested', []]);
});

test('"Our budget cycle starts in July. Happy to chat in June.": the time offered to talk is the date, not the budget\'s', () => {
  expect(wait('Our budget cycle starts in July. Happy to chat in June.')).toEqual([
    'not_interested',
    'not_now',
    '2027-06-01',
  ]);
});
