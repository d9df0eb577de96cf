import { readFileSync } from 'node:fs';
import { parseMail } from '../../src/mail/parse.js';
import { signedContent } from '../../src/mail/sealed.js';
import type { Reply } from '../../src/store/replies.js';
import { replyMessage } from '../../src/views/reply.js';
import { labelledMails } from '../support/whole-mail.js';

/**
 * Replies in an envelope (test/fixtures/sealed): encrypted to the rep (S/MIME, PGP), signed
 * (S/MIME opaque or clear, PGP inline or MIME), Outlook's winmail.dat with or without a text part.
 * What can be read is read; what cannot goes to the owner to open in their mail client.
 */
const { labels, read, files } = labelledMails('test/fixtures/sealed');
const sealedOf = (file: string) => (labels[file] as { sealed?: string }).sealed;

test('every mail in the folder is labelled', () => {
  expect(files).toEqual(Object.keys(labels).sort());
});

test.each(Object.entries(labels))('%s is %j', async (file, label) => {
  const { mail, c } = await read(file);
  expect({
    category: c.category,
    intent: c.intent.kind,
    ...(mail.sealed ? { sealed: mail.sealed } : {}),
  }).toEqual(label);
});

test('an unreadable reply has no text and low confidence, so the owner is asked to check it', async () => {
  for (const file of files.filter(sealedOf)) {
    const { mail, c } = await read(file);
    expect([file, mail.replyText, c.signals, c.confidence < 0.6]).toEqual([
      file,
      '',
      [`sealed:${sealedOf(file)}`],
      true,
    ]);
  }
});

test('a signed reply reads as what the person wrote: no armour, no "Hash:" line, no signature block', async () => {
  expect((await read('s07-inline-pgp-clear-signed-ru.eml')).mail.replyText).toBe(
    'Спасибо, но нам это не интересно. Пожалуйста, больше не пишите.',
  );
  for (const file of ['s02-outlook-smime-opaque-signed.eml', 's03-smime-opaque-signed-der.eml'])
    expect((await read(file)).mail.replyText).toBe(
      'Hi Sam,\n\nThanks, this looks relevant. Could you send pricing for 40 seats?\n\nJane',
    );
  // The outer mail's own headers survive unwrapping: it is still Jane's reply to the same thread.
  const { mail } = await read('s02-outlook-smime-opaque-signed.eml');
  expect([mail.from.address, mail.subject, mail.inReplyTo]).toEqual([
    'jane.doe@northwind-logistics.com',
    'RE: Route planning for Northwind',
    'seq-4411.step2@ourco.io',
  ]);
});

test('a signed document attached to a reply stays an attachment: the reply is what was written beside it', async () => {
  const { mail } = await read('s11-signed-document-attached.eml');
  expect([mail.sealed, mail.replyText]).toEqual([
    undefined,
    "Signed order form attached, with our qualified signature. Let's start on Monday.\n\nMarta",
  ]);
});

test('a p7m part that is not a signature (random bytes, cut short) is read as sealed, never an error', async () => {
  expect(signedContent(Buffer.from('not DER at all'))).toBeUndefined();
  const raw = readFileSync('test/fixtures/sealed/s02-outlook-smime-opaque-signed.eml', 'latin1');
  const cut = raw.slice(0, raw.indexOf('\r\n\r\n', raw.indexOf('smime-type')) + 200);
  const mail = await parseMail(Buffer.from(cut, 'latin1'), 'cut.eml');
  expect([mail.sealed, mail.replyText]).toEqual(['S/MIME', '']);
});

test('the owner’s DM says how it came and where to read it', () => {
  const reply = {
    replyText: '',
    sealed: 'winmail.dat',
    category: 'other',
    flags: { priority: [] },
    confidence: 0.3,
    domain: 'hollandtrans.nl',
  };
  const text = JSON.stringify(
    replyMessage({ ...reply, from: 'p@hollandtrans.nl', subject: 'RE: x' } as unknown as Reply, {
      claimLine: 'no claim',
      now: new Date('2026-12-03T10:00:00Z'),
      tz: 'UTC',
      buttons: false,
    }).blocks,
  );
  expect(text).toContain("Sent as winmail.dat, Outlook's rich text: open it in Outlook to read it.");
  expect(text).toContain('please check the category');
});
