import { type AddressObject, simpleParser } from 'mailparser';
import { replyTextOf } from './reply-text.js';

/** A reply as the rest of the app sees it: plain data, no mailparser types. */
export interface ParsedReply {
  messageId: string; // without angle brackets; generated from a hash when the mail has none
  inReplyTo?: string;
  references: string[];
  from: { address: string; name?: string };
  to: string[];
  subject: string;
  date?: Date;
  /** The reply without quoted history or signature: the only text the classifier reads. */
  replyText: string;
  /** Headers the classifier reads, lower-case names. */
  headers: Record<string, string>;
  /** RFC 3464 delivery status (a bounce): who could not be reached, and the status code. */
  dsn?: { finalRecipient: string; action?: string; status?: string };
  /** The message was larger than the size cap: stored and classified from its first part. */
  truncated: boolean;
}

export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
const MAX_HTML = 512 * 1024;
const AUTO_HEADERS = [
  'auto-submitted',
  'x-autoreply',
  'x-autorespond',
  'x-auto-response-suppress',
  'precedence',
  'x-failed-recipients',
  'list-unsubscribe',
];

const stripBrackets = (id: string) => id.trim().replace(/^<|>$/g, '');
const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address?.toLowerCase() ?? ''));

/** `Final-Recipient: rfc822; jane@acme.com` and friends, from a message/delivery-status part. */
function deliveryStatus(text: string): ParsedReply['dsn'] {
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(text)?.[1]?.trim();
  const recipient = field('Final-Recipient') ?? field('Original-Recipient');
  if (!recipient) return undefined;
  return {
    finalRecipient: recipient.replace(/^rfc822;\s*/i, '').toLowerCase(),
    action: field('Action')?.toLowerCase(),
    status: field('Status'),
  };
}

export class UnparseableMail extends Error {}

/**
 * Parses raw mail with limits: a message over MAX_MESSAGE_BYTES is cut (and flagged), HTML
 * over MAX_HTML is not turned into text. `fallbackId` names a mail without a Message-ID.
 */
export async function parseMail(raw: Buffer, fallbackId: string): Promise<ParsedReply> {
  const truncated = raw.length > MAX_MESSAGE_BYTES;
  const source = truncated ? raw.subarray(0, MAX_MESSAGE_BYTES) : raw;
  let mail: Awaited<ReturnType<typeof simpleParser>>;
  try {
    mail = await simpleParser(source, {
      maxHtmlLengthToParse: MAX_HTML,
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
    });
  } catch (e) {
    throw new UnparseableMail(`mailparser failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  const from = Array.isArray(mail.from) ? mail.from[0] : mail.from;
  const sender = from?.value[0];
  if (!sender?.address) throw new UnparseableMail('no From address');
  const headers: Record<string, string> = {};
  for (const name of AUTO_HEADERS) {
    const v = mail.headers.get(name);
    if (v !== undefined) headers[name] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  const contentType = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> };
  if (contentType?.value)
    headers['content-type'] =
      `${contentType.value}; report-type=${contentType.params?.['report-type'] ?? ''}`;
  // mailparser inlines a report's message/delivery-status part into the text; older versions
  // kept it as an attachment. Either way, only a multipart/report is read as a bounce report.
  const isReport = contentType?.value === 'multipart/report';
  const statusPart = mail.attachments.find((a) => a.contentType === 'message/delivery-status');
  const statusText = statusPart?.content.toString('utf8') ?? (isReport ? (mail.text ?? '') : '');
  const references = Array.isArray(mail.references)
    ? mail.references
    : mail.references
      ? [mail.references]
      : [];
  const body = mail.text ?? '';
  return {
    messageId: mail.messageId ? stripBrackets(mail.messageId) : fallbackId,
    inReplyTo: mail.inReplyTo ? stripBrackets(mail.inReplyTo) : undefined,
    references: references
      .flatMap((r) => r.split(/\s+/))
      .filter(Boolean)
      .map(stripBrackets),
    from: { address: sender.address.toLowerCase(), name: sender.name || undefined },
    to: [...addresses(mail.to), ...addresses(mail.cc)].filter(Boolean),
    subject: mail.subject ?? '',
    date: mail.date,
    replyText: replyTextOf(body).slice(0, 20_000),
    headers,
    dsn: statusText ? deliveryStatus(statusText) : undefined,
    truncated,
  };
}
