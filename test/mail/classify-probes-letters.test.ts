import { read } from '../support/read-reply.js';

/**
 * The later probes of 2026-12-03 (docs/reply-classifier.md, "Probes"): long letters with signatures and disclaimers, and two
 * mixed sets in other voices. What they found, each beside the sense it must keep.
 */

describe('what the letters taught', () => {
  test('when a reply says the writer will be away, then "email" as a noun is no request to write later', () => {
    const away = read(
      "I'll be out of the office from Dec 18 through Jan 3 with no access to email. Can we reconnect after the holidays? Interested in learning more.",
    );
    expect(away.intent).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
    expect(read('Email me in March.').intent).toEqual({ kind: 'not_now', followUp: '2027-03-01' });
  });

  test('when a reply names the middle of a month, then the reminder is the 15th; a month alone is still its first day', () => {
    expect(read('Напишите, пожалуйста, в середине января.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-15',
    });
    expect(read('Ping me mid-January.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-15' });
    expect(read('Давайте после праздников, в середине января.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-15',
    });
    expect(read('Напишите в конце января.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
    expect(read('Reach out after the new year, in February.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-02-01',
    });
  });

  test('when "embarrassing" is the writer\'s own story, then brand is not told; about our mail it is', () => {
    const own = read(
      "Funny timing — two of our AEs emailed the same VP last week and it was embarrassing. I'm mostly free Thursday afternoon.",
    );
    expect([own.category, own.flags.brand]).toEqual(['interested', undefined]);
    expect(read("Your SDR's email was so embarrassing I screenshotted it.").flags.brand).toBe(true);
  });

  test('when a reply asks what access the tool needs or about a vendor questionnaire, then it asks about security', () => {
    expect(read('What exactly does the tool do and why would I give it access to our inbox?').intent).toEqual(
      {
        kind: 'question',
        topics: ['security'],
      },
    );
    expect(
      read(
        'Our legal team reviews every vendor that touches customer data, expect a 40-question questionnaire. Still want to proceed?',
      ).intent,
    ).toEqual({ kind: 'question', topics: ['security'] });
  });

  test('when a reply asks how a part works, or about partnering, then it is a question about the offer', () => {
    expect(read('Could you tell me more about how the handoff approval works?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('Do you guys have a partner program? We resell to mid-market.').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read("I'd like to schedule a demonstration for our team of 8.").intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read("We're a Microsoft shop. Teams only. Does that kill it?").intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read('Our sales teams are small.').intent.kind).toBe('none');
    expect(read('А по деньгам сколько?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
  });

  test('when someone else will write only if interested, then it is the wrong person; the writer coming back is not', () => {
    for (const text of [
      'Ваше письмо передал коллегам из коммерческого отдела, если будет интерес — они с вами свяжутся.',
      'Переслала ваше письмо Виктору Павловичу, он ответит, если заинтересуется.',
      "I forwarded your email to Dan, he'll get back to you if he's interested.",
      "My colleague Andre handles vendor stuff, I've cc'd him.",
    ])
      expect(read(text).intent.kind).toBe('wrong_person');
    expect(read('Ваше письмо переслал коллегам, вернусь с ответом на следующей неделе.').intent.kind).toBe(
      'none',
    );
    expect(read("Let me know if you need anything, they'll reply if needed").intent.kind).toBe('none');
    expect(read("Sounds great, I've cc'd her to book a time.").category).toBe('interested');
  });

  test("when a reply points to an address in other words, then it is a referral; the writer's own new address keeps their yes", () => {
    expect(
      read('I handle EMEA only — for North America you want Priya Shah (priya.shah@northwind.io).').intent,
    ).toEqual({ kind: 'referral', people: [{ email: 'priya.shah@northwind.io', name: 'Priya Shah' }] });
    expect(read('Please route all vendor inquiries through procurement@acme.co.').intent).toEqual({
      kind: 'referral',
      people: [{ email: 'procurement@acme.co' }],
    });
    const moved = read(
      "Hey, you emailed my old address — I'm at maya@newco.com now, and yes I'm still interested.",
    );
    expect([moved.category, moved.intent]).toEqual([
      'interested',
      { kind: 'referral', people: [{ email: 'maya@newco.com' }] },
    ]);
  });

  test('when a sender check asks us to prove we are human, then it is a machine notice: no stop, no brand', () => {
    const check = read(
      "Hi, I'm protecting my inbox from spam. Please click the link below to verify you are a human and your message will be delivered.",
      { 'auto-submitted': 'auto-replied' },
    );
    expect([check.category, check.intent.kind, check.flags.brand]).toEqual([
      'out_of_office',
      'auto_ack',
      undefined,
    ]);
    // A person saying "spam" is still heard.
    expect(read('Spam. Reported.').flags.brand).toBe(true);
  });

  test('when an absence is interested only on a condition, then it is an absence, not a yes', () => {
    const away = read(
      "Hi! Thanks for reaching out. I'm on vacation until Nov 30 and checking email sporadically. If this is about a partnership, I'm definitely interested — I'll reply properly when I'm back.",
    );
    expect(away.category).toBe('out_of_office');
    expect(
      read("If it's about the Slack integration, we'd be interested. Can you send details?").category,
    ).toBe('interested');
  });

  test('when a formal Russian letter hands over, stops or asks, then its own words are read', () => {
    expect(
      read(
        'Вопросы закупки программного обеспечения у нас решает ИТ-департамент. Контакт руководителя: Сергей Волков, volkov@stroyteh.ru.',
      ).intent,
    ).toEqual({ kind: 'referral', people: [{ email: 'volkov@stroyteh.ru', name: 'Сергей Волков' }] });
    for (const text of [
      'Я не занимаюсь продажами, я главный бухгалтер. Вероятно, вам нужен другой адресат.',
      'Передам ваше письмо коллегам.',
    ])
      expect(read(text).intent.kind).toBe('wrong_person');
    // Passing it up without anyone to write back keeps the thread with the writer.
    expect(read('Передам руководству.').intent.kind).toBe('none');
    expect(read('Просим больше не направлять нам коммерческие предложения.').category).toBe('unsubscribe');
    expect(read('Согласен на демонстрацию. Кто ещё будет со стороны вашей компании?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Скажите, данные хранятся на серверах в России?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
  });

  test('when a contract runs to the end of a year, then the reply is a not-now until the year after', () => {
    expect(
      read('Мы уже используем похожее решение, контракт до конца 2027 года. Пока неактуально.').intent,
    ).toEqual({
      kind: 'not_now',
      followUp: '2028-01-01',
    });
    expect(read("We're locked into a contract with Gong until the end of 2027.").intent).toEqual({
      kind: 'not_now',
      followUp: '2028-01-01',
    });
    expect(read('Reach out after 2027.').intent).toEqual({ kind: 'not_now', followUp: '2028-01-01' });
  });

  test('when a reply tells us to go away, then it is a stop; the same words about a problem are not', () => {
    for (const text of ['Get lost.', 'Go away.', 'Take a hike.', 'Please go away', 'Отвалите уже.'])
      expect(read(text).category).toBe('unsubscribe');
    expect(read('The problem will go away once we hire.').category).not.toBe('unsubscribe');
  });

  test('when a reply asks what it takes to start, or states a requirement, then it asks', () => {
    expect(read("What's the lift on our side to get this running?").intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('My team would kill for this. How fast can we start?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    const required = read('Интеграция с 1С есть? Без неё не рассматриваем.');
    expect([required.category, required.intent]).toEqual([
      'interested',
      { kind: 'question', topics: ['integration'] },
    ]);
    expect(read("Do you support SSO? Without it, it's a non-starter.").category).toBe('interested');
  });

  test('when a reply is not convinced and asks nothing, then it is a no; "not convinced yet" with a request is not', () => {
    expect(read('Meh. Not convinced this is a real problem for us.').category).toBe('not_interested');
    expect(read('Not convinced yet — can you share a case study?').category).toBe('interested');
  });

  test('when a Russian reply puts it off to a month or past the January holidays, then it is a not-now', () => {
    expect(read('Давайте в январе, после каникул.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
    expect(read('Давайте в четверг.').category).toBe('interested');
  });

  test('when a reply is typed in a hurry or in Indian English, then its words are still read', () => {
    expect(read('Kindly revert with the quotation for 20 licences.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read('Please do not send me mails further. I am not interested in your services.').category).toBe(
      'unsubscribe',
    );
    expect(read('Its not relevent for our company').category).toBe('not_interested');
    expect(read('Is ther a trail version?').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('We keep an audit trail of every change.').flags.priority).not.toContain('demo');
    const spam = read('Stop spaming me!!!');
    expect([spam.category, spam.flags.brand]).toEqual(['unsubscribe', true]);
    expect(read('Thnks for the mail. Pls connect after Jan 15th, we r in year end closing.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-15',
    });
    expect(read('Неинтересно, удолите мой адрес').category).toBe('unsubscribe');
    expect(read('Не я решаю, пишите директору').intent.kind).toBe('wrong_person');
    expect(read('Давайти в след месяце').intent).toEqual({ kind: 'not_now', followUp: '2026-12-01' });
  });

  test('when "ok" only acknowledges, then it is no yes', () => {
    expect(read('Ok noted. Will check with management and get back.').category).toBe('other');
    expect(read('Ok, got it — send the deck.').category).toBe('interested');
  });

  test('when a person away says they will answer once back, then it is an absence; asking us to wait is a not-now', () => {
    expect(read('Sir, I am out of station till 5th December. Will revert after that.').category).toBe(
      'out_of_office',
    );
    expect(read("I'm on leave next week, I'll get back to you in January.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
  });

  test('when a reply corrects our facts, then it is no decision; a past "wasn\'t for us" is a no', () => {
    expect(read("That's not correct - we're not in that industry.").category).toBe('other');
    expect(
      read("We evaluated your tool in the spring and decided it wasn't for us. If that changes, let me know.")
        .category,
    ).toBe('not_interested');
  });

  test("when a reply is about a job or an interview, then it is nobody's yes", () => {
    for (const text of [
      "Are you hiring? I'd love to join your sales team.",
      "I'm a reporter at TechCrunch covering sales tools — would your CEO be available for a quick interview?",
      'Здравствуйте, у вас есть вакансии? Могу прислать резюме.',
    ])
      expect(read(text).category).toBe('other');
    expect(read("I'd love to see how your team handles territories.").category).toBe('interested');
  });

  test('when a reply points past a time or a hire, then the not-now follows it', () => {
    expect(read('Our procurement freeze lifts April 1. Ping me the week after.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-08',
    });
    expect(
      read(
        'Interesting timing, our Head of Sales just left. Reach out to her replacement once hired, probably Feb.',
      ).intent,
    ).toEqual({ kind: 'not_now', followUp: '2027-02-01' });
  });

  test('when a reply is not the decision maker but asks about the product, then it is their question', () => {
    expect(
      read("I'm not the decision maker but I'm curious. How does it decide who owns an account?").intent,
    ).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read("I'm not the decision maker here.").intent.kind).toBe('wrong_person');
  });

  test('when a reply complains about a fake "Re:" or a misspelled name, then brand is told', () => {
    const fake = read("Don't appreciate the fake 'Re:' subject line. Unsubscribe.");
    expect([fake.category, fake.flags.brand]).toEqual(['unsubscribe', true]);
    const misspelled = read('You spelled our company wrong. Not a great first impression.');
    expect([misspelled.category, misspelled.flags.brand]).toEqual(['not_interested', true]);
    expect(read('Reply STOP to opt out? Fine: STOP.').category).toBe('unsubscribe');
    expect(read("Pass along a case study and I'll take a look.").category).toBe('interested');
    expect(read('Pass.').category).toBe('not_interested');
  });

  test('when a Russian reply speaks of an agreement, data leaving or being shown, then the words are read as meant', () => {
    expect(read('А чем это лучше, чем просто договориться в общем чате?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('Какие гарантии, что данные клиентов не уйдут на сторону?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    expect(read('Да, актуально. Когда можете показать?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Я работаю в другом отделе, продажами не занимаюсь.').intent.kind).toBe('wrong_person');
    expect(
      read(
        'Мы госкомпания, закупки только через 44-ФЗ. Если готовы участвовать в торгах — следите за площадкой.',
      ).category,
    ).toBe('not_interested');
  });

  test('when a reply says "probably not" on its own, then it is a no', () => {
    expect(
      read("Honestly? Probably not. We've tried three tools like this and reps ignore all of them.").category,
    ).toBe('not_interested');
    expect(read('Probably not until Q2.').intent).toEqual({ kind: 'not_now', followUp: '2027-04-01' });
  });
});
