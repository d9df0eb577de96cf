import { read } from '../support/read-reply.js';

/**
 * The last probes of 2026-12-03 (docs/reply-classifier.md, "Probes"): long letters in a second set of voices. What
 * they found, each beside the sense it must keep.
 */

describe('what the last letters taught', () => {
  test('when a paragraph ends without a full stop, then the next one is its own sentence', () => {
    const letter = read(
      "Hi Ava,\n\nA few thoughts:\n- We have ~45 AEs across 3 regions\n- Territory disputes are a weekly headache\n- We're on Salesforce + Outreach\n\nIf you can show me how the dispute tiers map to our regional managers, I'm in. Next Tuesday?\n\nThanks,\nTom",
    );
    expect(letter.intent).toEqual({ kind: 'question', topics: ['demo'] });
    // A list of questions under one heading still asks in every line.
    expect(
      read(
        'Questions from our side:\n- how does it connect to Salesforce\n- where is data hosted\n- is there a trial',
      ).intent,
    ).toEqual({ kind: 'question', topics: ['demo', 'security', 'integration'] });
  });

  test('when "tiers" are the product\'s own, then no price is asked; a price tier still is', () => {
    expect(read('How do the dispute tiers work?').flags.priority).not.toContain('pricing');
    expect(read("What are the tiers, and what's in the cheapest one?").intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
  });

  test('when a reply asks what access the tool needs to a named system, then it asks about security', () => {
    expect(
      read(
        'Before I bring this to my team: (1) pricing model (seat vs. platform), (2) whether you need write access to Salesforce, (3) how long a typical rollout takes?',
      ).intent,
    ).toEqual({ kind: 'question', topics: ['pricing', 'security', 'integration'] });
  });

  test('when a reply makes an integration the condition, then it asks about integration', () => {
    for (const text of [
      "We use HubSpot, not Salesforce. If you don't integrate with HubSpot there's no point talking.",
      'Нет интеграции с Битрикс24 — смысла нет.',
    ]) {
      const r = read(text);
      expect([r.category, r.intent]).toEqual(['interested', { kind: 'question', topics: ['integration'] }]);
    }
  });

  test('when the writer is the wrong one of a name, then it is the wrong person; the wrong size is not', () => {
    expect(
      read("Ava - I'm the wrong Tom. I work at Brightline Logistics, not Brightline Software.").intent.kind,
    ).toBe('wrong_person');
    expect(read("Honestly I'm the wrong size company for this.").intent.kind).not.toBe('wrong_person');
  });

  test('when a Russian letter puts it off, sees it live, is content or asks about training on data, then it is read', () => {
    expect(read('Слушай, тема норм, но давай после 20 января — у нас сейчас годовой отчёт.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-20',
    });
    expect(
      read(
        'Интересно было бы посмотреть, как это выглядит вживую. Можем организовать видеозвонок на 30 минут в пятницу?',
      ).intent,
    ).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('Спасибо, но мы работаем по старинке — таблица и общий чат. Всех устраивает.').category).toBe(
      'not_interested',
    );
    expect(read('Время устраивает, давайте.').category).toBe('interested');
    expect(
      read('Не понимаю, зачем это нужно, если есть CRM с распределением лидов. Объясните, в чём разница?')
        .intent,
    ).toEqual({ kind: 'question', topics: [] });
    expect(
      read('Вы как-то проверяете, что данные наших клиентов не используются для обучения ваших моделей?')
        .intent,
    ).toEqual({ kind: 'question', topics: ['security'] });
    expect(read('Do you train your AI models on our data?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
  });

  test('when a mixed set written to measure asks in new words, then those are read', () => {
    expect(read('Who do you usually work with — enterprise or SMB?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('Меня не будет до 14 декабря.').category).toBe('out_of_office');
    expect(read('Давайте созвонимся. Покажете на примере нашей воронки?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Покажете отзывы клиентов?').intent).not.toEqual({ kind: 'question', topics: ['demo'] });
    expect(
      read("Can your team join our vendor review call on the 8th? We're comparing three tools.").intent,
    ).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('Love it. Who do I talk to about a team license?').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
  });

  test('when a question is put to the vendor about what it does, then it asks about the offer, whatever its words', () => {
    for (const text of [
      'Does it flag duplicates across our two brands?',
      'How do you deal with partner-sourced deals?',
      'Can it route by industry rather than geography?',
      'What happens when two reps claim within the same minute?',
      'Will it notify managers when a claim expires?',
      'Does it know about subsidiaries?',
      'А оно умеет учитывать филиалы?',
      'Вы учитываете холдинги, где несколько юрлиц?',
    ])
      expect(read(text).intent).toEqual({ kind: 'question', topics: [] });
    // Scheduling, material and puzzlement are no product questions.
    expect(read('Can we do Tuesday instead?').intent.kind).toBe('none');
    expect(read('Could you send the deck?').intent.kind).toBe('none');
    expect(read('Sorry, what do you guys actually do?').category).toBe('other');
  });

  test('when a second measuring set says it in other words, then those are read', () => {
    expect(read("I've been burned by tools like this before. Convince me.").category).toBe('interested');
    expect(read('Next year. Q2 at the earliest.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
    expect(read('Is there a per-seat minimum?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(
      read('Our legal team requires a BAA for anything touching customer communications — do you sign one?')
        .intent,
    ).toEqual({ kind: 'question', topics: ['security', 'contract'] });
    expect(read('Can you guarantee our data never leaves the EU?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    expect(read("I'm not authorized to make purchasing decisions.").intent.kind).toBe('wrong_person');
    expect(read("Doesn't look like a fit for a 5-person team.").category).toBe('not_interested');
    expect(read('Этим занимается наш коммерческий директор, я переслал ему ваше письмо.').intent.kind).toBe(
      'wrong_person',
    );
    expect(read('Звучит любопытно. А как вы решаете спорные ситуации между менеджерами?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('Can you do a lunch-and-learn for our SDR team?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
  });

  test('when "annoying" is about the reps or the pings, then brand is not told; about our mail it is', () => {
    expect(read('How do you avoid annoying reps with too many Slack pings?').flags.brand).toBeUndefined();
    expect(read('Your emails are annoying.').flags.brand).toBe(true);
  });

  test('when an absence runs to "next Wednesday" or "до следующей среды", then it returns the week after; a weekday alone is this week', () => {
    expect(read('Я на больничном до следующей среды. Напишите, пожалуйста, после.').returnDate).toBe(
      '2026-12-02',
    );
    expect(read("I'm out until next Wednesday.").returnDate).toBe('2026-12-02');
    expect(read("I'm out until Wednesday.").returnDate).toBe('2026-11-25');
    const monday = read('Меня не будет до понедельника.');
    expect([monday.category, monday.returnDate]).toEqual(['out_of_office', '2026-11-30']);
    expect(read('Back on Friday.').category).toBe('out_of_office');
  });

  test('when "work with" is about the vendor\'s customers, then it is no integration, but it asks about the offer', () => {
    expect(read("I'm curious what the smallest team you work with looks like.").intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('Does it work with Salesforce?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
  });

  test('when a question is at the sender, not the offer, then it is no product question', () => {
    expect(read('Why do you keep emailing me?').category).not.toBe('interested');
    expect(read('What do you want?').category).not.toBe('interested');
    expect(read('Почему вы мне пишете?').category).not.toBe('interested');
    expect(read('Does it ever stop?').category).toBe('unsubscribe');
    const rude = read('How do you people sleep at night?');
    expect([rude.category, rude.flags.brand]).toEqual(['not_interested', true]);
    expect(read('How do you handle my data?').intent).toEqual({ kind: 'question', topics: ['security'] });
  });

  test('when a stop or a complaint is asked as a question, then it is a stop or a complaint, never interest', () => {
    for (const text of [
      'Can you stop?',
      'How many times do I have to tell you no?',
      'Do you ever take no for an answer?',
      "What part of 'not interested' don't you understand?",
      'Are you going to keep sending these?',
      'Сколько можно писать?',
      'Вы читаете, что вам отвечают?',
    ])
      expect(read(text).category).toBe('unsubscribe');
    expect(read('Can you stop by our booth on Tuesday?').category).not.toBe('unsubscribe');
    for (const text of [
      'Seriously, who signs off on these emails?',
      'Does your CEO know you send emails like this?',
    ])
      expect(read(text).flags.brand).toBe(true);
    expect(read('What do you charge?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('How does this differ from Gong?').intent).toEqual({ kind: 'question', topics: [] });
    expect(read('How does this differ from the last three tools that pitched me this week?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
  });

  test('when the last set written to measure asks, hands over or connects in other words, then those are read', () => {
    expect(read('Please connect with our head of sales ops, Dan Wu — dan.wu@brightline.io').intent).toEqual({
      kind: 'referral',
      people: [{ email: 'dan.wu@brightline.io', name: 'Dan Wu' }],
    });
    expect(read('What CRMs do you connect to?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read("Who's this for exactly — SDRs or AEs?").intent).toEqual({ kind: 'question', topics: [] });
    expect(read('Интересно. Есть кейсы в рознице?').intent).toEqual({ kind: 'question', topics: [] });
    expect(read('Я в этом не разбираюсь, спросите директора.').intent.kind).toBe('wrong_person');
    expect(read('Where is your company based? We only buy from EU vendors.').intent).toEqual({
      kind: 'question',
      topics: [],
    });
  });
});
