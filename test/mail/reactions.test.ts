import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMail } from '../../src/mail/parse.js';
import { classifyMail, wholeMail } from '../support/whole-mail.js';

/** A prospect's emoji reaction to a rep's email (test/fixtures/reactions): the emoji is the answer. */
const DIR = 'test/fixtures/reactions';
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<
  string,
  { category: string; intent: string }
>;
const read = async (file: string) => {
  const mail = await parseMail(readFileSync(join(DIR, file)), file);
  return { mail, c: classifyMail(mail) };
};

test('every reaction in the folder is labelled', () => {
  expect(
    readdirSync(DIR)
      .filter((f) => f.endsWith('.eml'))
      .sort(),
  ).toEqual(Object.keys(labels).sort());
});

test.each(Object.entries(labels))('%s is %j, with no flag', async (file, label) => {
  const { c } = await read(file);
  expect({ category: c.category, intent: c.intent.kind }).toEqual(label);
  expect(c.flags).toEqual({ priority: [] });
});

test('the reply text is the emoji alone, not "reacted via Gmail" and its link, nor the quoted email', async () => {
  expect((await read('r01-gmail-thumbs-up.eml')).mail.replyText).toBe('👍');
  expect((await read('r08-rfc9078-thumbs-up.eml')).mail.replyText).toBe('👍');
});

test('a text/plain reply that is only a handshake is a yes (U+1F91D is a hand, not a face to drop)', async () => {
  expect(classifyMail(await wholeMail('🤝')).category).toBe('interested');
});
