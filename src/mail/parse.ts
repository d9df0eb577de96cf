import { convert as htmlToText } from 'html-to-text';
import { type AddressObject, simpleParser } from 'mailparser';
import { isTicketSystemHeader } from '../domain/auto-reply.js';
import type { DeliveryStatus } from '../domain/bounce.js';
import type { CalendarReply } from '../domain/calendar-reply.js';
import type { Person } from '../domain/referrals.js';
import { calendarReplyIn } from './calendar.js';
import { type ForwardedReply, forwardedBy, forwardedIn } from './forwarded.js';
import { reactionIn } from './reaction.js';
import { replyTextOf } from './reply-text.js';
import { type Sealed, sealedIn, unwrappedSigned, withoutPgpArmour } from './sealed.js';

/** A reply as the rest of the app sees it: plain data, no mailparser types. */
export interface ParsedReply {
  messageId: string; // without angle brackets; generated from a hash when the mail has none
  inReplyTo?: string;
  references: string[];
  from: { address: string; name?: string };
  to: string[];
  /**
   * Who the sender copied in (Cc), with their names: "looping in Rachel" names her only there; and
   * whose message they forwarded below their note ("She owns this now, work with her directly").
   */
  copied: Person[];
  subject: string;
  date?: Date;
  /** The reply without quoted history or signature: the only text the classifier reads. */
  replyText: string;
  /** The whole text (first 64 KB): where delivery reports state what failed. */
  bodyText: string;
  /** Headers the classifier reads, lower-case names. */
  headers: Record<string, string>;
  /** RFC 3464 delivery status (a bounce): per recipient, who could not be reached and why. */
  dsn?: DeliveryStatus[];
  /** The To of the original message a delivery report returns, when it carries one. */
  returnedTo?: string[];
  /** The message was larger than the size cap: stored and classified from its first part. */
  truncated: boolean;
  /** An answer to a meeting invitation (accepted, declined…); its note is then the reply text. */
  calendar?: CalendarReply;
  /** An emoji reaction to our email (RFC 9078, Gmail): the emoji is then the reply text. */
  reaction?: string;
  /** Encrypted, or Outlook's winmail.dat alone: no text we can read (the reply text is empty). */
  sealed?: Sealed;
  /**
   * The message this mail forwards, in its body or attached, when the sender is one `parseMail`
   * was told forwards for us (a rep forwarding a prospect's reply, read as that reply).
   */
  forwarded?: ForwardedReply;
}

export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
const MAX_HTML = 512 * 1024;
/** A text/plain part anywhere in the raw mail: mailparser's text is then what the sender wrote. */
const TEXT_PART = /^content-type:\s*text\/plain/im;
const AUTO_HEADERS = [
  'auto-submitted',
  'x-autoreply',
  'x-autorespond',
  'x-auto-response-suppress',
  'precedence',
  'x-failed-recipients',
  'list-unsubscribe',
  'return-path',
];

const stripBrackets = (id: string) => id.trim().replace(/^<|>$/g, '');

const people = (a: AddressObject | AddressObject[] | undefined): Person[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) =>
    x.value.flatMap((v) =>
      v.address ? [{ email: v.address.toLowerCase(), name: v.name || undefined }] : [],
    ),
  );
const addresses = (a: AddressObject | AddressObject[] | undefined) => people(a).map((p) => p.email);

/** "rfc822; <Jane@Acme.com>" → "jane@acme.com"; an X.400 or dotless address → undefined. */
function emailIn(value: string | undefined): string | undefined {
  const address = value
    ?.replace(/^rfc822;\s*/i, '')
    .replace(/^<|>$/g, '')
    .trim()
    .toLowerCase();
  return address && /^[^@\s;/]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(address) ? address : undefined;
}

/**
 * `Final-Recipient: rfc822; jane@acme.com` and friends, one per recipient block of a
 * message/delivery-status part (blocks are separated by blank lines).
 */
function deliveryStatus(text: string): DeliveryStatus[] | undefined {
  const found: DeliveryStatus[] = [];
  for (const block of text.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(block)?.[1]?.trim();
    const final = field('Final-Recipient');
    const original = field('Original-Recipient');
    if (!final && !original) continue;
    // The address we wrote to (Original-Recipient) names the contact best; Final-Recipient may be
    // an internal alias ("user@sims-ms-daemon") or not an email address at all (X.400).
    found.push({
      recipient: [original, final].map(emailIn).find((a) => a !== undefined) ?? '',
      action: field('Action')?.toLowerCase(),
      status: field('Status'),
    });
  }
  return found.length ? found : undefined;
}

/** The To of a returned message (message/rfc822 or text/rfc822-headers part). */
function returnedTo(parts: { contentType: string; content: Buffer }[]): string[] | undefined {
  const part = parts.find((a) => /^(message\/rfc822|text\/rfc822-headers)$/i.test(a.contentType));
  const head = part?.content.toString('utf8').split(/\r?\n\r?\n/)[0];
  const to = head && /^to:\s*(.+(?:\r?\n[ \t].+)*)/im.exec(head)?.[1];
  return to ? (to.match(/[^\s<>,;"]+@[^\s<>,;"]+/g) ?? []).map((a) => a.toLowerCase()) : undefined;
}

/**
 * Mail saved on old Macs ends its lines with a bare CR; mailparser then sees one long header and
 * no body. RFC 5322 allows CR only before LF, so a bare CR is always a line end.
 */
function withLineFeeds(raw: Buffer): Buffer {
  // Most mail is CRLF throughout: look for a CR without its LF before copying anything.
  for (let cr = raw.indexOf(13); cr !== -1; cr = raw.indexOf(13, cr + 1))
    if (raw[cr + 1] !== 10) return Buffer.from(raw.toString('latin1').replace(/\r(?!\n)/g, '\r\n'), 'latin1');
  return raw;
}

/**
 * A gateway that forwards another server's report inside its own ("Returned mail" wrapping a
 * message/rfc822 that is itself a multipart/report): the inner report names the failed address.
 */
function nestedReport(parts: { contentType: string; content: Buffer }[]): string {
  for (const part of parts) {
    if (part.contentType.toLowerCase() !== 'message/rfc822') continue;
    const text = part.content.toString('utf8');
    if (/^content-type:\s*multipart\/report/im.test(text.split(/\r?\n\r?\n/)[0] ?? '')) return text;
  }
  return '';
}

export class UnparseableMail extends Error {}

/**
 * HTML as text, unwrapped. html-to-text walks the HTML's elements by recursion: a few thousand
 * unclosed tags (broken markup, or an address pasted as "<sam@x.io>" again and again) overflow
 * the stack, and mailparser's own conversion comes back empty. Such a mail is read with its tags
 * dropped: blocks and breaks as new lines, the common entities decoded.
 */
function textOfHtml(html: string): string {
  try {
    return htmlToText(html, { wordwrap: false });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return html
      .replace(/<(style|script)\b[^>]*>[^<]*<\/\1>/gi, '')
      .replace(/<\/?(br|p|div|tr|li|h[1-6]|blockquote)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] as string)
      .replace(/\n{3,}/g, '\n\n');
  }
}
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The mail's own media type ("multipart/mixed", "application/pkcs7-mime"). */
const topTypeOf = (mail: { headers: Map<string, unknown> }) =>
  (mail.headers.get('content-type') as { value?: string } | undefined)?.value ?? '';

async function parsed(source: Buffer) {
  try {
    return await simpleParser(source, {
      maxHtmlLengthToParse: MAX_HTML,
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
    });
  } catch (e) {
    throw new UnparseableMail(`mailparser failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Parses raw mail with limits: a message over MAX_MESSAGE_BYTES is cut (and flagged), HTML
 * over MAX_HTML is not turned into text. `fallbackId` names a mail without a Message-ID.
 */
export async function parseMail(
  raw: Buffer,
  fallbackId: string,
  // Whose forwards are read as the message forwarded (our reps'); nobody's by default.
  forwardsFor: (address: string) => boolean = () => false,
): Promise<ParsedReply> {
  const truncated = raw.length > MAX_MESSAGE_BYTES;
  const source = withLineFeeds(truncated ? raw.subarray(0, MAX_MESSAGE_BYTES) : raw);
  let mail = await parsed(source);
  // Signed "opaquely" (S/MIME signed-data): what the person wrote is inside the signature.
  const unsigned = unwrappedSigned(source, topTypeOf(mail), mail.attachments);
  if (unsigned) mail = await parsed(unsigned);
  const read = unsigned ?? source;
  const from = Array.isArray(mail.from) ? mail.from[0] : mail.from;
  // No From (or "<>", "<@>"), as some delivery reports come: read on, the classifier decides.
  const sender = from?.value[0];
  const address = sender?.address?.includes('@') && sender.address !== '@' ? sender.address : '';
  if (!address && !mail.text && !mail.html) throw new UnparseableMail('no From address and no text');
  const headers: Record<string, string> = {};
  for (const name of AUTO_HEADERS) {
    const v = mail.headers.get(name);
    if (v === undefined) continue;
    // mailparser reads Return-Path as an address list; "<>" (the null sender) is its empty address.
    // Repeated (a report quoting its own headers), the topmost is the one our server added.
    const envelope =
      name === 'return-path' && typeof v === 'object'
        ? ([v].flat()[0] as AddressObject | undefined)
        : undefined;
    headers[name] = envelope
      ? `<${envelope.value?.[0]?.address ?? ''}>`
      : typeof v === 'string'
        ? v
        : JSON.stringify(v);
  }
  // mailparser folds the List-* headers into one "list" object: a List-Unsubscribe is only there.
  const unsubscribe = (
    mail.headers.get('list') as { unsubscribe?: { url?: string; mail?: string } } | undefined
  )?.unsubscribe;
  if (unsubscribe) headers['list-unsubscribe'] = unsubscribe.url ?? unsubscribe.mail ?? 'present';
  // A help desk's own headers: beside "we got your message", they make it the desk's confirmation.
  for (const name of mail.headers.keys()) if (isTicketSystemHeader(name)) headers[name] = 'present';
  const contentType = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> };
  if (contentType?.value)
    headers['content-type'] =
      `${contentType.value}; report-type=${contentType.params?.['report-type'] ?? ''}`;
  // mailparser inlines a report's message/delivery-status part into the text; older versions
  // kept it as an attachment. Either way, only a multipart/report is read as a bounce report.
  // Some servers write "MULTIPART/REPORT": media types are case-insensitive.
  const isReport = contentType?.value?.toLowerCase() === 'multipart/report';
  const statusPart = mail.attachments.find((a) => a.contentType.toLowerCase() === 'message/delivery-status');
  const statusText =
    statusPart?.content.toString('utf8') ?? (isReport ? (mail.text ?? '') : nestedReport(mail.attachments));
  const references = Array.isArray(mail.references)
    ? mail.references
    : mail.references
      ? [mail.references]
      : [];
  // mailparser turns HTML into text only for the top part or beside a text part; an HTML-only
  // part inside multipart/mixed (some servers' delivery reports) would otherwise read as empty.
  // Where the mail has no text part at all, its conversion wraps lines at 80 characters, which
  // splits a sentence in the DM and a phrase for the rules: the HTML is converted here unwrapped.
  // A delivery report's text holds its status fields: left as mailparser reads it.
  const htmlOnly =
    !isReport &&
    typeof mail.html === 'string' &&
    mail.html.length <= MAX_HTML &&
    !TEXT_PART.test(read.toString('latin1'));
  // A blank text part beside the HTML (some mobile and web clients send one): the HTML says it.
  const text = mail.text?.trim() ? mail.text : undefined;
  const body = withoutPgpArmour(
    (htmlOnly ? undefined : text) ??
      (typeof mail.html === 'string' && mail.html.length <= MAX_HTML ? textOfHtml(mail.html) : ''),
  );
  const sealed = sealedIn(contentType?.value ?? '', mail.attachments, body);
  const calendar = calendarReplyIn(mail.attachments, address.toLowerCase(), sender?.name || undefined, body);
  const reaction = calendar ? undefined : reactionIn(mail.attachments);
  const forwardsOurs = !isReport && forwardsFor(address.toLowerCase());
  const introduced = isReport || forwardsOurs ? undefined : forwardedIn(body, mail.subject ?? '')?.from;
  return {
    messageId: mail.messageId ? stripBrackets(mail.messageId) : fallbackId,
    inReplyTo: mail.inReplyTo ? stripBrackets(mail.inReplyTo) : undefined,
    references: references
      .flatMap((r) => r.split(/\s+/))
      .filter(Boolean)
      .map(stripBrackets),
    from: { address: address.toLowerCase(), name: sender?.name || undefined },
    to: [...addresses(mail.to), ...addresses(mail.cc)].filter(Boolean),
    copied: [
      ...people(mail.cc),
      ...(introduced ? [{ email: introduced.address, name: introduced.name }] : []),
    ].filter((p, i, all) => all.findIndex((q) => q.email === p.email) === i),
    subject: mail.subject ?? '',
    date: mail.date,
    replyText: sealed
      ? ''
      : (reaction ??
        replyTextOf(calendar ? calendar.note : body, sender?.name || undefined).slice(0, 20_000)),
    forwarded: forwardsOurs
      ? await forwardedBy(mail.attachments, body, mail.subject ?? '', (raw) => parseMail(raw, ''))
      : undefined,
    bodyText: body.slice(0, 64 * 1024),
    headers,
    dsn: statusText ? deliveryStatus(statusText) : undefined,
    returnedTo: returnedTo(mail.attachments),
    truncated,
    calendar,
    reaction,
    sealed,
  };
}
