import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMail } from '../../src/mail/parse.js';
import { classifyMail, wholeMail } from '../support/whole-mail.js';

/** An unsubscribe a mail client sent for the person (test/fixtures/unsubscribe-clicks): a stop. */
const DIR = 'test/fixtures/unsubscribe-clicks';
const read = async (file: string) => classifyMail(await parseMail(readFileSync(join(DIR, file)), file));

test.each(readdirSync(DIR).filter((f) => f.endsWith('.eml')))(
  '%s is an unsubscribe, with no topic read from the client’s line',
  async (file) => {
    const c = await read(file);
    expect(c.category).toBe('unsubscribe');
    expect(c.flags.priority).toEqual([]);
  },
);

test('the subject decides only when the body says nothing of the person’s', async () => {
  const asked = classifyMail(
    await wholeMail('Can you send pricing for 12 seats?', { subject: 'unsubscribe' }),
  );
  expect(asked.category).toBe('interested');
  // A reply to our email whose subject begins with the word is no command.
  const reply = classifyMail(await wholeMail('', { subject: 'Re: Stop losing deals to double emails' }));
  expect(reply.category).not.toBe('unsubscribe');
});
