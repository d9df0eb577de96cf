import { readdirSync, readFileSync } from 'node:fs';
import { parseMail } from '../../src/mail/parse.js';
import { classifyMail, wholeMail } from '../support/whole-mail.js';

/** Automatic replies and notices written on 2026-12-04 and after (test/fixtures/machine-written/README.md). */
const DIR = 'test/fixtures/machine-written';
const labels = JSON.parse(readFileSync(`${DIR}/labels.json`, 'utf8')) as Record<
  string,
  { category: string; intent: string; returnDate?: string; referrals?: string[] }
>;

describe('machine mail in shapes the corpus lacked', () => {
  test('every labelled file is there', () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.eml'))
        .sort(),
    ).toEqual(Object.keys(labels).sort());
  });

  test.each(Object.entries(labels))(
    'when %s arrives, then it is read as labelled, never as a yes',
    async (file, want) => {
      const c = classifyMail(await parseMail(readFileSync(`${DIR}/${file}`), file));
      const referrals = c.intent.kind === 'referral' ? c.intent.people.map((p) => p.email) : undefined;
      expect({ category: c.category, intent: c.intent.kind, returnDate: c.returnDate, referrals }).toEqual({
        returnDate: undefined,
        referrals: undefined,
        ...want,
      });
    },
  );
});

describe('mail a service sends on someone’s behalf', () => {
  test('when a person writes through a company group ("\'Jane Doe\' via Sales" <sales@acme.com>), then it is their mail, read as such', async () => {
    const mail = await wholeMail("Yes, let's talk Tuesday at 10.", {
      from: "'Jane Doe' via Sales <sales@acme.com>",
    });
    expect(classifyMail(mail).category).toBe('interested');
  });
});
