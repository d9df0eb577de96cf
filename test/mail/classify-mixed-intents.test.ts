import { read, said } from '../support/read-reply.js';

/**
 * Twenty replies that mix two intents (a wait and a question, an absence and a yes, a stop asked
 * for a colleague), written only to measure, 2026-12-05 (docs/reply-classifier.md, "Two intents
 * in one reply"): 14 of 20 categories at first sight; two of the misses were my labels.
 */
describe('a wait beside a question about the offer', () => {
  test('a question asked now is answered now; the wait is when to talk', () => {
    expect(
      said("We're not ready yet. Do you integrate with Pipedrive? If so, let's talk in February."),
    ).toEqual(['interested', ['integration']]);
    expect(said('Интересно, но после Нового года. Заодно пришлите условия договора.')[0]).toBe('interested');
  });

  test.each([
    "Sounds neat but the timing is bad, we're mid-migration to Salesforce. Maybe after Q1?",
    'Interesting, but our budget cycle restarts in July. Reach out then?',
    'Давайте после праздников. Пришлите тогда предложение.',
  ])('%j only asks when, and waits', (text) => {
    expect(read(text).intent.kind).toBe('not_now');
  });
});

describe('away, and keen', () => {
  test.each([
    "I'll be out until the 10th but definitely want to see a demo after that.",
    'Я в отпуске до 7-го, потом с удовольствием посмотрю демо.',
  ])('%j is a yes to a demo, not an absence', (text) => {
    expect(said(text)).toEqual(['interested', ['demo']]);
  });

  test("an absence note's courtesy stays an absence", () => {
    expect(
      read(
        "I am out of the office until Monday with limited access to email. I'd love to schedule a call when I'm back.",
      ).category,
    ).toBe('out_of_office');
  });
});

describe('a stop asked for someone else', () => {
  test.each([
    [
      "Please take my colleague Joe off your list; he's asked me to pass that on. I'm still interested though.",
      'interested',
    ],
    ['Please remove Joe from your list.', 'other'],
    ['Уберите моего коллегу из рассылки. Мне самому интересно.', 'interested'],
    ['Уберите, пожалуйста, Ивана из рассылки, он уволился.', 'other'],
  ])('%j does not stop the writer', (text, category) => {
    expect(read(text).category).toBe(category);
  });

  test.each([
    'Remove my colleague and me from your list.',
    'Please remove my colleague John Baker from your list as well, he asked me to pass it on.',
    'Please do the needful and remove my ID from your mailing list.',
    'Уберите этот адрес из рассылки.',
    'Уберите, пожалуйста, нашу компанию из базы рассылки.',
  ])('%j stops the writer', (text) => {
    expect(read(text).category).toBe('unsubscribe');
  });

  test('"asked me to pass that on" passes a message on; "asked me to pass" declines', () => {
    expect(read('My boss asked me to pass. Thanks anyway.').category).toBe('not_interested');
  });
});

// Twenty more, 2026-12-05 (docs/reply-classifier.md, "Customers already, and other addresses"):
// 14 of 20 categories at first sight, most of the misses my labels.
describe('a customer already, and another address', () => {
  test.each([
    'Мы уже работаем с вашим коллегой Павлом, зачем вы пишете?',
    'Уже пользуемся вашим сервисом, странно получать такие письма.',
  ])('%j is a customer puzzled, not a no', (text) => {
    expect(said(text)).toEqual(['other', 'none']);
  });

  test('working with another vendor already is still a no', () => {
    expect(said('Спасибо, мы уже работаем с другим подрядчиком.')).toEqual(['not_interested', 'none']);
  });

  test('"не пишите на этот адрес, пишите на новый" stops this address and offers the new one', () => {
    const r = read('Не пишите больше на этот адрес, пишите на новый: ivan@newco.ru');
    expect([r.category, r.intent]).toEqual([
      'unsubscribe',
      { kind: 'referral', people: [{ email: 'ivan@newco.ru' }] },
    ]);
  });

  test('a request to send it to another address of the writer is a yes there, and no verb is a name', () => {
    const r = read('Отправьте лучше на личную почту: ivan.k@gmail.com, рабочую не читаю.');
    expect([r.category, r.intent]).toEqual([
      'interested',
      { kind: 'referral', people: [{ email: 'ivan.k@gmail.com' }] },
    ]);
  });

  test('"отправьте это Ивану Петрову" hands on to him', () => {
    expect(read('Отправьте это Ивану Петрову: i.petrov@corp.ru').intent).toEqual({
      kind: 'referral',
      people: [{ email: 'i.petrov@corp.ru', name: 'Иван Петров' }],
    });
  });
});

// Twenty more, 2026-12-05 (docs/reply-classifier.md, "Carried up, and a colleague named after the
// list"): 14 of 20 categories at first sight.
describe('material carried up, tooling handed on, a colleague named last', () => {
  test('"подготовьте КП, я передам" is a yes however the decision is someone else’s', () => {
    expect(
      read('Я не против, но решение за генеральным. Подготовьте коммерческое предложение, я передам.')
        .category,
    ).toBe('interested');
    expect(said('Решение за генеральным, я передам ваше письмо.')).toEqual(['other', 'wrong_person']);
  });

  test('whoever "handles ops tooling" is referred', () => {
    expect(
      read('Not for me, but my co-founder Raj handles ops tooling — raj@startup.io. He might bite.').intent,
    ).toEqual({
      kind: 'referral',
      people: [{ email: 'raj@startup.io', name: 'Raj' }],
    });
  });

  test('a colleague named after "из рассылки" is removed, not the writer; "мой адрес" is the writer', () => {
    expect(said('Спасибо, но нет. И уберите, пожалуйста, из рассылки моего коллегу Петра.')).toEqual([
      'not_interested',
      'none',
    ]);
    expect(read('Уберите, пожалуйста, из рассылки мой адрес.').category).toBe('unsubscribe');
  });
});

describe('a commitment asked about', () => {
  test.each([
    "Interesting. Not this quarter though; what's the commitment, monthly or annual?",
    "What's the commitment?",
  ])('%j asks about the contract, now', (text) => {
    expect(said(text)).toEqual(['interested', ['contract']]);
  });

  test('a commitment praised asks nothing', () => {
    expect(said('Thanks for your commitment to this.')).toEqual(['other', 'none']);
  });
});
