import { followUpDateIn } from '../../src/domain/follow-up-date.js';
import { returnDateIn } from '../../src/domain/return-date.js';
import { at, read } from '../support/read-reply.js';

/**
 * What the probes taught (docs/reply-classifier.md, "How well it classifies"): sets of everyday replies written
 * here in other voices and labelled before they were run (footers, hand-offs, texting shorthand,
 * legal and brand words, dates, topics). Each lesson beside the everyday sense it must not take.
 */

describe('what the probes taught', () => {
  test("when the sender's mail system adds a footer (a confidentiality notice, an unsubscribe link for their own newsletter), then the reply reads as the same words without it", () => {
    const yes = 'Yes, happy to take a look. What does onboarding involve?';
    const footed = `${yes}\n\n--\nTom Baker\nCTO, Brightline\nP.S. Please consider the environment before printing this email.\nTo unsubscribe from Brightline marketing emails, click here.`;
    expect(read(footed).category).toBe(read(yes).category);
    expect(read(footed).category).toBe('interested');
    const notice =
      'Not for us, thanks.\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it.';
    expect(read(notice).category).toBe('not_interested');
    expect(read(notice).intent.kind).not.toBe('wrong_person');
    // The same words as the reply itself are a request: only a footer below the reply is cut.
    expect(read('To unsubscribe me, just delete my address from your list.').category).toBe('unsubscribe');
    expect(read('Please unsubscribe me.\n\nThis email has been scanned for viruses.').category).toBe(
      'unsubscribe',
    );
  });

  test('when a reply asks to be sent a line later, then it is a not-now with that date', () => {
    expect(read('Could be relevant for Q2. Drop me a line in April.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
    expect(read('Drop me a line with the pricing.').intent.kind).not.toBe('not_now');
  });

  // A probe of 38 everyday replies in another voice (docs/reply-classifier.md, "Probes"): what it found missing.
  test('when a person is away and names who covers "in the meantime", then it is an absence, not a hand-off', () => {
    expect(
      read(
        "I'm on parental leave until 15 January and won't be reading email. Please contact ops@fernway.io in the meantime.",
      ).category,
    ).toBe('out_of_office');
    // Without an absence the same address is a hand-off.
    expect(read('Please contact ops@fernway.io, they run purchasing.').intent.kind).toBe('referral');
  });

  test('when a person says they are not the one and hands over without an address, then it is the wrong person; sharing with the team is not', () => {
    expect(read("I'm not who you want for this — our RevOps lead handles tools.").intent.kind).toBe(
      'wrong_person',
    );
    expect(read("I'll forward this to our head of sales, she'd be the one to decide.").intent.kind).toBe(
      'wrong_person',
    );
    expect(read("I'll forward this to the team and get back to you.").intent.kind).toBe('none');
    expect(read("I'll forward this to my boss and get back to you by Friday.").intent.kind).toBe('none');
  });

  test('when a reply says it was built internally, or asks after the first quarter, then it reads as meant', () => {
    expect(read('Ha, we literally built the same thing internally last year. Good luck!').category).toBe(
      'not_interested',
    );
    expect(read("We're mid-reorg. Ask me again after the first quarter.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
    expect(followUpDateIn('Вернёмся к этому после второго квартала.', at)).toBe('2027-07-01');
    expect(followUpDateIn('Try me again in the first quarter.', at)).toBe('2027-01-01');
  });

  test('when a Russian reply asks to be shown how it works on a call, then it is a demo question', () => {
    expect(read('Давайте созвонимся в четверг, покажете как это работает.').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Давайте созвонимся в четверг.').intent.kind).not.toBe('question');
  });

  test('when our own opt-out line shows under a reply (a quote not recognised), then it is not read as the prospect asking to stop', () => {
    expect(
      read(
        "Yes, let's do it.\n\nHi Tom, would a 20-minute demo make sense? If you'd rather not hear from me, reply unsubscribe.",
      ).category,
    ).toBe('interested');
    expect(read('Да, давайте.\n\nЕсли не интересно, ответьте «отписаться».').category).toBe('interested');
    expect(
      read("Sounds good.\n\nIf this isn't relevant just reply STOP and I won't follow up.").category,
    ).toBe('interested');
    // The person's own words still count, even beside the instruction.
    expect(read('Reply unsubscribe? Fine: unsubscribe.').category).toBe('unsubscribe');
    expect(read('I replied STOP twice already. Stop emailing me.').category).toBe('unsubscribe');
  });

  // A probe of 40 replies written as people text (docs/reply-classifier.md, "Probes"): shorthand, no apostrophes, emoji.
  test('when a reply is written in texting shorthand, then it reads as the same words spelled out', () => {
    expect(read('maybe? whats the price range').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('not interested pls remove').category).toBe('unsubscribe');
    expect(read('Im out til monday, will reply then').category).toBe('out_of_office');
    expect(read('thx but no thx').category).toBe('not_interested');
    // German "im" stays German.
    expect(read('Ich bin bis zum 4. Dezember nicht im Büro.').category).toBe('out_of_office');
  });

  test('when a reply asks for a booking link, blocks our domain, or says the person left, then it reads as meant', () => {
    expect(read('Thanks! Calendly link?').category).toBe('interested');
    expect(
      read("Your company keeps emailing our whole team. I've flagged it with our IT to block your domain.")
        .category,
    ).toBe('unsubscribe');
    expect(read('Not me - I left Vanta in August.').intent.kind).toBe('wrong_person');
    expect(read("Forwarded to procurement. They'll reach out if there's interest.").intent.kind).toBe(
      'wrong_person',
    );
    expect(read('I left it in your inbox last week, did you see?').intent.kind).not.toBe('wrong_person');
    expect(read('ок, интересно. когда можно посмотреть демку?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
  });

  // A probe of 20 legal threats and brand complaints beside everyday uses of the same words (docs/reply-classifier.md, "Probes").
  test('when a reply threatens a regulator, warns a network or distrusts us, then the flags read as meant; a GDPR processor question is no threat', () => {
    const ftc = read('I will be forwarding this to the FTC.');
    expect(ftc.flags).toMatchObject({ legal: true, brand: true });
    const network = read("Pretty tacky way to sell. I'll be telling my network to avoid you.");
    expect(network.flags.brand).toBe(true);
    expect(network.category).toBe('not_interested');
    const ru = read('Какой ужасный маркетинг, расскажу коллегам, чтобы держались от вас подальше.');
    expect(ru.flags.brand).toBe(true);
    expect(read("Saw your Glassdoor reviews, not sure I'd trust you with our data lol").category).toBe(
      'not_interested',
    );
    const dpa = read('Is your DPA compliant with GDPR article 28?');
    expect(dpa.flags.legal).toBeUndefined();
    expect(dpa.category).toBe('interested');
    expect(read('Under GDPR article 17 I request erasure of my data.').flags.legal).toBe(true);
    expect(read('Это мошенничество? Откуда у вас мой адрес? Требую удалить мои данные.').category).toBe(
      'unsubscribe',
    );
  });

  test('when a follow-up or return names the start of next year, the new year, or the end of a month it runs until, then the date is read', () => {
    expect(followUpDateIn('Напишите в начале следующего года.', at)).toBe('2027-01-01');
    expect(followUpDateIn("We're swamped until the end of January.", at)).toBe('2027-02-01');
    // A month alone is its first day, whatever part of it is named.
    expect(followUpDateIn('Get back to me end of January.', at)).toBe('2027-01-01');
    expect(returnDateIn('On leave until the new year.', at)).toBe('2027-01-01');
    expect(returnDateIn('В отпуске до Нового года.', at)).toBe('2027-01-01');
  });

  // blind39/'s automatic replies: a return stated without "on", and a dated day read both ways.
  test('when an absence note says when it is back after saying until when it is out, or gives a dated day, then the return is the day still to come', () => {
    expect(returnDateIn("I'm OOO through Dec 4 and back in the office Dec 7.", at)).toBe('2026-12-07');
    // 12 February 2026 is past on 23 November; 2 December is not.
    expect(returnDateIn('Limited access to email until 12/02/2026.', at)).toBe('2026-12-02');
    expect(returnDateIn('Nicht im Büro bis 03.12.2026.', at)).toBe('2026-12-03');
    expect(returnDateIn('Out until 12/14/2026.', at)).toBe('2026-12-14');
  });

  // A probe of 15 hand-offs (docs/reply-classifier.md, "Probes"): who is named, and how.
  test('when a hand-off names people with titles, initials, a successor or "the right person", then each is read with the name written before the address', () => {
    const people = (text: string) => {
      const i = read(text).intent;
      return i.kind === 'referral' ? i.people : i.kind;
    };
    expect(people("You'll want our VP of Sales, Priya Raman — priya@acme.com")).toEqual([
      { email: 'priya@acme.com', name: 'Priya Raman' },
    ]);
    expect(people("I've left Acme. My replacement is Tom Becker: tbecker@acme.com")).toEqual([
      { email: 'tbecker@acme.com', name: 'Tom Becker' },
    ]);
    expect(people('Best to speak with J. Alvarez (jalvarez@acme.com).')).toEqual([
      { email: 'jalvarez@acme.com', name: 'J. Alvarez' },
    ]);
    expect(people('Our head of RevOps, Dr. Helen Cho (helen.cho@acme.com), is the right person.')).toEqual([
      { email: 'helen.cho@acme.com', name: 'Helen Cho' },
    ]);
    // A verb at the start of a sentence is nobody's name.
    expect(people('Forwarding to mike@acme.com who handles vendors.')).toEqual([{ email: 'mike@acme.com' }]);
  });

  // A probe of 30 questions on each topic in buyers' words (docs/reply-classifier.md, "Probes").
  test('when a question names billing, terms, a data store, who sees our data or an opt-out clause, then its topics are read', () => {
    const topics = (text: string) => {
      const i = read(text).intent;
      return i.kind === 'question' ? i.topics : i.kind;
    };
    expect(topics('Do you bill monthly or annually?')).toEqual(['pricing']);
    expect(topics('Who at your company can see our emails?')).toEqual(['security']);
    expect(topics('Do you support SCIM provisioning?')).toEqual(['security', 'integration']);
    expect(topics('Can it read from our Snowflake warehouse?')).toEqual(['integration']);
    expect(topics('Do you have standard T&Cs I can send to legal?')).toEqual(['contract']);
    // An opt-out clause is a contract term, not a request to stop; "opt me out" still is.
    expect(read('Can we sign a one-year term with an opt-out at six months?').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    expect(read('Please opt me out.').category).toBe('unsubscribe');
    expect(read('Opt-out.').category).toBe('unsubscribe');
  });

  // A probe of 40 one- and two-word replies (docs/reply-classifier.md, "Probes").
  test('when a reply is only a time, a bare go-ahead or a bare stop, then it reads as meant', () => {
    expect(read('Later.').intent).toEqual({ kind: 'not_now' });
    expect(read('Позже.').intent).toEqual({ kind: 'not_now' });
    expect(read('Next quarter.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
    expect(read('In January.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
    expect(read('В марте.').intent).toEqual({ kind: 'not_now', followUp: '2027-03-01' });
    expect(read('Go on.').category).toBe('interested');
    expect(read('Звоните.').category).toBe('interested');
    expect(read('Стоп.').category).toBe('unsubscribe');
    // A time inside a sentence is read by the sentence ("January works for a call" is a yes).
    expect(read('January works for a call, send times.').category).toBe('interested');
  });

  test('when a reply says a relative or their own people handle it, then it is a no; naming who to talk to is a hand-off', () => {
    expect(read('My nephew handles it').category).toBe('not_interested');
    expect(read('Our in-house team handles that.').category).toBe('not_interested');
    expect(read('Our agency handles that — talk to Mia at mia@brightads.co.').intent.kind).toBe('referral');
  });

  // A probe of 15 long, formal replies in both languages (docs/reply-classifier.md, "Probes").
  test('when a formal reply puts purchases on hold, asks to remove all details, asks about a multi-year term or is open to a demo, then it reads as meant', () => {
    expect(
      read(
        'At the moment all new software purchases are on hold until the board signs off in February. I would suggest reconnecting then.',
      ).intent,
    ).toEqual({ kind: 'not_now', followUp: '2027-02-01' });
    expect(
      read(
        'This is the fourth email despite never having signed up for anything. Please remove all of my details from your systems.',
      ).category,
    ).toBe('unsubscribe');
    expect(read('Is there any flexibility for a multi-year commitment?').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    expect(
      read("I'd be open to a 30-minute demo, ideally with someone who can speak to the API.").intent,
    ).toEqual({
      kind: 'question',
      topics: ['demo', 'integration'],
    });
    // "On hold" for a call is a person asking to wait a minute, not a not-now.
    expect(read('Put me on hold for a sec, I will grab my calendar. Tuesday works.').intent.kind).not.toBe(
      'not_now',
    );
  });

  // A probe of 20 sarcastic and genuinely keen replies in both languages (docs/reply-classifier.md, "Probes").
  test('when a reply mocks with "sure, right after…" or "bold of you to assume", hates the timing, or genuinely cannot wait, then it reads as meant', () => {
    expect(read('Sure, right after I finish reading the other 40 pitches in my inbox.').category).toBe(
      'not_interested',
    );
    expect(read('Bold of you to assume I have a budget. No.').category).toBe('not_interested');
    expect(read('Love the confidence. Hate the timing. Q2?').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
    expect(read("I genuinely can't wait to try this — when can we start?").category).toBe('interested');
    expect(read("Oh wow, another tool that will revolutionize sales. Can't wait.").category).toBe(
      'not_interested',
    );
    // "Sure, right after lunch works" is a time, not a jibe.
    expect(read('Sure, right after lunch works for me.').category).toBe('interested');
  });

  // A probe of 15 replies with two intents in one (docs/reply-classifier.md, "Probes"): which one the rep acts on.
  test('when a no or a not-now turns with "but send…", "but I\'d take a quick look…" or "unless you…?", then the ask is what counts', () => {
    expect(read('Not now — but send pricing so I have it when we revisit in Q2.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(
      read("No budget this year, but I'd take a quick look at a demo video if you have one.").intent,
    ).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read("We're happy with Gong. Unless you integrate with it?").intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    // A plain no stays a no.
    expect(read("We're happy with Gong, thanks.").category).toBe('not_interested');
  });

  // The date probe's phrases sent as whole replies (docs/reply-classifier.md, "Probes").
  test('when a reply is only an absence ("Back on 2 December.", "On leave until the new year.") or only a later date, then it reads as meant', () => {
    for (const absence of [
      'Back on 2 December.',
      'Returning 12/01.',
      'Буду в офисе с 1 декабря.',
      'Out until after the Thanksgiving weekend.',
      'On leave until the new year.',
    ])
      expect(read(absence).category).toBe('out_of_office');
    expect(read('Not before February 15th.').intent).toEqual({ kind: 'not_now', followUp: '2027-02-15' });
    expect(read('Get back to me end of January.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
    // Away soon and asking to be tried later is still the person's not-now.
    expect(read("I'm out next week, so try me in January.").intent.kind).toBe('not_now');
  });

  // A probe of 30 Russian replies in several registers (docs/reply-classifier.md, "Probes").
  test('when a Russian reply passes the mail on, leaves the decision to an owner, threatens a complaint or says our mail lands in spam, then it reads as meant', () => {
    expect(
      read('Я передал ваше письмо руководителю отдела продаж, он с вами свяжется, если будет интересно.')
        .intent.kind,
    ).toBe('wrong_person');
    expect(read('Интересно! Но решение принимает собственник, я лишь помощник.').intent.kind).toBe(
      'wrong_person',
    );
    expect(read('Уважаемые коллеги, прошу исключить наш адрес из всех ваших рассылок.').category).toBe(
      'unsubscribe',
    );
    expect(read('Посмотрим ближе к лету.').intent).toEqual({ kind: 'not_now', followUp: '2027-06-01' });
    const spamFolder = read('Ваши письма попадают в спам, кстати. А так — расскажите подробнее.');
    expect(spamFolder.category).toBe('interested');
    expect(spamFolder.flags.brand).toBeUndefined();
    const complaint = read('Коллеги, это уже третий раз. Еще одно письмо — и я напишу жалобу.');
    expect(complaint.category).toBe('unsubscribe');
    expect(complaint.flags.brand).toBe(true);
    expect(read('А чем вы лучше конкурентов?').intent).toEqual({ kind: 'question', topics: [] });
    expect(read("We tried something similar and it didn't work").category).toBe('not_interested');
  });

  // A second probe of 30 Russian replies: formal letters, tenders, chat (docs/reply-classifier.md, "Probes").
  test('when a Russian reply refuses formally, buys only by tender, agrees to a meeting, blocks us or is away and will discuss later, then it reads as meant', () => {
    expect(read('Ответ отрицательный.').category).toBe('not_interested');
    expect(read('Мы госкомпания, закупаем только через тендер на площадке.').category).toBe('not_interested');
    expect(read('Согласен на встречу. Предложите пару слотов.').category).toBe('interested');
    expect(read('Ну допустим. И что дальше?').category).toBe('interested');
    expect(read('Вы уже третий раз пишете. Заблокирую.').category).toBe('unsubscribe');
    expect(read('Отправил вашу почту в чёрный список.').category).toBe('unsubscribe');
    expect(read('Я в декрете до марта 2027 года.').category).toBe('out_of_office');
    expect(read('Сейчас в отпуске, вернусь 14 декабря, тогда и обсудим.').category).toBe('out_of_office');
    expect(
      read('Спасибо, интересно. Передам коллегам из коммерческого отдела, они посмотрят.').intent.kind,
    ).toBe('wrong_person');
    expect(read('Какие условия оплаты? Работаете с НДС?').intent).toEqual({
      kind: 'question',
      topics: ['pricing', 'contract'],
    });
    // "Обсудим" is still a yes when nothing defers it.
    expect(read('Хорошо, обсудим в четверг.').category).toBe('interested');
  });

  // A third probe of 30 Russian replies: procurement, registries, trials, scams, chat (docs/reply-classifier.md, "Probes").
  test('when a Russian reply bought elsewhere, asks for a recording, a trial or the registry, hands over in the dative, or calls it a scam, then it reads as meant', () => {
    expect(read('Уже купили у конкурентов в прошлом месяце.').category).toBe('not_interested');
    expect(read('Руководство решило пока ничего не менять.').category).toBe('not_interested');
    expect(read('Пришлите, пожалуйста, ссылку на запись вебинара.').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('А можно сначала бесплатный период?').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('Вы в реестре российского ПО?').intent).toEqual({ kind: 'question', topics: ['contract'] });
    expect(
      read('Мне это не интересно, а вот нашему директору по продажам может быть: v.egorov@stroymash.ru')
        .intent.kind,
    ).toBe('referral');
    const scam = read('Какой-то развод, честное слово.');
    expect(scam.category).toBe('unsubscribe');
    expect(scam.flags.brand).toBe(true);
    expect(read('Нет, спасибо. И больше не звоните.').category).toBe('unsubscribe');
  });

  // A probe of 20 replies with typos in the words that decide (docs/reply-classifier.md, "Probes").
  test('when a deciding word has a typo, then it reads as that word; a real word one slip away is left alone', () => {
    expect(read('not intersted thanks').category).toBe('not_interested');
    expect(read('pls unsubcribe me').category).toBe('unsubscribe');
    expect(read('whats the pricng for 20 ppl?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('can we do a deom next week').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('Not rigth now, maybe Q2').intent).toEqual({ kind: 'not_now', followUp: '2027-04-01' });
    expect(read('Скока стоит?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    // "contact" is not "contract", "removed" not "remove", "опишите" (describe) not "отпишите".
    expect(read('Do not contact me again').category).toBe('unsubscribe');
    expect(read('Please contact me next week about the rollout.').intent.kind).not.toBe('question');
    expect(read('Опишите, пожалуйста, подробнее, как это работает.').category).not.toBe('unsubscribe');
  });

  // A probe of 20 replies showing interest indirectly (docs/reply-classifier.md, "Probes").
  test('when interest is said indirectly ("my team has been asking for this", "что нужно для старта?"), then it is a yes', () => {
    expect(read('My team has been asking for something like this.').category).toBe('interested');
    expect(read('Интересно, у нас как раз похожая проблема. Что нужно для старта?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
  });

  test('when a reply asks without a question mark, or asks a short question about the product after a statement, then the question is its own', () => {
    expect(read("I'm curious how this would work with two sales teams in different regions.").intent).toEqual(
      {
        kind: 'question',
        topics: [],
      },
    );
    expect(read('I have a budget for this. How fast can you deploy?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    // A tool after "work with" is still an integration question.
    expect(read('Would this work with Salesforce?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
  });

  // A probe of 15 dates and absence notes, mostly Russian (docs/reply-classifier.md, "Probes").
  test('when an absence is written as a short Russian or English note, then it is an absence with its return date', () => {
    for (const [note, back] of [
      ['Вернусь в офис 1 декабря.', '2026-12-01'],
      ['Отсутствую до 07.12.2026.', '2026-12-07'],
      ['Буду на связи после 3 декабря.', '2026-12-03'],
      ['Back on Monday the 30th.', '2026-11-30'],
      ['Я в отпуске до 5-го декабря.', '2026-12-05'],
      ['В отпуске до конца недели.', '2026-11-27'],
      ["I'm away until the end of the week.", '2026-11-27'],
    ]) {
      const c = read(note as string);
      expect(c.category).toBe('out_of_office');
      expect(c.returnDate).toBe(back);
    }
  });

  // A probe of 20 plain-spoken small-business owners (docs/reply-classifier.md, "Probes").
  test('when an owner asks if it is hard to set up or works on a phone, asks to be emailed later, or to be called after five, then it reads as meant', () => {
    expect(read("I'm not very techy, is it hard to set up?").intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('Does it work on my phone?').intent).toEqual({ kind: 'question', topics: [] });
    expect(read('We close for the season in December, email me in March.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-03-01',
    });
    expect(read("Call me after 5, I'm on a job site all day.").category).toBe('interested');
    expect(read('Call me after the holidays.').intent.kind).toBe('not_now');
  });
});
