import { labelledMails } from '../support/whole-mail.js';

/**
 * Replies from mail clients no corpus part wraps its texts in (test/fixtures/mail-clients):
 * Proton Mail, Yahoo, Superhuman, Hey, Spark, Fastmail, Tutanota, Zoho, Thunderbird's HTML,
 * Outlook for Mac, Samsung Email, Zimbra, QQ Mail, GMX, Mail.ru, Airmail and Front, each with
 * its own attribution line, quote markup and "sent with" line; most also as HTML alone. And
 * Gmail's and Outlook's quote headers in ten more languages each (`q01`–`q20`).
 */
const { labels, read, files } = labelledMails('test/fixtures/mail-clients');

test('every mail in the folder is labelled', () => {
  expect(files).toEqual(Object.keys(labels).sort());
});

test.each(Object.entries(labels))('%s is %j, with no flag', async (file, label) => {
  const { c } = await read(file);
  expect({ category: c.category, intent: c.intent.kind }).toEqual(label);
  expect([c.flags.legal, c.flags.brand]).toEqual([undefined, undefined]);
});

/**
 * What the DM shows must be what the person wrote: no quoted pitch, no client's line or separator,
 * no image's placeholder.
 */
const NOT_THEIRS =
  /20-minute demo|reply 'unsubscribe'|^sent (with|via)|Original|Mail original|Gesendet|wrote|^-{5,}$|\n\n\n|\[(cid|image):/im;

test.each(files)('%s: the reply text is what the person wrote', async (file) => {
  const { mail } = await read(file);
  expect(mail.replyText).not.toMatch(NOT_THEIRS);
  expect(mail.replyText.length).toBeGreaterThan(10);
});

test.each(files.filter((f) => f.endsWith('-html-only.eml')))(
  '%s reads as the same mail with its text part: HTML lines are not wrapped at 80 characters',
  async (file) => {
    const alone = (await read(file)).mail.replyText;
    expect(alone).toBe((await read(file.replace('-html-only', ''))).mail.replyText);
  },
);
