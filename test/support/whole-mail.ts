import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../src/domain/classify.js';
import { type ParsedReply, parseMail } from '../../src/mail/parse.js';

/** A plain-text mail as a mail server hands it over, parsed as the inbox parses it. */
export const wholeMail = (
  body: string,
  {
    from = 'Juniper & Co <hello@juniperandco.com>',
    subject = 'Re: Quick question about your outbound',
    headers = [] as string[],
  } = {},
) =>
  parseMail(
    Buffer.from(
      [
        `From: ${from}`,
        'To: sam@ourco.io',
        `Subject: ${subject}`,
        'Date: Mon, 23 Nov 2026 08:00:00 +0000',
        'Message-ID: <m1@probe.example>',
        ...headers,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        body,
      ].join('\r\n'),
    ),
    'probe.eml',
  );

/** A parsed mail classified as the inbox classifies it. */
export const classifyMail = (m: ParsedReply) =>
  classify({ ...m, from: m.from.address, fromName: m.from.name, receivedAt: m.date ?? new Date() });

/** A folder of whole mails with their labels in labels.json (test/fixtures/calendar, reactions). */
export function labelledMails(dir: string) {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<
    string,
    { category: string; intent: string }
  >;
  /** The mail as the inbox parses it, and its classification. */
  const read = async (file: string) => {
    const mail = await parseMail(readFileSync(join(dir, file)), file);
    return { mail, c: classifyMail(mail) };
  };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  return { labels, read, files };
}
