import * as rules from '../../src/domain/classify-rules.js';
import { followUpDateIn } from '../../src/domain/follow-up-date.js';
import { returnDateIn } from '../../src/domain/return-date.js';
import { replyTextOf } from '../../src/mail/reply-text.js';
import { at, read } from '../support/read-reply.js';

/**
 * What each blind part of the corpus taught the rules (docs/reply-classifier.md, "How well it classifies"), in
 * general form, each beside the everyday sense it must not take: a rule that learnt a phrase
 * must not fire on the same words meaning something else.
 */

describe('what the blind parts taught', () => {
  // What the eighth blind part taught, each beside the everyday sense it must not take.
  test('when a reply says no, points elsewhere or asks for material in new words, then it reads as meant', () => {
    expect(read('Read all of them. The answer is still no.').category).toBe('not_interested');
    expect(read('The answer is now yes: Tuesday works.').category).toBe('interested');
    expect(read('We decided to go in a different direction.').category).toBe('not_interested');
    expect(read("We're going to hold off for now.").intent.kind).toBe('not_now');
    // "Wrong <name>" is the wrong person; "wrong timing" is not. "I'm in!" is a yes; "I'm in HR" is not.
    expect(read("Wrong Alex I'm afraid.").intent.kind).toBe('wrong_person');
    expect(read('Wrong timing, try me in March.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-03-01',
    });
    expect(read("I'm in!").category).toBe('interested');
    expect(read("I'm in accounts receivable.").intent.kind).toBe('wrong_person');
    expect(read('I switched to a different team last month.').intent.kind).toBe('wrong_person');
    // "That would be our CFO, Maria Lopez (maria@acme.com)" hands over; "that would be great" does not.
    expect(read('That would be our CFO, Maria Lopez (maria@acme.com).').intent.kind).toBe('referral');
    expect(read('The person you want is Ken, ken@acme.com').intent.kind).toBe('referral');
    expect(read('That would be great. Tuesday?').intent.kind).not.toBe('referral');
    expect(read('Please erase my data.').category).toBe('unsubscribe');
    // Asking for material is a next step; asking about the product is a question.
    expect(read('Could you send a customer reference in retail?').intent).toEqual({ kind: 'none' });
    expect(read('Happy to talk. Do you have customers in retail?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    // An office closed for the holidays is an absence even with no automatic header.
    const closed = read(
      'Our office is closed from 24 December to 4 January. We will reply when we are back.',
    );
    expect(closed).toMatchObject({ category: 'out_of_office', returnDate: '2027-01-04' });
    expect(read('We closed our books for the year, so talk in January.').category).not.toBe('out_of_office');
  });

  // What the ninth blind part taught, each beside the everyday sense it must not take.
  test('when a reply turns, declines politely or asks in other words, then it reads as meant', () => {
    // "I was going to say no, but…" is not a no; "I'm going to say no" is.
    expect(read('I was going to say no, but the reporting is neat. How does it work?').category).toBe(
      'interested',
    );
    expect(read("I'm going to say no to this one.").category).toBe('not_interested');
    expect(read('We have decided not to move forward at this time.').category).toBe('not_interested');
    expect(read("Let's move forward with a pilot.").category).toBe('interested');
    expect(read('We handle this with a spreadsheet and it works fine for us.').category).toBe(
      'not_interested',
    );
    // A "Stop." of its own is a stop; "stop by our booth" is not.
    expect(read('Asked you before. Stop.').category).toBe('unsubscribe');
    expect(read('Stop by our booth at SaaStr and we can talk.').category).not.toBe('unsubscribe');
    expect(read('I do not wish to be contacted again.').category).toBe('unsubscribe');
    // Asking in other words: "would you be able to", "please do", Russian "направьте", "готов посмотреть".
    expect(read('Would you be able to run a session for our whole team?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Do you offer discounts for startups?').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read('Does it pick up sends from Gmail?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read('Направьте, пожалуйста, договор.').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    expect(read('Можно ли развернуть у нас на серверах?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    // Someone who "handles tooling" is a hand-off with an address; an assistant who manages a calendar is not.
    expect(read('Kim handles tooling now: kim@acme.com').intent.kind).toBe('referral');
    expect(read("Let's chat. My assistant Jo (jo@acme.com) manages my calendar.").category).toBe(
      'interested',
    );
    // A Russian threat to go to lawyers "if it happens again" is legal.
    expect(read('В случае повторных писем обратимся к юристам.').flags.legal).toBe(true);
    expect(followUpDateIn('Try me again after Easter.', at)).toBe('2027-04-01');
    expect(read('We review vendors once a year, in October. Send something then.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-10-01',
    });
  });

  // What the tenth blind part (short replies) taught, each beside the everyday sense it must not take.
  test('when a reply is a few words, then it reads as meant', () => {
    expect(read('Link to book?').category).toBe('interested');
    expect(read('Перезвоните мне завтра.').category).toBe('interested');
    expect(read('Сколько?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('Сколько у вас клиентов?').intent).not.toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('We have a tool in place for this.').category).toBe('not_interested');
    expect(read('Not the right time.').intent.kind).toBe('not_now');
    expect(read('Unsub').category).toBe('unsubscribe');
    // A tool named to compare is not an integration question; named to connect, it is.
    expect(read('What makes you different from Salesloft?').intent).toEqual({ kind: 'question', topics: [] });
    expect(read('Does it sync with Salesloft?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
  });

  // What the eleventh blind part (Russian business replies; procurement, finance, IT) taught.
  test("when a reply asks in a department's or a Russian buyer's words, then it reads as meant", () => {
    // A short question with no topic of its own asks about the sentence before; a time question does not.
    expect(read('У нас всё на 1С. Подойдёт?').intent).toEqual({ kind: 'question', topics: ['integration'] });
    expect(read('We need SSO via Azure AD. Supported?').intent).toEqual({
      kind: 'question',
      topics: ['security', 'integration'],
    });
    expect(read('Thanks for the pricing. When can we meet?').intent).toEqual({ kind: 'none' });
    // "I'm in finance" is the wrong person only when nothing is asked.
    expect(read("I'm in finance, not sales.").intent.kind).toBe('wrong_person');
    expect(read("I'm in finance. Can you share your invoicing terms?").intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    expect(read('Это облако или можно поставить на свой сервер?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    expect(read('Перешлите это нашему директору: boss@romashka.ru').intent.kind).toBe('referral');
    expect(read('Я к этому отношения не имею.').intent.kind).toBe('wrong_person');
    expect(read('Не тратьте моё время.').category).toBe('not_interested');
    expect(read('Удалите нас из базы, иначе обратимся в Роскомнадзор.').flags).toMatchObject({
      legal: true,
      brand: true,
    });
    expect(read("We can't take on anything new until Q2.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
  });

  test('when a phone adds "Sent from my iPhone" or "Отправлено с iPhone", then it is not part of the reply', () => {
    expect(replyTextOf('Не интересно.\n\nОтправлено с iPhone')).toBe('Не интересно.');
    expect(replyTextOf('Sounds good.\n\nSent from my Galaxy')).toBe('Sounds good.');
    expect(replyTextOf('Sent from my phone, sorry for typos: yes, send pricing.')).toBe(
      'Sent from my phone, sorry for typos: yes, send pricing.',
    );
  });

  // What the twelfth blind part taught.
  test('when a reply names a competitor, objects to its data being used or asks about trials in Russian, then it reads as meant', () => {
    expect(read("We went with Gong's feature for this. Thanks anyway.").category).toBe('not_interested');
    expect(read("I don't see the value for us.").category).toBe('not_interested');
    expect(read('I see the value, when can we talk?').category).toBe('interested');
    expect(read('I object to the processing of my data under Article 21 GDPR.').flags.legal).toBe(true);
    expect(read('Your emails violate our policy and the law. Cease immediately.')).toMatchObject({
      category: 'unsubscribe',
      flags: { legal: true },
    });
    expect(read('Who else in retail uses it?').intent).toEqual({ kind: 'question', topics: [] });
    expect(read('Есть ли пробный период?').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('Happy to see it next week.').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('Я в этой компании уже не работаю.').intent.kind).toBe('wrong_person');
    expect(read('По этому вопросу — к Ольге, olga@romashka.ru').intent.kind).toBe('referral');
    expect(followUpDateIn('Давайте вернёмся через квартал.', at)).toBe('2027-02-23');
    const ack = read(
      'Thanks for contacting the Initech sales team! A member of our team will reach out shortly.',
      {
        'auto-submitted': 'auto-replied',
      },
    );
    expect(ack).toMatchObject({ category: 'out_of_office', intent: { kind: 'auto_ack' } });
  });

  // What the thirteenth blind part (emoji, chat-style Russian, mixed signals) taught.
  test('when a reply is an emoji, chat-style Russian or turns on one sentence, then it reads as meant', () => {
    expect(read('👍').category).toBe('interested');
    expect(read('❌').category).toBe('not_interested');
    expect(read('Great call 👍 talk soon').category).not.toBe('not_interested');
    expect(read('не, спс').category).toBe('not_interested');
    expect(read('пока не надо, может весной').intent).toEqual({ kind: 'not_now', followUp: '2027-03-01' });
    expect(read('No budget this year. That said, send me the pricing.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read('Pricing, security docs, and a demo slot please.').intent).toEqual({
      kind: 'question',
      topics: ['pricing', 'demo', 'security'],
    });
    expect(read("We're not looking, but my friend at Globex might be: alex@globex.com").intent.kind).toBe(
      'referral',
    );
    // "My spam folder" is where our mail landed, not a complaint; "this garbage" is one.
    const landed = read("Your email went to my spam folder, just saw it. What's the price?");
    expect(landed).toMatchObject({
      category: 'interested',
      intent: { kind: 'question', topics: ['pricing'] },
    });
    expect(landed.flags.brand).toBeUndefined();
    expect(read('Stop sending me this garbage.')).toMatchObject({
      category: 'unsubscribe',
      flags: { brand: true },
    });
    expect(read('Хватит. Уже третье письмо.').category).toBe('unsubscribe');
    expect(
      read('Ваше письмо получено. Мы ответим в ближайшее время.', { 'auto-submitted': 'auto-replied' })
        .intent,
    ).toEqual({
      kind: 'auto_ack',
    });
  });

  // What the fourteenth blind part (warm replies, questions about the vendor, everyday Russian) taught.
  test('when a reply is warm, asks about the vendor or hands over in passing, then it reads as meant', () => {
    // Sincere "exactly what we need" is a yes; "just what my inbox needed" is sarcasm.
    expect(read('This is exactly what we need. When can we start?').category).toBe('interested');
    expect(read('Just what my inbox needed, another vendor.').category).toBe('not_interested');
    // "Ok thanks" acknowledges; "Ok, let's do it" agrees.
    expect(read('Ok thanks').category).toBe('other');
    expect(read("Ok, let's do it.").category).toBe('interested');
    expect(read('Do you support two-factor authentication?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    expect(read('Can it export to CSV?').intent).toEqual({ kind: 'question', topics: ['integration'] });
    expect(read('Какие сроки внедрения?').intent).toEqual({ kind: 'question', topics: [] });
    expect(read('Sorry, we decided to keep things as they are.').category).toBe('not_interested');
    expect(read('You have emailed me five times. Enough.').category).toBe('unsubscribe');
    expect(read('Enough about us, tell me about pricing?').category).not.toBe('unsubscribe');
    expect(read("I've passed your note to Jane Park (jane.park@acme.com).").intent.kind).toBe('referral');
    expect(read("This is a shared inbox, not sure who it's for.").intent.kind).toBe('wrong_person');
    expect(followUpDateIn('Давайте после праздников.', at)).toBe('2027-01-01');
  });

  // What the fifteenth blind part (another writer's words for the same things) taught.
  test('when a reply uses another word for yes, no, later, stop or a topic, then it reads as meant', () => {
    expect(read('What would it run for 15 sellers?').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read('Does this hook into Close CRM?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read('Could you send over your order form?').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    expect(read('Count me in for a walkthrough on Wednesday.').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read("I'd welcome a conversation.").category).toBe('interested');
    expect(read("We'll sit this one out, thanks.").category).toBe('not_interested');
    expect(read("We're well covered on this front.").category).toBe('not_interested');
    expect(read("Doesn't fit our priorities, sorry.").category).toBe('not_interested');
    expect(read('That fits our priorities well. Tuesday?').category).not.toBe('not_interested');
    expect(read('Touch base in the second half of next year.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-07-01',
    });
    expect(read("Let's touch base next week about the demo.").intent.kind).not.toBe('not_now');
    expect(followUpDateIn('Свяжитесь с нами в конце следующего квартала.', at)).toBe('2027-03-01');
    expect(read('Kindly take me off your distribution list.').category).toBe('unsubscribe');
    expect(read('Please cease sending these.').category).toBe('unsubscribe');
    expect(
      read("I'll be filing a complaint with the Information Commissioner's Office.").flags,
    ).toMatchObject({
      legal: true,
      brand: true,
    });
    expect(read("I don't make purchasing decisions here.").intent.kind).toBe('wrong_person');
    expect(read('Хотим протестировать на одной команде. Это возможно?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
  });

  // The synonym pass after the fifteenth part: families of words for each idea, not only those seen.
  test('when a reply says yes, no, later, stop or not-me in words no part has used, then it reads as meant', () => {
    expect(read("Sounds like a plan. What's the next step?").category).toBe('interested');
    expect(read("I'm open to a chat.").category).toBe('interested');
    expect(read('Было бы интересно узнать подробнее.').category).toBe('interested');
    expect(read('No appetite for new tools this year.').category).toBe('not_interested');
    expect(read("We're not in the market for this.").category).toBe('not_interested');
    expect(read("Don't want to miss this, let's talk.").category).not.toBe('not_interested');
    expect(read("I'll pass this on to the team, they'll be in touch.").category).not.toBe('not_interested');
    expect(read('Не в приоритете, извините.').category).toBe('not_interested');
    expect(read('Nudge me in January.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
    expect(read("Let's revisit this once our migration is done.").intent.kind).toBe('not_now');
    expect(read('Давайте попозже.').intent.kind).toBe('not_now');
    expect(read('Quit emailing me.').category).toBe('unsubscribe');
    expect(read('Оставьте меня в покое.').category).toBe('unsubscribe');
    expect(read("That's outside my scope, sorry.").intent.kind).toBe('wrong_person');
    expect(read('Is there a price list?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('Could we get a product tour?').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('Do you keep audit logs?').intent).toEqual({ kind: 'question', topics: ['security'] });
    expect(read('Does it work with our CRM?').intent).toEqual({ kind: 'question', topics: ['integration'] });
    expect(read('Is it month-to-month or is there a lock-in?').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
  });

  // What the sixteenth blind part (written after the synonym pass) taught.
  test('when a reply is written quickly in words the synonym pass missed, then it reads as meant', () => {
    expect(read('Ping me the details.').category).toBe('interested');
    expect(read('Would love a quick walk-through.').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('How is this priced?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('Во сколько обойдётся на 20 человек?').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read('Какие у вас гарантии по персональным данным?').flags.priority).toContain('security');
    expect(read('Hold that thought until after Q1 planning.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
    expect(read("Let's pick this up again in the summer.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-06-01',
    });
    expect(read('Stop reaching out.').category).toBe('unsubscribe');
    expect(read("Please don't contact this address again.").category).toBe('unsubscribe');
    // "Will take a look when I can" commits to nothing; "happy to take a look" is a yes.
    expect(read('Thanks, will take a look when I can.').category).toBe('other');
    expect(read('Happy to take a look.').category).toBe('interested');
  });

  // A Latin word boundary (\b) beside a Cyrillic letter never matches: "^нет\b" missed every "Нет.".
  test('when a rule names a Russian word, then it does not lean on a Latin word boundary', () => {
    const patterns = (v: unknown): RegExp[] =>
      v instanceof RegExp ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(patterns) : [];
    const sources = patterns(rules).map((re) => re.source);
    expect(sources.length).toBeGreaterThan(20);
    for (const source of sources) expect(source).not.toMatch(/\\b[а-яё]|[а-яё]\)?\\b/);
    expect(read('Нет.').category).toBe('not_interested');
    expect(read('Ок, давайте.').category).toBe('interested');
    expect(read('Ок, принято.').category).toBe('other');
    expect(read('Подает ли ваш сервис данные в 1С?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read('Нам хватает того, что есть в amoCRM.').category).toBe('not_interested');
    expect(read('Напишете ещё раз — пожалуемся в ФАС.').flags.legal).toBe(true);
  });

  // What the seventeenth blind part (hand-offs, wrong people, legal words, help desks) taught.
  test('when a reply hands over, says not-me, threatens in Russian or a help desk answers, then it reads as meant', () => {
    expect(read('Best person is our VP Sales, reachable at vp@initech.com.').intent.kind).toBe('referral');
    expect(read('Этот адрес больше не используется для деловой переписки.').intent.kind).toBe('wrong_person');
    expect(read('Ваши рассылки — это нарушение 152-ФЗ.').flags.legal).toBe(true);
    expect(read('Мы соблюдаем 152-ФЗ? Расскажите, как вы храните данные.').flags.legal).toBeUndefined();
    expect(read('Not interested — and I left that role two years ago.').category).toBe('not_interested');
    expect(read('Maybe. Depends on the price.').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('Sounds promising but we need SOC 2 and a DPA first.').intent).toEqual({
      kind: 'question',
      topics: ['security', 'contract'],
    });
    const auto = { 'auto-submitted': 'auto-replied' };
    expect(read("Thanks for writing in! We've got your message. Conversation ID 8842.", auto).intent).toEqual(
      {
        kind: 'auto_ack',
      },
    );
    expect(read('Мы получили ваш запрос и ответим в течение 24 часов.', auto).intent).toEqual({
      kind: 'auto_ack',
    });
  });

  // What the eighteenth blind part (capitals, Russian in Latin letters, polite brush-offs) taught.
  test('when a reply shouts, types Russian in Latin letters or brushes off politely, then it reads as meant', () => {
    expect(read('NOT INTERESTED!!!').category).toBe('not_interested');
    expect(read('Spasibo, ne aktualno.').category).toBe('not_interested');
    expect(read('Prishlite kommercheskoe predlozhenie.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read("I'll keep your details on file.").category).toBe('not_interested');
    expect(read("We'll reach out if anything changes.").category).toBe('not_interested');
    expect(read('Curious how the Salesforce sync works in practice.').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read('Let me see a live version first.').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read("I'd want to understand how you handle data deletion requests.").intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    expect(read('Можно вернуться к этому в апреле?').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
  });

  // What the nineteenth blind part (everyday answers to a cold email) taught, each beside the
  // everyday sense it must not take.
  test('when a reply hands the email up, asks for a report, or asks how it sits on a tool named before, then it reads as meant', () => {
    // "I'll pass it up to our VP" hands it on; "I'll pass" declines.
    expect(read("Send me a one-pager and I'll pass it up to our VP Sales.").category).toBe('interested');
    expect(read("Thanks, but I'll pass.").category).toBe('not_interested');
    // A SOC 2 report is a document; reporting someone is a complaint.
    const soc2 = read('Do you have a SOC 2 Type II report you can share under NDA?');
    expect(soc2.intent).toEqual({ kind: 'question', topics: ['security'] });
    expect(soc2.flags.brand).toBeUndefined();
    expect(read("Stop. I'm going to report you to your ESP.").flags.brand).toBe(true);
    expect(read('Do we need to sign an NDA first?').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    // A question about connecting leans on the tool the sentence before names.
    expect(read("We're on Outreach today. Would this sit on top of it or replace it?").intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read("We're on Outreach today. Would you be free Thursday?").intent).toEqual({ kind: 'none' });
    expect(read("I'd like to see it with our own data before committing.").intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Можно посмотреть, как это работает?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Decided against it after talking with the team.').category).toBe('not_interested');
    expect(read("I'm in marketing, not sales. Not sure who handles this, sorry.").intent.kind).toBe(
      'wrong_person',
    );
    expect(read("I'm in marketing and we'd love a demo.").intent.kind).not.toBe('wrong_person');
  });

  test('when a "not now" names when something starts, a span with "about", or waits until a quarter ends, then the follow-up date is read', () => {
    expect(
      read('Interesting, but budget for next year is already locked. Next fiscal starts July 1.').intent,
    ).toEqual({ kind: 'not_now', followUp: '2027-07-01' });
    expect(read('Circle back in about six weeks.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-04',
    });
    expect(read("We're heads-down until end of Q1.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
    expect(read('Circle back end of Q1.').intent).toEqual({ kind: 'not_now', followUp: '2027-03-01' });
    expect(read('Busy now. Try me in April.').intent).toEqual({ kind: 'not_now', followUp: '2027-04-01' });
  });

  // What the twentieth blind part (the Englishes a team meets, curt and casual) taught.
  test('when a reply is written in office English from elsewhere, or curtly, then it reads as meant', () => {
    expect(read('Please revert with the commercials and we will take it forward.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    // "Revert in Q2" is "come back in Q2"; "revert with" is "answer with".
    expect(read('Please revert in Q2, currently we are in budgeting.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
    expect(read("What's the damage for a dozen seats?").intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read('Got a recording I can watch instead of a call?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Can you show me on Zoom on Wednesday?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Can you show me your pricing?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read("What's the minimum commitment?").intent).toEqual({ kind: 'question', topics: ['contract'] });
    expect(read('This might actually solve our territory mess. When are you free?').category).toBe(
      'interested',
    );
    expect(read('Not gonna happen, sorry man.').category).toBe('not_interested');
    expect(read('Our CRM already does this, thanks.').category).toBe('not_interested');
    expect(read('Hit me back after the 15th of January.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-15',
    });
    expect(read('Вернитесь к этому вопросу во втором квартале.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
    expect(read('Do not contact.').category).toBe('unsubscribe');
    expect(read('Do not contact our support about this, write to me.').category).not.toBe('unsubscribe');
    expect(read("Your SDR's follow-ups were rude and pushy. I've complained to your CEO.").flags.brand).toBe(
      true,
    );
    expect(
      read('Please direct this to procurement@vantis.io, they handle all vendor enquiries.').intent,
    ).toEqual({
      kind: 'referral',
      people: [{ email: 'procurement@vantis.io' }],
    });
    expect(read("I'm a freelancer, I don't have a sales team.").intent.kind).toBe('wrong_person');
  });

  // What the twenty-first blind part (CFOs, CISOs, IT admins, founders, procurement) taught.
  test('when the person who answers writes in their own trade words, then it reads as meant', () => {
    expect(read("What's your refund policy if it doesn't work out after 3 months?").intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    expect(read('Do you have a bug bounty or a recent third-party audit?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    expect(read('Founder here, we are 9 people. Is this built for teams our size?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read("Head of Sales. Let's see it — bring pricing too.").intent).toEqual({
      kind: 'question',
      topics: ['pricing', 'demo'],
    });
    expect(read('Sure, walk me through it.').intent).toEqual({ kind: 'question', topics: ['demo'] });
    // "But I'd take a look" turns a no; without it the no stands.
    const video = read(
      "We're not looking to buy anything, but I'd take a look at a short video if you have one.",
    );
    expect(video.category).toBe('interested');
    expect(read("We're not looking to buy anything.").category).toBe('not_interested');
    expect(read("As CFO I can tell you there's zero budget for this.").category).toBe('not_interested');
    const ccpa = read("Under CCPA I'm requesting deletion of all personal information you hold about me.");
    expect(ccpa.category).toBe('unsubscribe');
    expect(ccpa.flags.legal).toBe(true);
    expect(read('Forwarding this to our general counsel as harassment.').flags.legal).toBe(true);
    expect(read('Our general counsel will want to see the MSA first.').category).toBe('interested');
    expect(read("I only handle IT tickets, I don't buy software. Sorry.").intent.kind).toBe('wrong_person');
    expect(read('Коллеги, прошу прекратить рассылку по всем адресам нашей компании.').category).toBe(
      'unsubscribe',
    );
    expect(read('По софту — к Сергею Иванову, s.ivanov@neftegaz-service.ru').intent.kind).toBe('referral');
  });

  // What the twenty-second blind part (polite, complete replies) taught.
  test('when a polite reply wraps its point in thanks and compliments, then the point is read', () => {
    expect(
      read("This looks like a great product, but we've recently committed to another solution.").category,
    ).toBe('not_interested');
    const advised = read(
      'Please be advised that we have not consented to receive marketing communications. Further emails will be treated as a breach of the applicable data protection regulations.',
    );
    expect(advised.flags.legal).toBe(true);
    expect(
      read('I find this approach quite disrespectful. Please reconsider how you prospect.').flags.brand,
    ).toBe(true);
    expect(read('We are interested in a pilot for one team. What would that cost?').intent).toEqual({
      kind: 'question',
      topics: ['pricing', 'demo'],
    });
    // Saying yes to a trial is a next step, not a question.
    expect(read("I'd be up for a trial if there's no credit card needed.").intent).toEqual({ kind: 'none' });
    expect(
      read('Sorry, I think this was sent to me by mistake. I work in facilities management.').intent.kind,
    ).toBe('wrong_person');
    expect(read('Пришлите, пожалуйста, презентацию и условия для команды из 25 человек.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(
      read('Данный вопрос курирует наш коммерческий директор Алексей Петров, его почта a.petrov@promtekh.ru.')
        .intent.kind,
    ).toBe('referral');
    const excluded = read(
      'Прошу исключить мой адрес из всех ваших рассылок. Согласия на получение писем я не давал.',
    );
    expect(excluded.category).toBe('unsubscribe');
    expect(excluded.flags.legal).toBe(true);
    expect(
      read('Тема интересная, но до конца года мы заняты. Напишите, пожалуйста, во второй половине января.')
        .intent,
    ).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
    expect(read('Напишите в четверг, созвонимся.').category).toBe('interested');
  });

  // What replies quoted in public sales playbooks and one real campaign taught (docs/reply-classifier.md, "Replies
  // written by others"; the replies themselves are not kept here, these are our own words).
  test('when a reply says the everyday things playbooks list, then it reads as meant', () => {
    expect(read('No interest from me. Please discontinue the emails.').category).toBe('unsubscribe');
    const away = read("I'm on sabbatical until the spring term.", { 'auto-submitted': 'auto-replied' });
    expect(away.category).toBe('out_of_office');
    expect(read("I'll look further into it. Busy this week, but I plan on using it!").category).toBe(
      'interested',
    );
    expect(read('Hello! Who do you represent?').category).toBe('other');
    expect(read('Let me know when we can talk.').category).toBe('interested');
    expect(read("Timing isn't ideal for us.").intent.kind).toBe('not_now');
    expect(read("Far too pricey, and I'm frustrated with these messages.").category).toBe('not_interested');
    expect(read("Not sure it's right for us.").category).toBe('not_interested');
    expect(read('Perhaps we could chat next month?').category).toBe('interested');
    expect(read("We're ready to move forward.").category).toBe('interested');
    // An absence note that names a cover for urgent matters is an auto-reply, address and all;
    // a person handing over is a referral.
    const covered = read("I'm out of the office until Monday. For anything urgent, contact dana@acme.com.");
    expect(covered.category).toBe('out_of_office');
    expect(covered.returnDate).toBe('2026-11-30');
    expect(
      read("I'm out of the office this week, so talk to Dana (dana@acme.com) about this.").intent.kind,
    ).toBe('referral');
    expect(
      read('That lines up with what we are trying to do. It aligns with what we planned.').category,
    ).toBe('interested');
    expect(read('What sort of support comes with it, and what is included?').category).toBe('interested');
    expect(read('I would need more details first.').category).toBe('interested');
    expect(read('Thanks for getting in touch!').category).toBe('other');
    expect(read('Price seems too steep for a team our size.').category).toBe('not_interested');
    expect(read("We're quite content with what we have.").category).toBe('not_interested');
    expect(read('We partner with another agency for this.').category).toBe('not_interested');
    expect(read('Swamped, busy with other priorities. Check back with us later.').intent.kind).toBe(
      'not_now',
    );
    expect(read('Erasure request: please delete everything.').category).toBe('unsubscribe');
    expect(read("I'd like to be removed from your lists.").category).toBe('unsubscribe');
    for (const away of [
      "I'm on PTO, I'll respond when I'm back.",
      'Unavailable until Thursday with intermittent email access.',
      "Back in the office on the 30th; I'll respond to your email then.",
    ])
      expect(read(away).category).toBe('out_of_office');
    expect(read('This inbox is no longer monitored. Write to info@acme.com instead.').category).toBe(
      'out_of_office',
    );
  });

  // What the twenty-third blind part (sarcasm beside genuine enthusiasm) taught.
  test('when a reply mocks the pitch, then it is a no; when it mocks and still asks, the question stands', () => {
    expect(read('Yes, because what I need most is another dashboard.').category).toBe('not_interested');
    expect(read("Sure, I'll get right on that. Right after never.").category).toBe('not_interested');
    expect(read('Fascinating. Truly. Anyway, no.').category).toBe('not_interested');
    expect(read('Did you even look at what we do? We run a bakery.').category).toBe('not_interested');
    expect(read('Another "game-changer"? My inbox is full of them.').category).toBe('not_interested');
    expect(read('Great, another vendor who wants our data. Where exactly is it stored?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    // The same words meant: a yes.
    expect(read('Wow, this is actually exactly what we need. When can you show me?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Yes, because our reps keep colliding. Can we talk Thursday?').category).toBe('interested');
    expect(read('Is there a way to make it stop?').category).toBe('unsubscribe');
    expect(read('You clearly did your homework. I am listening.').category).toBe('interested');
    expect(read('Maybe when pigs fly. Or in Q3, whichever comes first.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-07-01',
    });
  });

  test('when a prospect writes a stop, a no or an absence in another European language, then it is read', () => {
    for (const stop of [
      'Bitte entfernen Sie mich aus Ihrem Verteiler.',
      'Merci de me retirer : je souhaite plus recevoir ces messages, désinscrivez-moi.',
      'Quiero darme de baja, gracias.',
      'Por favor, não me enviem mais e-mails.',
      'Potete cancellarmi dalla lista?',
      'Graag afmelden voor deze mails.',
    ])
      expect(read(stop).category).toBe('unsubscribe');
    for (const no of ['Danke, kein Bedarf.', 'Nous ne sommes pas intéressés.', 'No nos interesa por ahora.'])
      expect(read(no).category).toBe('not_interested');
    const away = read('Ich bin im Urlaub und ab Montag wieder erreichbar.', {
      'auto-submitted': 'auto-replied',
    });
    expect(away.category).toBe('out_of_office');
    // Absence subjects in those languages, and Lotus Notes' "AUTO:" and AOL's "(Automatic Response)".
    for (const subject of [
      'Automatische Antwort: Angebot',
      'Respuesta automática: Re: demo',
      'AUTO: Dana Ortiz is out of the office',
      'Re: Quick question (Automatic Response)',
    ])
      expect(rules.autoReplySubject.pattern.test(subject.toLowerCase())).toBe(true);
    expect(rules.autoReplySubject.pattern.test('re: automation demo')).toBe(false);
    // Their dates are read too: "bis zum 4. Dezember", "jusqu'au 4 décembre", "hasta el 4 de diciembre".
    expect(returnDateIn('Ich bin bis zum 4. Dezember nicht im Büro.', at)).toBe('2026-12-04');
    expect(returnDateIn("Absente jusqu'au 4 décembre.", at)).toBe('2026-12-04');
    expect(returnDateIn('Fuera de la oficina hasta el 4 de diciembre.', at)).toBe('2026-12-04');
    expect(returnDateIn('Afwezig tot 4 december, daarna weer bereikbaar.', at)).toBe('2026-12-04');
    // The same words in other senses: "abwesend" is not in an English reply; "baja" alone is not a stop.
    expect(read('Our churn is baja-level low, curious how you would help.').category).not.toBe('unsubscribe');
  });

  // What the twenty-fourth blind part (lists, mixed languages, long replies) taught.
  test('when questions come as a list or the reply mixes languages, then each question counts', () => {
    expect(
      read('Questions:\n- Is this GDPR compliant?\n- What happens to our data if we cancel?').intent,
    ).toEqual({
      kind: 'question',
      topics: ['security', 'contract'],
    });
    expect(read('1. Сколько стоит?\n2. Можно ли оплатить по счёту?').intent).toEqual({
      kind: 'question',
      topics: ['pricing', 'contract'],
    });
    // A tool the reply says it does not use is no integration question; one it asks to connect to is.
    expect(
      read("1) yes we have that problem 2) no we don't use Outreach 3) sure, send the deck.").intent,
    ).toEqual({
      kind: 'none',
    });
    expect(read('Does it work with Outreach?').intent).toEqual({ kind: 'question', topics: ['integration'] });
    const auto = { 'auto-submitted': 'auto-replied' };
    expect(read('Thanks for your email. We reply within one business day.', auto).intent).toEqual({
      kind: 'auto_ack',
    });
  });

  // What the twenty-fifth blind part (each topic in specialists' words) taught.
  test("when a question names a topic in a specialist's words, then the topic is read", () => {
    const topic = (text: string, topics: string[]) =>
      expect(read(text).intent).toEqual({ kind: 'question', topics });
    topic('Which tier would we need, and what is the ROI?', ['pricing']);
    topic('Is there a staging environment to play with?', ['demo']);
    topic('Does it play nicely with our CRM?', ['integration']);
    topic('Do you enforce two-factor login?', ['security']);
    topic('Who holds liability, and what uptime do you guarantee?', ['contract']);
    topic('Есть ли двухфакторная аутентификация?', ['security']);
    topic('Какие условия расторжения?', ['contract']);
    topic('Можно пилот на месяц?', ['demo']);
    // Leaving with one's data is an export question, not a contract one; cancelling is.
    topic('Can we export everything to CSV if we leave?', ['integration']);
    topic('What happens to our data if we cancel?', ['contract']);
    // A pilot named as a point in time is not asked for; one asked about is.
    topic('Do you have a DPA we can review? Legal will want it before any pilot.', ['contract']);
    topic('What would a pilot with 5 reps look like?', ['demo']);
  });

  // What the twenty-sixth blind part (legal and brand words the rules did not know) taught.
  test('when a reply threatens or shames in new words, then legal or brand is flagged; everyday uses are not', () => {
    for (const threat of [
      'Emailing me like this is unlawful.',
      'You are not authorised to process my data.',
      'Consider this formal notice to cease contacting our staff.',
      "Keep this up and I'll contact a lawyer.",
    ])
      expect(read(threat).flags.legal).toBe(true);
    for (const shame of [
      'This looks like a scam.',
      'Creepy and shady, frankly.',
      'Expect a one-star review on G2.',
      'I screenshotted this for my whole network.',
    ])
      expect(read(shame).flags.brand).toBe(true);
    // The same words in their everyday sense.
    const reviewed = read(
      'Our lawyers reviewed your terms last year and they were fine. Happy to talk pricing now.',
    );
    expect(reviewed.flags.legal).toBeUndefined();
    expect(reviewed.intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(
      read('We had a scam call last week, so forgive the caution: who are you exactly?').flags.brand,
    ).toBeUndefined();
    expect(read('Наш юрист посмотрит договор, пришлите его.').flags.legal).toBeUndefined();
  });

  // What the twenty-seventh blind part (hand-offs and wrong people) taught.
  test('when a reply hands over or says it is the wrong person in new words, then it reads as meant', () => {
    expect(
      read('Please send this to rfp@harborline.com, all vendor pitches go through there.').intent,
    ).toEqual({
      kind: 'referral',
      people: [{ email: 'rfp@harborline.com' }],
    });
    // An address format explained is not a person.
    expect(
      read('Try our COO. Emails are first.last@harborline.com, so mark.owens@harborline.com.').intent,
    ).toEqual({
      kind: 'referral',
      people: [{ email: 'mark.owens@harborline.com' }],
    });
    for (const wrong of [
      "I'm on the engineering side. For anything sales-related ask Lisa.",
      "This isn't something I decide on. Sorry.",
      'I retired in September. Good luck!',
      'Я не принимаю решения по таким вопросам.',
      'Вы ошиблись, я работаю в HR.',
    ])
      expect(read(wrong).intent.kind).toBe('wrong_person');
    // "She has sales covered" beside no address is no hand-off; "I decide on Tuesday" is no wrong person.
    expect(read('We decide on tools every Tuesday; happy to show you then.').intent.kind).not.toBe(
      'wrong_person',
    );
  });

  // What the twenty-eighth blind part (absence notes without headers) taught.
  test('when an absence note names a day of the month or a person says they will be away, then it reads as meant', () => {
    expect(returnDateIn("I'm away until the 3rd with no access to email.", at)).toBe('2026-12-03');
    expect(returnDateIn('Away until the 3rd of December.', at)).toBe('2026-12-03');
    expect(read("I'm away until the 3rd with no access to email.").category).toBe('out_of_office');
    expect(read("I'm out of office next week, so not a good time. Try me in January.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
    expect(read("I'm travelling this week but yes, let's talk Monday.").category).toBe('interested');
  });

  test('when a "not now" names two times or a span in days, then the one asked for is read', () => {
    expect(
      read("The timing isn't right. Our renewal window opens in September, reach out in August.").intent,
    ).toEqual({ kind: 'not_now', followUp: '2027-08-01' });
    expect(read('Can you check back with me in 90 days?').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-02-21',
    });
    expect(read("Let's revisit in the new fiscal year, which starts in April.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
    expect(read('Ask again in the new FY.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
    expect(read('Put a reminder in for mid-January and we will talk then.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-15',
    });
    expect(read('Бюджет на следующий год уже распределён, вернёмся к вопросу осенью.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-09-01',
    });
  });

  test('when an absence states a range with weekdays and then when it is back, then the stated return is read', () => {
    const at = new Date('2026-11-23T10:00:00Z');
    expect(
      returnDateIn(
        "I'm out of the office from Monday 23 November to Friday 27 November inclusive. I'll reply when I'm back on Monday 30 November.",
        at,
      ),
    ).toBe('2026-11-30');
    expect(returnDateIn('Closed from Thursday 24 December to Monday 4 January.', at)).toBe('2027-01-04');
    // Lotus Notes quotes when our mail was sent (today) beside the return: the later date is the return.
    expect(
      returnDateIn(
        'I am out of the office until 25/11/2026. Note: automated response to your message sent on 23/11/2026.',
        at,
      ),
    ).toBe('2026-11-25');
    expect(returnDateIn("I'm out today, returning 24 November.", at)).toBe('2026-11-24');
  });

  test('when a reply ends with a sign-off and a signature, then it reads as the same words without them', () => {
    const signed =
      'Lol no.\n\nThanks,\nMichael Brown\nVP Sales | Initech\nM: +1 (415) 555-0199\n\n-----------';
    expect(read(signed).category).toBe(read('Lol no.').category);
    expect(read(signed).category).toBe('not_interested');
    // A closing word with sentences under it is no sign-off: what follows is read.
    expect(read('Hi Sam,\n\nThanks,\n\nWe would like a demo next week, can you send times?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
  });

  test('when an automatic reply says its mailbox is not monitored, then it is an acknowledgement, unless the person has left', () => {
    const auto = { 'auto-submitted': 'auto-replied' };
    expect(read('This mailbox is not monitored. Please use our contact form.', auto).intent).toEqual({
      kind: 'auto_ack',
    });
    expect(read('I no longer work at Globex and this mailbox is not monitored.', auto).intent).toEqual({
      kind: 'none',
    });
  });
});
