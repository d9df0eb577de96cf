import { kindOf } from '../support/read-reply.js';

/**
 * Forty-seventh session (docs/reply-classifier.md, "A virtual sales rep, a trial ready, a demo
 * confirmed"): ten keen-sounding machine notes with no header 2 of 10 as shipped, three of them
 * read as a yes; now 10.
 */
describe('a bot that sells', () => {
  test('when a virtual sales rep introduces itself and offers a meeting, then it is a machine, never a yes', () => {
    expect(
      kindOf(
        "Hi there! 👋 Thanks for your email. I'm Ava, Northwind's virtual sales rep. I'd love to learn what brought you here — want to grab 15 minutes with our team? Book here: northwind.io/meet",
      ),
    ).toEqual(['out_of_office', 'none']);
  });

  test('when a person says they are a virtual assistant booking a call, then it is still a yes', () => {
    expect(kindOf("I'm Dana's virtual assistant — she'd love to chat. Does Thursday at 2pm work?")[0]).toBe(
      'interested',
    );
  });
});

describe("a service's notes that sound keen", () => {
  test.each([
    'Thanks for your interest in Lumen! One of our product specialists will reach out within 24 hours to schedule your personalized demo.',
    'Great news — your free trial of Orbit is ready! Log in to get started.',
    'You’re invited: Join us for our Customer Summit on January 14. Reserve your seat today!',
    "We'd love your feedback! How likely are you to recommend Kestrel to a friend or colleague? (0-10)",
    "Congratulations! You've been selected for an exclusive beta of our new analytics suite. Click to accept.",
    'Your demo with Brightline is confirmed for Tuesday, December 1 at 2:00 PM ET. Add to calendar.',
    "Thanks for reaching out to Acme Sales! We're excited to chat. In the meantime, check out our latest case studies at acme.com/customers.",
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('Russian services that sound keen', () => {
  test.each([
    'Здравствуйте! Я Алиса, виртуальный помощник компании «Техносфера». Расскажите, чем мы можем вам помочь?',
    'Приглашаем вас на вебинар «Продажи 2027» 10 декабря в 11:00. Зарегистрироваться можно по ссылке.',
    'Оцените, пожалуйста, насколько вероятно, что вы порекомендуете нас коллегам (от 0 до 10).',
    'Ваша встреча с менеджером подтверждена: 1 декабря, 14:00. Добавьте в календарь.',
    'Поздравляем! Вы получили доступ к закрытому бета-тестированию.',
    'Спасибо, что написали в отдел продаж «Вектор»! Пока ждёте ответа, посмотрите наши кейсы на сайте.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a person asks to put the meeting in the calendar, then it is still a yes', () => {
    expect(kindOf('Давайте во вторник в 15:00, добавьте в календарь.')).toEqual(['interested', 'none']);
  });
});
