import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { classify, returnDateIn } from '../../src/domain/classify.js';
import { followUpDateIn } from '../../src/domain/follow-up-date.js';
import { parseMail, UnparseableMail } from '../../src/mail/parse.js';
import { replyTextOf } from '../../src/mail/reply-text.js';

const fixture = (name: string) => `test/fixtures/mail/${name}.eml`;
async function classified(name: string) {
  const mail = await parseMail(await readFile(fixture(name)), `file:${name}`);
  return { mail, c: classify({ ...mail, from: mail.from.address, receivedAt: mail.date ?? new Date() }) };
}

describe('reading a reply', () => {
  test('when a reply quotes our pitch, then only the new text is read: the quoted "unsubscribe" and "not interested" do not count', async () => {
    const { mail, c } = await classified('interested-en');
    expect(mail.replyText).toBe(
      "Sounds good, let's talk on Tuesday. Could you send pricing before?\n\nBest,\nJane",
    );
    expect(mail).toMatchObject({ messageId: 'reply-1@acme.com', inReplyTo: 'outbound-1@ourco.io' });
    expect(c).toMatchObject({
      category: 'interested',
      intent: { kind: 'question', topics: ['pricing'] },
      flags: { priority: ['pricing'] },
    });
    expect(c.signals).toContain('text:question:pricing');
  });

  test('when a Russian reply quotes the pitch under "написал(а):", then the quote is cut and it reads as interested with a pricing flag', async () => {
    const { mail, c } = await classified('ru-interested');
    expect(mail.from).toEqual({ address: 'ivan@globex.ru', name: 'Иван Петров' });
    expect(mail.replyText).not.toContain('Отпишитесь');
    expect(c).toMatchObject({ category: 'interested', flags: { priority: ['pricing'] } });
    expect((await classified('ru-not-interested')).c.category).toBe('not_interested');
  });

  test('when Auto-Submitted and an automatic-reply subject arrive, then it is out of office with the stated return date', async () => {
    const { c } = await classified('ooo-headers');
    expect(c).toMatchObject({ category: 'out_of_office', returnDate: '2026-12-03' });
    expect(c.signals).toEqual(
      expect.arrayContaining(['header:auto-submitted=auto-replied', 'subject:auto-reply']),
    );
  });

  test('when a multipart/report DSN arrives, then it is a bounce naming the Final-Recipient', async () => {
    const { c } = await classified('bounce-dsn');
    expect(c).toMatchObject({
      category: 'bounce',
      bouncedAddress: 'old.cto@acme.com',
      bounce: { address: 'old.cto@acme.com', permanent: true, status: '5.1.1' },
    });
    expect(c.signals).toContain('dsn:failed-recipient');
  });

  test('when a reply says "not interested" and "stop emailing me", then it is an unsubscribe', async () => {
    expect((await classified('unsubscribe-and-not-interested')).c.category).toBe('unsubscribe');
  });

  test('when a reply makes a GDPR request, then it carries the legal flag', async () => {
    expect((await classified('legal')).c.flags).toEqual({ legal: true, priority: [] });
  });

  test('when a mail has no From, then it is read with an empty sender; an empty mail fails with the reason', async () => {
    const { mail } = await classified('no-from');
    expect(mail.from).toEqual({ address: '', name: undefined });
    await expect(parseMail(Buffer.from(''), 'x')).rejects.toThrow(UnparseableMail);
    await expect(parseMail(Buffer.from(''), 'x')).rejects.toThrow('no From address and no text');
  });

  test('when an auto-reply carries a person’s unsubscribe, then the unsubscribe wins', () => {
    const c = classify({
      from: 'a@b.com',
      subject: 'Automatic reply: hello',
      replyText: 'I am away. Please remove me from your list.',
      headers: { 'auto-submitted': 'auto-replied' },
      receivedAt: new Date('2026-11-23T10:00:00Z'),
    });
    expect(c.category).toBe('unsubscribe');
  });

  test('when a word a rule looks for is used in its everyday sense, then no flag is raised', () => {
    const read = (replyText: string) =>
      classify({
        from: 'a@b.ru',
        subject: 'Re: hello',
        replyText,
        headers: {},
        receivedAt: new Date('2026-11-23T10:00:00Z'),
      });
    // "No complaints about our vendor" is not a lawyer's claim; "two teams" is not Microsoft Teams.
    expect(read('У нас нет претензий к текущему поставщику, спасибо.').flags.legal).toBeUndefined();
    expect(read('Our lawyer will send you a formal claim.').flags.legal).toBe(true);
    expect(read('Наш юрист направит вам претензию.').flags.legal).toBe(true);
    // A profession is not "wrong person"; "in 15 minutes" is not "not now".
    expect(read("I'm an engineer and this is exactly what we need.").intent.kind).not.toBe('wrong_person');
    expect(read('Давайте через 15 минут созвонимся.').intent.kind).not.toBe('not_now');
    expect(read("That's not a problem for us, Tuesday works.").category).toBe('interested');
    expect(read('This kind of outreach is exactly what we need.').flags.brand).toBeUndefined();
    // "Our office plans" are not price plans; "which plan" and "a free tier" are.
    expect(read('The new office plans were discussed at length.').flags.priority).toEqual([]);
    expect(read('Which plan fits 20 reps?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    // "Not now, but send me pricing": the request wins; a bare "Does it?" asks about the sentence before.
    expect(read('Not now, but send me pricing anyway.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read("We'd consider it if it plugs into Dynamics 365. Does it?").intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    const pilot = read('Can we get a 30-day pilot with two teams?');
    expect(pilot.intent).toEqual({ kind: 'question', topics: ['demo'] });
  });

  // What the eighth blind part taught, each beside the everyday sense it must not take.
  test('when a reply says no, points elsewhere or asks for material in new words, then it reads as meant', () => {
    const read = (replyText: string, headers: Record<string, string> = {}) =>
      classify({
        from: 'a@b.com',
        subject: 'Re: hello',
        replyText,
        headers,
        receivedAt: new Date('2026-11-23T10:00:00Z'),
      });
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
    const read = (replyText: string) =>
      classify({
        from: 'a@b.com',
        subject: 'Re: hello',
        replyText,
        headers: {},
        receivedAt: new Date('2026-11-23T10:00:00Z'),
      });
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
    expect(followUpDateIn('Try me again after Easter.', new Date('2026-11-23T10:00:00Z'))).toBe('2027-04-01');
    expect(read('We review vendors once a year, in October. Send something then.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-10-01',
    });
  });

  // What the tenth blind part (short replies) taught, each beside the everyday sense it must not take.
  test('when a reply is a few words, then it reads as meant', () => {
    const read = (replyText: string) =>
      classify({
        from: 'a@b.com',
        subject: 'Re: hello',
        replyText,
        headers: {},
        receivedAt: new Date('2026-11-23T10:00:00Z'),
      });
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
    const read = (replyText: string) =>
      classify({
        from: 'a@b.ru',
        subject: 'Re: hello',
        replyText,
        headers: {},
        receivedAt: new Date('2026-11-23T10:00:00Z'),
      });
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

  test('when an absence names only a weekday or a short date, then the return date is the nearest one', () => {
    const at = new Date('2026-11-23T10:00:00Z'); // a Monday
    expect(returnDateIn('Out of office until Monday.', at)).toBe('2026-11-30');
    expect(returnDateIn('Back Thursday.', at)).toBe('2026-11-26');
    expect(returnDateIn('Out until Tuesday, December 1st.', at)).toBe('2026-12-01');
    expect(returnDateIn('On vacation, back 12/7.', at)).toBe('2026-12-07');
    expect(returnDateIn('В отпуске, вернусь до 7.12', at)).toBe('2026-12-07');
  });

  test('when a delivery report quotes the server\'s "spam" verdict, then no brand or legal flag is raised', () => {
    const c = classify({
      from: 'mailer-daemon@googlemail.com',
      subject: 'Delivery Status Notification (Failure)',
      replyText:
        'Your message to x@acme.com has been blocked: 550 5.7.1 likely unsolicited mail (spam). Further messages will be rejected.',
      headers: {},
      receivedAt: new Date('2026-11-23T10:00:00Z'),
    });
    expect(c.category).toBe('bounce');
    expect(c.flags).toEqual({ priority: [] });
  });

  test('when return dates are written in different ways, then the first one after arrival is read', () => {
    const at = new Date('2026-11-23T10:00:00Z');
    expect(returnDateIn('Back on December 3rd', at)).toBe('2026-12-03');
    expect(returnDateIn('вернусь 5 января', at)).toBe('2027-01-05');
    expect(returnDateIn('out until 2026-11-30, ask bob', at)).toBe('2026-11-30');
    expect(returnDateIn('no dates here', at)).toBeUndefined();
    // A day alone: this month's, or next month's once past; not when a month follows.
    expect(returnDateIn("I'll get back to you when I'm back on the 30th.", at)).toBe('2026-11-30');
    expect(returnDateIn('Away until the 2nd', at)).toBe('2026-12-02');
    expect(returnDateIn('back on the 3rd of January', at)).toBe('2027-01-03');
    // Month first only where day first cannot be a date (a US "12/14/2026").
    expect(returnDateIn('out until 12/14/2026', at)).toBe('2026-12-14');
    expect(returnDateIn('в отпуске до 03.12.2026', at)).toBe('2026-12-03');
    // A range's end is the return; a month alone is its first day.
    expect(returnDateIn('away from 24 December to 4 January', at)).toBe('2027-01-04');
    expect(returnDateIn('out Dec 21 - Jan 2, limited email', at)).toBe('2027-01-02');
    expect(returnDateIn('on parental leave until February 2027', at)).toBe('2027-02-01');
    expect(returnDateIn('back in January', at)).toBe('2027-01-01');
  });
});

describe('npm run classify', () => {
  test('when given .eml files, then it prints one JSON line per file and exits 2 if one could not be parsed', async () => {
    const run = promisify(execFile);
    const files = [fixture('bounce-dsn'), fixture('ooo-headers'), 'test/fixtures/mail/missing.eml'];
    const out = await run('node_modules/.bin/tsx', ['src/cli/classify.ts', ...files]).catch(
      (e: { stdout: string; code: number }) => e,
    );
    expect((out as { code?: number }).code).toBe(2);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        file: files[0],
        category: 'bounce',
        intent: { kind: 'none' },
        flags: { priority: [] },
        bounce: { address: 'old.cto@acme.com', permanent: true, status: '5.1.1' },
      }),
      expect.objectContaining({ file: files[1], category: 'out_of_office', returnDate: '2026-12-03' }),
      { file: files[2], error: expect.stringContaining('ENOENT') },
    ]);
    expect(lines[0].signals).toContain('dsn:failed-recipient');
    expect(lines[0].confidence).toBeGreaterThan(0.9);
  });
});
