import { readFile } from 'node:fs/promises';
import { classify } from '../../src/domain/classify.js';
import { theReplyForwarded } from '../../src/mail/forwarded.js';
import { parseMail } from '../../src/mail/parse.js';

/**
 * A rep forwards a delivery report to the shared inbox: it is the server's report, and the address
 * that failed is read from the report, not lost above the forward's own header block (whose "From:
 * Microsoft Outlook <postmaster@…>" line once read as where the returned copy starts).
 */
const ours = (a: string) => a.endsWith('@claimdesk.io');
const asTheInboxReadsIt = async (file: string) => {
  const mail = theReplyForwarded(await parseMail(await readFile(`test/fixtures/mail/${file}`), file, ours));
  const c = classify({ ...mail, from: mail.from.address, receivedAt: new Date('2026-11-23T10:00:00Z') });
  return [c.category, c.bounce?.address, c.bounce?.permanent];
};

test.each([
  ['rep-forwards-bounce.eml', 'mia@contoso.com'],
  ['rep-forwards-bounce-attached.eml', 'raj.patel@northwind.example'],
])('a bounce a rep forwarded (%s) names the address that failed', async (file, address) => {
  expect(await asTheInboxReadsIt(file)).toEqual(['bounce', address, true]);
});
