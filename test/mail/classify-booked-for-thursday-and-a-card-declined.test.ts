import { absenceOf, kindOf, read, referredTo, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-fourth session, second round (docs/reply-classifier.md, "Booked for Thursday, a card
 * declined"): machine notes of sales and billing tools, longer English with signatures, replies of
 * a few words and an emoji, product questions in other words.
 */
describe('sales and billing tools’ notices', () => {
  test.each([
    'Intercom: You have 3 new conversations waiting for a reply.',
    'Your Salesforce report "Pipeline by rep" has been scheduled to run every Monday.',
    "Congrats! You've unlocked the Closer badge in Salesloft.",
    'G2: Acme Corp is researching Sales Engagement software. See intent data.',
    'Your API key was used from a new IP address (203.0.113.8).',
    "Payment failed: we couldn't charge your card ending in 4242. Update your billing details.",
    'Dana Lee accepted your invitation to join the Acme workspace on Notion.',
    'ZoomInfo: 12 new contacts match your saved search "VP Sales, SaaS, 50-200".',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    'Maria accepted your invitation to join the call and will be there.',
    'I have 3 new questions for you.',
  ])('%j is a person’s own words', (text) => {
    expect(kindOf(text)[1]).not.toBe('auto_ack');
  });
});

describe('hand-offs and waits in longer replies', () => {
  test('"Forwarded to our RevOps manager, she\'ll decide whether it\'s worth a call." hands it on, no yes', () => {
    expect(
      kindOf("Thanks! Forwarded to our RevOps manager, she'll decide whether it's worth a call."),
    ).toEqual(['other', 'wrong_person']);
  });

  test('"I think it\'s worth a call." is still a yes', () => {
    expect(kindOf("I think it's worth a call.")[0]).toBe('interested');
  });

  test('"leadership won\'t entertain another tool until 2028" waits until 2028', () => {
    expect(
      waitOf(
        "We consolidated onto HubSpot's sales hub last month and leadership won't entertain another tool until 2028.",
      ),
    ).toEqual(['not_interested', '2028-01-01']);
  });

  test('"Please close the file on us." is a no; "close the loop on the pricing question" is not', () => {
    expect(kindOf('Please close the file on us.')[0]).toBe('not_interested');
    expect(kindOf('Please close the loop on the pricing question.')[0]).not.toBe('not_interested');
  });

  test('"slammed til year end" waits until the new year', () => {
    expect(waitOf("Can't right now 😩 slammed til year end")).toEqual(['not_interested', '2027-01-01']);
  });
});

describe('a few words and an emoji', () => {
  test('"Ugh, not another one 🙄" is a no', () => {
    expect(kindOf('Ugh, not another one 🙄')[0]).toBe('not_interested');
  });

  test.each(['✅ Booked for Thu 2pm', 'Booked for Thursday at 10.'])('%j is a yes', (text) => {
    expect(kindOf(text)[0]).toBe('interested');
  });
});

describe('product questions in other words', () => {
  test.each([
    ['Can you walk our two team leads through it next Tuesday?', ['demo']],
    ['Is patient data ever stored on your side? We’re a HIPAA shop, so that decides it.', ['security']],
    ['Does the Slack app need admin approval to install?', ['security', 'integration']],
    ['Do you bill by invoice or card only?', ['contract']],
    ['Can I get the claims out as a spreadsheet every week?', ['integration']],
    ['Can a team lead override a claim without going through the dispute flow?', []],
  ])('%j asks about %j', (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  });

  test('"burned by dup outreach" names no tool', () => {
    expect(read("We've been burned by dup outreach twice this quarter.").flags.priority).not.toContain(
      'integration',
    );
  });
});

describe('Russian work apps’ notices', () => {
  test.each([
    'Вам пришло новое сообщение в Битрикс24 от Ольги Смирновой.',
    'Напоминание: встреча «Демо ClaimDesk» сегодня в 15:00.',
    'Ваш пароль был изменен. Если это были не вы, обратитесь в поддержку.',
    'Ежемесячный отчет по продажам за ноябрь готов. Открыть отчет.',
    'Ирина Петрова приняла ваше приглашение в рабочее пространство «Продажи».',
    'Оплата не прошла: недостаточно средств на карте *4242.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    'Отчет готов, посмотрите, пожалуйста, и скажите, интересно ли.',
    'Напоминание: мы договорились созвониться в четверг.',
  ])('%j is a person’s own words', (text) => {
    expect(kindOf(text)[1]).not.toBe('auto_ack');
  });
});

describe('a reply that belongs with another team', () => {
  test('with the team’s address it refers us on', () => {
    expect(referredTo('This belongs with our RevOps team - revops@quillcorp.io.')).toEqual([
      'revops@quillcorp.io',
    ]);
  });

  test('without one it is the wrong person', () => {
    expect(kindOf('This belongs with our RevOps team.')).toEqual(['other', 'wrong_person']);
  });
});

describe('absences typed by hand in European languages', () => {
  test.each([
    ['Estou fora até dia 3 de dezembro, com acesso limitado ao email.', '2026-12-03'],
    ['En déplacement cette semaine, réponse lundi.', '2026-11-30'],
  ])('%j is away until %s', (text, back) => {
    const [category, returnDate] = absenceOf(text);
    expect(category).toBe('out_of_office');
    expect(String(returnDate).slice(0, 10)).toBe(back);
  });

  test.each(['Zurzeit krank, melde mich nächste Woche.', 'De baja por paternidad hasta enero.'])(
    '%j is an absence',
    (text) => {
      expect(kindOf(text)[0]).toBe('out_of_office');
    },
  );
});
