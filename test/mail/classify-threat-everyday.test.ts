import { flagsOf, read } from '../support/read-reply.js';

/**
 * The legal and brand ideas (src/domain/threats.ts) measured last, on replies written after they
 * were built (blind36/, docs/reply-classifier.md, "Legal and brand as ideas"): twenty everyday no's that use legal
 * words were 11 false alarms in 20, each a stop and a compliance alert; twenty more legal replies
 * 14 of 20; forty mixed 36 of 40. What each taught is held here, the everyday sense first.
 */

describe('a mixed set written last to measure (36 of 40 as shipped)', () => {
  test('when legal gatekeeps, a job ad is shared or filters find us spammy, then no flag and the plain sense', () => {
    expect(flagsOf('Our legal department said no to all new SaaS this year.')).toEqual([
      'not_interested',
      [],
    ]);
    expect(flagsOf('I posted your job ad in our alumni group, by the way. Anyway, not buying.')).toEqual([
      'not_interested',
      [],
    ]);
    expect(flagsOf("Looks spammy to our filters but I read it. What's the price?")).toEqual([
      'interested',
      [],
    ]);
    expect(flagsOf("I don't have time for this, sorry.")).toEqual(['not_interested', []]);
    expect(read('Наш юрист попросил ваш типовой договор и политику обработки данных.').intent).toEqual({
      kind: 'question',
      topics: ['security', 'contract'],
    });
  });
});

describe('legal words in an everyday no (11 of 20 were false alarms before this)', () => {
  test('when a no describes itself with legal words or gives the law as its reason, then no legal flag and no stop', () => {
    for (const reply of [
      'Not interested — we use an in-house legal CRM.',
      "We're a legal services firm, this isn't relevant to us.",
      'No thanks, our legal tech stack is already full.',
      'Pass. We sell to law firms, not sales teams.',
      "Not for us; we're a two-person law practice.",
      "We're in the middle of a lawsuit unrelated to this, so no new projects for now.",
      'GDPR makes this too complicated for us. No thanks.',
      'Нет, спасибо. Мы юридическая компания, продажами не занимаемся.',
      'Не актуально: из-за 152-ФЗ мы не используем облачные сервисы.',
    ])
      expect([reply, ...flagsOf(reply)]).toEqual([reply, 'not_interested', []]);
    expect(flagsOf('Regulation in our industry makes tools like this a non-starter.')).toEqual([
      'not_interested',
      [],
    ]);
    expect(flagsOf("We're a regulated bank; anything that reads email is off the table.")).toEqual([
      'not_interested',
      [],
    ]);
    // A condition on a non-starter asks; it is no no.
    expect(read('Can this run on-prem? Cloud is a non-starter for us.').category).toBe('interested');
  });

  test('when the legal words are aimed at us (our campaign, your DPO, a demand, "if I receive anything else"), then legal still', () => {
    expect(flagsOf("I'll be submitting a DSAR tomorrow. Please have your DPO ready.")).toEqual([
      'other',
      ['legal'],
    ]);
    expect(
      flagsOf('Требую прекратить обработку моих персональных данных на основании ст. 21 ФЗ-152.'),
    ).toEqual(['unsubscribe', ['legal']]);
    expect(
      flagsOf(
        'I am a EU resident. Erase everything you hold on me under Article 17 and tell me who you got it from.',
      ),
    ).toEqual(['unsubscribe', ['legal']]);
    expect(read('I run compliance, not sales. Try someone else.').intent).toEqual({ kind: 'wrong_person' });
  });
});

describe('twenty more, written last to measure (legal 7 of 8, one false alarm in 12)', () => {
  test('when a reply objects to processing or warns after asking on what grounds, then it is legal and a stop', () => {
    expect(flagsOf('This is a formal objection to your processing of my personal data.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(
      flagsOf(
        'Прошу сообщить, на каком основании вы обрабатываете мой e-mail. В случае отсутствия ответа обращусь в надзорные органы.',
      ),
    ).toEqual(['unsubscribe', ['legal', 'brand']]);
  });

  test('when a consent decree limits them, onboarding is frozen till June or lawyers will sign later, then the plain sense', () => {
    expect(flagsOf("The FTC consent decree we're under limits our outbound, so this won't help.")).toEqual([
      'not_interested',
      [],
    ]);
    expect(
      read("Because of new regulations we're freezing all vendor onboarding until June.").intent,
    ).toEqual({
      kind: 'not_now',
      followUp: '2027-06-01',
    });
    expect(flagsOf("Our lawyers are on holiday until the 10th, we'll sign after that.")).toEqual([
      'interested',
      [],
    ]);
    expect(read("I'm a paralegal, you want our office manager.").intent).toEqual({ kind: 'wrong_person' });
  });
});

describe('what the last mixed set missed', () => {
  test('when the timing is bad or they renewed for a term, then it is a not-now to the end of that term', () => {
    expect(read("Timing's bad — we just renewed with our current vendor for two years.").intent).toEqual({
      kind: 'not_now',
      followUp: '2028-11-23',
    });
    expect(read('Ping me in two years.').intent).toEqual({ kind: 'not_now', followUp: '2028-11-23' });
  });

  test('when they signed with a named competitor, then it is a no', () => {
    expect(read('We signed with Gong for 12 months.').category).toBe('not_interested');
    expect(read('We went with Outreach, sorry.').category).toBe('not_interested');
    // Signing with us is the opposite.
    expect(read("Our lawyers are on holiday until the 10th, we'll sign after that.").category).toBe(
      'interested',
    );
  });
});

describe('a lexicon of disparagement, written for its own sake', () => {
  test('when a reply that is not buying uses a harsh word from either language, then it is brand', () => {
    for (const reply of [
      'Snake oil with a Slack logo on it. No.',
      'What a tacky way to open an email. Hard no.',
      'Cringe. Please stop.',
      'Absolutely shameless follow-up cadence.',
      'Отстой, а не рассылка. Больше не пишите.',
      'Халтура. Даже не проверили, кому пишете.',
      'Ваши менеджеры впаривают как на рынке. Нет.',
      'Назойливо и бестактно. Удалите нас из базы.',
    ])
      expect([reply, flagsOf(reply)[1]]).toEqual([reply, ['brand']]);
  });

  test('when the harsh word is about their own tool, then it is a buyer, and "absolutely" alone is still a yes', () => {
    expect(flagsOf('Our current tool is clunky and honestly a bit of a joke. What do you charge?')).toEqual([
      'interested',
      [],
    ]);
    expect(flagsOf('Наш текущий сервис — халтура, если честно. Сколько стоит ваш?')).toEqual([
      'interested',
      [],
    ]);
    expect(read('Absolutely, send it over.').category).toBe('interested');
    expect(read('Absolutely!').category).toBe('interested');
  });
});
