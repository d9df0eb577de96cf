import { classifyMail, labelledMails, wholeMail } from '../support/whole-mail.js';

/** A prospect's emoji reaction to a rep's email (test/fixtures/reactions): the emoji is the answer. */
const { labels, read, files } = labelledMails('test/fixtures/reactions');

test('every reaction in the folder is labelled', () => {
  expect(files).toEqual(Object.keys(labels).sort());
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
