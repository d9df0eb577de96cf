import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-seventh session, sixth round (docs/reply-classifier.md, "Not until June, a delay
 * reported"): twelve absences typed by hand, twenty everyday English replies, ten delivery
 * failures pasted as text and ten Russian notes.
 */
describe('bounces pasted as text', () => {
  test.each([
    [
      'Delivery to the following recipient has been delayed:\n\n     dana@northwind.com\n\nMessage will be retried for 2 more day(s)',
      false,
    ],
    ['Your message to pat@tallis.com has been blocked. See technical details below.', true],
    ['Message rejected: Email address is not verified.', true],
    [
      "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
      false,
    ],
    [
      'A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue on mail.example.com.',
      false,
    ],
    ['Сообщение не доставлено. Адрес получателя не найден.', true],
    ['このメールは配信できませんでした。', true],
    ["Your email to sales@orbit.io was rejected because the recipient's domain does not accept mail.", true],
  ])('%j is a bounce (permanent: %s)', (text, permanent) => {
    const r = read(text);
    expect([r.category, r.bounce?.permanent]).toEqual(['bounce', permanent]);
  });
});

describe('people', () => {
  test.each([
    ["Please don't contact me before March.", '2027-03-01'],
    ["Don't email me until the new year.", '2027-01-01'],
  ])('%j waits until %s, no stop', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });

  test.each(["Please don't contact me again.", "Don't contact me until you fix your targeting."])(
    '%j is still a stop',
    (text) => {
      expect(kindOf(text)[0]).toBe('unsubscribe');
    },
  );

  test('"Can your team present to our leadership on the 10th?" asks for a demo', () => {
    expect(said('Can your team present to our leadership on the 10th?')).toEqual(['interested', ['demo']]);
  });
});

describe('Russian notes', () => {
  test.each([
    'Ваш пароль был успешно изменён.',
    'Счёт на оплату №778 от 20.11.2026 во вложении.',
    'Вам назначена задача: «Позвонить клиенту».',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
