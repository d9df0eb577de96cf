import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { classify, returnDateIn } from '../../src/domain/classify.js';
import { parseMail, UnparseableMail } from '../../src/mail/parse.js';

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

  test('when a mailer daemon reports a delivery that succeeded, then it is not a bounce', () => {
    const c = classify({
      from: 'mailer-daemon@mail.acme.com',
      subject: 'Successful Mail Delivery Report',
      replyText: 'This is the mail system at host mail.acme.com. Your message was successfully delivered.',
      headers: {},
      dsn: [{ recipient: 'jane@acme.com', action: 'delivered', status: '2.0.0' }],
      receivedAt: new Date('2026-11-23T10:00:00Z'),
    });
    expect(c.category).not.toBe('bounce');
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
    // Only a weekday, "tomorrow" or a short date: the nearest one (the 23rd is a Monday).
    expect(returnDateIn('Out of office until Monday.', at)).toBe('2026-11-30');
    expect(returnDateIn('Back Thursday.', at)).toBe('2026-11-26');
    expect(returnDateIn('Out until Tuesday, December 1st.', at)).toBe('2026-12-01');
    expect(returnDateIn('On vacation, back 12/7.', at)).toBe('2026-12-07');
    expect(returnDateIn('Out sick today, back tomorrow.', at)).toBe('2026-11-24');
    expect(returnDateIn("Traveling all week, I'll reply on Monday.", at)).toBe('2026-11-30');
    expect(returnDateIn('Я в отпуске до понедельника.', at)).toBe('2026-11-30');
    expect(returnDateIn('В отпуске, вернусь до 7.12', at)).toBe('2026-12-07');
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

  test('when its reader stops after the first line (| head -1), then it exits quietly with no stack trace', async () => {
    const files = Array.from({ length: 2000 }, () => fixture('ooo-headers'));
    const child = spawn('node_modules/.bin/tsx', ['src/cli/classify.ts', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    // Read the first line, then close the pipe as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
