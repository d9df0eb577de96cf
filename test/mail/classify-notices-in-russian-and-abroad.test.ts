import { normalise } from '../../src/domain/normalise.js';
import { kindOf } from '../support/read-reply.js';

/**
 * Fifty-second session (docs/reply-classifier.md, "A task assigned in Russian, an order shipped in
 * seven languages"): ten Russian machine notes with no header 2 of 10, a meeting reminder read as a
 * yes; ten in German, French, Spanish, Italian, Dutch and Polish 0 of 10, every one `other`.
 */
describe('work apps’ and errands’ notices in Russian', () => {
  test.each([
    'Ваш заказ №48213 оформлен. Мы сообщим, когда он будет передан в службу доставки.',
    'Напоминание: завтра в 11:00 у вас запланирована встреча «Планирование Q1».',
    'Задача «Обновить прайс-лист» назначена на вас.',
    'Ваша заявка на отпуск одобрена руководителем.',
    'Поступил новый платёж на сумму 12 500 ₽.',
    'Ваш документ подписан всеми сторонами.',
    'Мария Иванова приглашает вас в проект «Продажи 2027».',
    'Сборка #1842 завершилась с ошибкой.',
    'Срок действия вашей банковской карты истекает в декабре. Закажите перевыпуск в приложении.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a person asks us to set up a meeting, then it is theirs', () => {
    expect(kindOf('Давайте назначим встречу на четверг.')[0]).toBe('interested');
  });
});

describe('a service’s notices in seven European languages', () => {
  test.each([
    'Ihre Bestellung #55102 wurde versandt und kommt voraussichtlich am Donnerstag an.',
    'Votre facture de novembre est disponible dans votre espace client.',
    'Su pedido ha sido enviado. Puede seguirlo con el número de seguimiento ES123456.',
    "Il tuo abbonamento scade tra 3 giorni. Rinnova ora per non perdere l'accesso.",
    'Uw wachtwoord is gewijzigd. Was u dit niet? Neem dan contact op met de klantenservice.',
    'Nowe logowanie do Twojego konta z urządzenia Windows.',
    'Sie haben eine neue Nachricht in Ihrem Postfach. Melden Sie sich an, um sie zu lesen.',
    'Votre rendez-vous du 2 décembre à 10h00 est confirmé.',
    'Tu código de verificación es 482913. Caduca en 10 minutos.',
    'Bedankt voor je bestelling! We laten je weten wanneer je pakket onderweg is.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('the list’s words are no spelling to correct into: a Spanish "acceso" stays as written', () => {
    expect(normalise('Estaré fuera con acceso limitado al correo.')).toContain('acceso');
  });
});
