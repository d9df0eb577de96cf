import { readFile } from 'node:fs/promises';
import { parseMail } from '../../src/mail/parse.js';
import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * An auto-reply saying the contact left the company: out of office (nobody to answer), with the
 * address to write to instead as a referral, and never a return date (2026-12-04: "no longer with
 * Acme as of October 30" came out returning on 30 October next year, which would have resumed
 * the sequences on someone who left).
 */
const AUTO = ['Auto-Submitted: auto-replied'];
const autoReply = (body: string, from = 'Kate Lin <kate.lin@acme.com>') =>
  wholeMail(body, { from, subject: 'Automatic reply: Quick question', headers: AUTO }).then(classifyMail);

describe('an auto-reply from someone who left', () => {
  test('when it names a successor, then it is a referral to them and has no return date', async () => {
    const c = await autoReply(
      'Thank you for your message. I am no longer with Acme as of October 30. For sales operations please contact my successor, Dana Whitfield, at dana.whitfield@acme.com or +1 415 555 0199.',
    );
    expect([c.category, c.intent, c.returnDate]).toEqual([
      'out_of_office',
      { kind: 'referral', people: [{ email: 'dana.whitfield@acme.com', name: 'Dana Whitfield' }] },
      undefined,
    ]);
  });

  test('when it names a shared address, then the referral is that address, with no made-up name', async () => {
    const c = await autoReply(
      'Kate Lin has left Acme. For sales enquiries please contact sales@acme.com. This mailbox is not monitored.',
    );
    expect(c.intent).toEqual({ kind: 'referral', people: [{ email: 'sales@acme.com' }] });
  });

  test('when it is in Russian, then the successor is read the same way', async () => {
    const c = await autoReply(
      'Здравствуйте! Ольга Петрова больше не работает в компании. По всем вопросам пишите Ивану Смирнову: i.smirnov@metall.ru',
      'Ольга Петрова <o.petrova@metall.ru>',
    );
    expect([c.category, c.intent.kind, c.returnDate]).toEqual(['out_of_office', 'referral', undefined]);
    expect(c.intent).toMatchObject({ people: [{ email: 'i.smirnov@metall.ru' }] });
  });

  test('when it is in another European language, then the successor is read, with no title or word taken for a name', async () => {
    const de = await autoReply(
      'Herr Weber ist seit dem 31.10.2026 nicht mehr im Unternehmen tätig. Bitte wenden Sie sich an Frau Lena Braun, l.braun@acme.de.',
      'Jonas Weber <j.weber@acme.de>',
    );
    expect(de.intent).toEqual({
      kind: 'referral',
      people: [{ email: 'l.braun@acme.de', name: 'Lena Braun' }],
    });
    const es = await autoReply('Ya no trabajo en Acme. Para cualquier consulta, escriba a ventas@acme.es.');
    expect(es.intent).toEqual({ kind: 'referral', people: [{ email: 'ventas@acme.es' }] });
    const fr = await autoReply(
      'Je ne fais plus partie de la société depuis le 1er novembre. Merci de contacter p.durand@acme.fr',
    );
    expect([fr.intent.kind, fr.returnDate]).toEqual(['referral', undefined]);
  });

  test('when it names nobody, then it is an absence with no referral and no return date', async () => {
    const c = await autoReply('I no longer work at Acme since 1 November and this mailbox is not monitored.');
    expect([c.category, c.intent, c.returnDate]).toEqual(['out_of_office', { kind: 'none' }, undefined]);
  });

  test('when someone has left for the day or is away and names a stand-in, then it is an absence with its return date, no referral', async () => {
    const day = await autoReply(
      'Kate has left for the day and will be back on 24 November. For urgent matters contact bob@acme.com.',
    );
    expect([day.category, day.intent, day.returnDate]).toEqual([
      'out_of_office',
      { kind: 'none' },
      '2026-11-24',
    ]);
    const away = await autoReply(
      "I'm out of the office until 30 November. While I'm away, please contact Bob Meyer at bob.meyer@acme.com.",
    );
    expect([away.intent, away.returnDate]).toEqual([{ kind: 'none' }, '2026-11-30']);
  });

  test("when the sandbox's sample is dropped in, then it shows the referral", async () => {
    const raw = await readFile('examples/replies/left-company.eml');
    const c = classifyMail(await parseMail(raw, 'left-company.eml'));
    expect([c.category, c.intent.kind]).toEqual(['out_of_office', 'referral']);
  });
});
