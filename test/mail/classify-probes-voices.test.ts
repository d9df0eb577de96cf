import { classify } from '../../src/domain/classify.js';
import { parseMail } from '../../src/mail/parse.js';
import { at, read } from '../support/read-reply.js';

/**
 * What the probes of 2026-12-03 taught (docs/reply-classifier.md, "How well it classifies"): plain business Russian,
 * chat Russian and long formal letters, English from non-native speakers and busy buyers, absences
 * in six languages. Each lesson beside the everyday sense it must not take.
 */

describe('what the probes in other voices taught', () => {
  test('when a Russian reply starts with "мне" ("to me"), then its "не" is not read as a no', () => {
    // "мНЕ интересно" used to match "не интересно".
    expect(read('Мне интересно.').category).toBe('interested');
    expect(read('Мне нужна презентация и цены.').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('Мне сейчас удобно созвониться.').category).toBe('interested');
    expect(read('Мне подходит четверг.').category).toBe('interested');
    expect(read('Не интересно.').category).toBe('not_interested');
    expect(read('Нам не нужно.').category).toBe('not_interested');
    expect(read('Нам не подходит.').category).toBe('not_interested');
  });

  test('when someone passed the mail to whoever decides and they will write if interested, then it is the wrong person', () => {
    for (const text of [
      'Добрый вечер. Переслал ваше письмо руководителю, если заинтересует — свяжется.',
      "I forwarded your email to my manager; if it's of interest he'll reach out.",
    ])
      expect(read(text).intent.kind).toBe('wrong_person');
    // The writer keeps the thread: not a hand-off.
    expect(read('Переслал коллегам, вернусь с ответом.').intent.kind).toBe('none');
  });

  test('when a reply says it will think about it or is still choosing, then it is neither a yes nor a no', () => {
    for (const text of [
      "We'll think about it and get back to you.",
      'Спасибо, подумаем и вернёмся.',
      'Здравствуйте, спасибо. Мы пока на этапе выбора, соберём предложения до 15 декабря и вернёмся с ответом.',
    ])
      expect(read(text).category).toBe('other');
    expect(read('Интересно, подумаем, кого подключить первым. Пришлите цены.').category).toBe('interested');
  });

  test('when a person says they left or someone else handles it, then it is the wrong person or a referral', () => {
    expect(read('Я больше не работаю в этой компании.').intent.kind).toBe('wrong_person');
    expect(read('I no longer work at this company.').intent.kind).toBe('wrong_person');
    expect(read('Retired as of October. Good luck!').intent.kind).toBe('wrong_person');
    expect(read('Я в этой компании на стажировке, решения не принимаю.').intent.kind).toBe('wrong_person');
    expect(read('Мне интересно, но решение за генеральным. Могу вас с ним связать.').intent.kind).toBe(
      'wrong_person',
    );
    expect(
      read('I am not the responsible for this topic. Please contact with our purchase department.').intent
        .kind,
    ).toBe('wrong_person');
    expect(read('Отправьте на info@, там разберутся.').intent.kind).toBe('wrong_person');
    expect(read('Этими вопросами у нас занимается Ольга Смирнова, o.smirnova@tdvektor.ru').intent).toEqual({
      kind: 'referral',
      people: [expect.objectContaining({ email: 'o.smirnova@tdvektor.ru' })],
    });
    // "I left it on your desk" is not leaving a company.
    expect(read('I have left it for the team to review, will revert.').intent.kind).not.toBe('wrong_person');
  });

  test('when a buyer asks in their own words, then the topic is the one they mean', () => {
    const topics = (text: string) => (read(text).intent as { topics?: string[] }).topics;
    expect(topics('Работаете по ЭДО? Нам нужен договор и закрывающие через Диадок.')).toEqual(['contract']);
    expect(topics('Готовы попробовать. Есть тестовый период?')).toEqual(['demo']);
    expect(topics('Интересно, но только если есть выгрузка в Power BI.')).toEqual(['integration']);
    expect(topics('Can your tool connect with SAP? We use SAP for everything.')).toEqual(['integration']);
    expect(topics('Посмотрел материалы. Какой порядок цен?')).toEqual(['pricing']);
    expect(topics('Можно ли развернуть систему на нашем сервере?')).toEqual(['security']);
    expect(topics('Dear Sir, kindly share the commercial proposal and the payment conditions.')).toEqual([
      'pricing',
    ]);
    expect(topics('Is possible to have a presentation online next week?')).toEqual(['demo']);
    expect(topics("I'd rather see a recorded walkthrough than sit through a call.")).toEqual(['demo']);
    expect(topics('Do you have customers in healthcare? HIPAA is a hard requirement for us.')).toEqual([
      'security',
    ]);
    // "Show us reviews" asks for material, not to be shown the product; a deck is material too.
    expect(read('В целом да, но сначала покажите отзывы клиентов из нашей отрасли.').intent.kind).toBe(
      'none',
    );
    expect(topics('Покажите, как это работает, можно в среду.')).toEqual(['demo']);
  });

  test('when a buyer asks what the product can do, then it is a question about the product', () => {
    for (const text of [
      'Добрый день! Подскажите, вы умеете работать с несколькими юрлицами в одном аккаунте?',
      'Can you handle multiple legal entities in one account?',
      'Is there a limit on how many accounts we can claim?',
    ])
      expect(read(text).intent).toEqual({ kind: 'question', topics: [] });
  });

  test('when paperwork goes to the lawyers, then it is not a legal threat; a threat to involve them is', () => {
    expect(read('Пришлите проект договора и реквизиты, передам юристам.').flags.legal).toBeUndefined();
    expect(read("Send the MSA and I'll forward it to our legal team.").flags.legal).toBeUndefined();
    const threat = read('If you email me again I will involve our legal department.');
    expect(threat.category).toBe('unsubscribe');
    expect(threat.flags.legal).toBe(true);
  });

  test('when a reply complains in Russian, names the ФАС or calls us crooks, then brand hears of it', () => {
    expect(
      read('Это уже пятое письмо за неделю. Вы реально достали, отвратительная работа с клиентами.').flags
        .brand,
    ).toBe(true);
    const fas = read('Прошу прекратить рассылку. В противном случае буду вынужден обратиться в ФАС.');
    expect([fas.category, fas.flags.legal, fas.flags.brand]).toEqual(['unsubscribe', true, true]);
    const scam = read('Это мошенники, не ведитесь.');
    expect([scam.category, scam.flags.brand]).toEqual(['unsubscribe', true]);
    expect(read('Вы мне уже третий раз пишете. Я же сказал — не интересно!').category).toBe('unsubscribe');
    // A word that only contains "фас" is not the regulator.
    expect(read('Интересно, пришлите фасовку цен.').flags.legal).toBeUndefined();
  });

  test('when a no is formal, refers to a decision made, or to selling the same thing, then it is a no', () => {
    for (const text of [
      'Уважаемая Анна! Благодарим за интерес к нашей компании. В настоящее время закупка подобных систем не запланирована. В случае изменения ситуации мы свяжемся с вами самостоятельно.',
      'Мы уже обсуждали это с вашим коллегой и отказались.',
      'Алло, вы вообще читаете, кому пишете? Мы сами продаём CRM.',
      "We're a team of three. This is way more than we need.",
      'неа',
    ])
      expect(read(text).category).toBe('not_interested');
    expect(read('Мы отказались от Excel и ищем замену. Что предложите?').category).not.toBe('not_interested');
  });

  test('when a Russian not-now names its time loosely, then the follow-up date is read', () => {
    const later = (text: string) => read(text).intent;
    expect(later('Хорошее предложение, но денег сейчас нет. Может быть весной.')).toEqual({
      kind: 'not_now',
      followUp: '2027-03-01',
    });
    expect(later('ща не до этого, после нг пишите')).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
    expect(later('Давайте через квартал вернёмся.').kind).toBe('not_now');
    expect(later('С 1 января переходим на новую CRM, так что давайте после этого.')).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
  });

  test('when an absence names its return loosely or in French, then the return date is read', () => {
    for (const [note, back] of [
      ["Merci pour votre message. Je suis absent jusqu'au 1er décembre inclus.", '2026-12-01'],
      ["I am out of the office today with no access to email. I'll respond tomorrow.", '2026-11-24'],
      ['I am attending a conference this week and will respond to your email next week.', '2026-11-30'],
      ["I'm currently on parental leave and will be back in the spring.", '2027-03-01'],
    ]) {
      const c = read(note as string, { 'auto-submitted': 'auto-replied' });
      expect(c.category).toBe('out_of_office');
      expect(c.returnDate).toBe(back);
    }
    expect(
      read('Please note I work part time (Mon-Wed). I will reply to your message on my next working day.')
        .category,
    ).toBe('out_of_office');
  });

  test('when a reply loops in a colleague who is only in the Cc, then that colleague is the referral', async () => {
    const reply = async (body: string, cc?: string) => {
      const raw = [
        'From: Tom Baker <tom@brightline.io>',
        'To: Ava Chen <ava@ourco.io>',
        ...(cc ? [`Cc: ${cc}`] : []),
        'Subject: Re: Quick question',
        'Date: Mon, 23 Nov 2026 10:00:00 +0000',
        'Message-ID: <cc-probe@brightline.io>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        body,
      ].join('\r\n');
      const mail = await parseMail(Buffer.from(raw), 'cc-probe');
      return classify({ ...mail, from: mail.from.address, receivedAt: at });
    };
    const looping = 'Looping in Rachel who owns our sales tooling.\n\nTom';
    // Our own rep in the Cc is never the person handed to; the sender's colleague is.
    expect(
      (await reply(looping, 'Ava Chen <ava@ourco.io>, Rachel Green <rachel.green@brightline.io>')).intent,
    ).toEqual({
      kind: 'referral',
      people: [{ email: 'rachel.green@brightline.io', name: 'Rachel Green' }],
    });
    // Nobody to hand to: still the wrong person, named without an address.
    expect((await reply(looping)).intent.kind).toBe('wrong_person');
    // A yes that copies someone in to book the call stays a yes.
    const yes = await reply(
      "Sounds great! cc'ing my assistant Jo to find a time.",
      'Jo Park <jo@brightline.io>',
    );
    expect([yes.category, yes.intent.kind]).toEqual(['interested', 'none']);
  });

  test('when everyday Russian buyers say no, stop, later or "we are already customers", then it reads as meant', () => {
    const c = (text: string) => read(text).category;
    expect(c('Добрый день, спасибо, ознакомился. Пока вопрос не стоит.')).toBe('not_interested');
    expect(c('Мы только что закрыли тендер, выбрали другого поставщика. Удачи!')).toBe('not_interested');
    expect(c('Отписка')).toBe('unsubscribe');
    expect(c('Слушайте, я уже дважды просил меня не беспокоить.')).toBe('unsubscribe');
    expect(read('Что за навязчивый сервис? Уже четвёртое письмо.').flags.brand).toBe(true);
    expect(c('Можете позвонить в пятницу после 14?')).toBe('interested');
    expect(c('Спасибо, получил. Обсудим на планёрке и дадим обратную связь.')).toBe('other');
    expect(c('Хорошо, обсудим в четверг.')).toBe('interested');
    expect(read('Мы уже ваши клиенты, зачем вы мне пишете?').intent.kind).toBe('none');
    expect(read('Ваше письмо попало ко мне по ошибке.').intent.kind).toBe('wrong_person');
    expect(read('В этом году точно нет. Следующий — посмотрим.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
  });

  test('when everyday Russian buyers ask, then the topic is the one they mean and a comparison is not an integration', () => {
    const intent = (text: string) => read(text).intent;
    expect(intent('Кинь ссылку на демо, гляну вечером')).toEqual({ kind: 'question', topics: ['demo'] });
    expect(intent('Хорошо, запишите меня на демонстрацию.')).toEqual({ kind: 'question', topics: ['demo'] });
    expect(intent('Мне нравится, но нужен пилот на одну команду.')).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(intent('Какой минимальный срок подписки? Можно помесячно?')).toEqual({
      kind: 'question',
      topics: ['pricing', 'contract'],
    });
    expect(intent('Работаете по договору с юрлицом? Нужен счёт и акты.')).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    expect(intent('Как быстро можно запуститься?')).toEqual({ kind: 'question', topics: [] });
    expect(intent('А чем вы отличаетесь от amoCRM?')).toEqual({ kind: 'question', topics: [] });
    expect(intent('Можно ли заменить Excel и подключить 1С?')).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
  });

  test('when enterprise buyers write, then hosting, reviews, contracts that run out and "then" read as meant', () => {
    expect(read("We'd need this to run in our own AWS account. Possible?").intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    expect(read('Are you on the G2 grid? Would like to see reviews first.').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(
      read('Our fiscal year starts in April, budget conversations happen in Feb. Reach back out then.')
        .intent,
    ).toEqual({ kind: 'not_now', followUp: '2027-02-01' });
    expect(read('Sounds cool but our contract with Outreach runs through next June.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-06-01',
    });
    expect(
      read("Happy to look at a demo, but can you share pricing first so I know if it's worth it?").intent,
    ).toEqual({
      kind: 'question',
      topics: ['pricing', 'demo'],
    });
    expect(read("I'm not sure this solves anything for us.").category).toBe('not_interested');
    expect(read("How'd you get my number? Please don't call me again.").category).toBe('unsubscribe');
    expect(read('Call me on Tuesday.').category).toBe('interested');
    const phishing = read("I've reported this as phishing.");
    expect([phishing.category, phishing.flags.brand]).toEqual(['unsubscribe', true]);
    expect(
      read('This violates our policy on vendor contact. Do not email anyone at our company again.').category,
    ).toBe('unsubscribe');
    expect(read('Wrong Jenna I think!').intent.kind).toBe('wrong_person');
  });
});
