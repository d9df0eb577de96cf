import type { ParsedReply } from './parse.js';
import { FORWARD_SEPARATORS, ORIGINAL_SEPARATOR, OUTLOOK_RULE, replyTextOf } from './reply-text.js';

/**
 * A prospect's reply forwarded in the body ("---------- Forwarded message ---------", Outlook's
 * "From: … Sent: …" block, Apple Mail's "Begin forwarded message:"), as a rep forwards to the
 * shared inbox what reached their own mailbox: who wrote it, its subject and date, and what they
 * wrote (their own quoted history cut, as for any reply).
 */
export interface ForwardedReply {
  /** Only a forward as an attachment keeps it: the same reply reaching us directly is then one. */
  messageId?: string;
  from: { address: string; name?: string };
  subject?: string;
  date?: Date;
  replyText: string;
  /**
   * The forwarded message's whole text, and its delivery status when attached: a delivery report a
   * rep forwards names the failed address there, below the forward's own header block.
   */
  bodyText?: string;
  dsn?: ParsedReply['dsn'];
  returnedTo?: ParsedReply['returnedTo'];
}

/**
 * A separator a reply writes too (Outlook's rule, "Original Message") starts a forward only under a
 * forward's subject ("FW:", "WG:", "TR:"…), or a rep's own reply quoting the prospect would be
 * read as the prospect writing again.
 */
const FORWARD_SUBJECT = /^\s*(fwd?|fw|wg|tr|rv|enc|i|doorst|vs|vl|vb|пересл|fwd?\s*\[\d+\])\s*:/iu;
const startsForward = (line: string, underForwardSubject: boolean) => {
  const l = line.trim();
  return (
    FORWARD_SEPARATORS.some((re) => re.test(l)) ||
    (underForwardSubject && (ORIGINAL_SEPARATOR.test(l) || OUTLOOK_RULE.test(l)))
  );
};

/** The header lines of a forwarded message, in the languages mail clients write them. */
const FROM_NAMES = 'from|von|de|от кого|от|van|da|från|fra|od';
const DATE_NAMES = 'sent|date|datum|envoyé|enviado|inviato|verzonden|gesendet|дата|отправлено';
const TO_NAMES = 'to|an|à|a|para|кому|aan|cc';
const SUBJECT_NAMES = 'subject|betreff|objet|asunto|oggetto|assunto|onderwerp|тема|ämne|emne';
const HEADER = new RegExp(
  `^\\s*\\*?(${FROM_NAMES}|${DATE_NAMES}|${TO_NAMES}|${SUBJECT_NAMES})\\*?\\s?[:：]\\s*(.*)$`,
  'iu',
);
const FROM = new RegExp(`^(${FROM_NAMES})$`, 'iu');
const SUBJECT = new RegExp(`^(${SUBJECT_NAMES})$`, 'iu');
const DATE = new RegExp(`^(${DATE_NAMES})$`, 'iu');

/** Where some clients close the forwarded message (Yandex, Thunderbird add-ons, Lotus). */
const END =
  /^\s*-{2,}\s*(end of (the )?forwarded message|конец пересланного сообщения|ende der weitergeleiteten nachricht|fin du message (transféré|réexpédié))\s*-{2,}\s*$/iu;
const untilEnd = (lines: string[]) => {
  const end = lines.findIndex((l) => END.test(l));
  return end === -1 ? lines : lines.slice(0, end);
};

/** An attribution line ending in an address and a colon. */
const ATTRIBUTION = /^.{0,120}<[^\s<>@]{1,64}@[^\s<>@]{1,255}>\s*:\s*$/u;

/** "Dana Reyes <dana@acme.io>", "Dana Reyes [mailto:dana@acme.io]", "dana@acme.io". */
function person(value: string): ForwardedReply['from'] | undefined {
  const address = /[^\s<>[\]:"]+@[^\s<>[\]"]+\.[a-z]{2,}/iu.exec(value)?.[0];
  if (!address) return undefined;
  const name = value
    .replace(/<[^>]*>|\[mailto:[^\]]*\]|[^\s<>[\]:"]+@[^\s<>[\]"]+/giu, '')
    .replace(/["'*]/g, '')
    .replace(/[\s:]+$/, '')
    .trim();
  return { address: address.toLowerCase(), name: name || undefined };
}

/** The first message forwarded in the body, if its header names who wrote it. */
export function forwardedIn(body: string, subject = ''): ForwardedReply | undefined {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const underForwardSubject = FORWARD_SUBJECT.test(subject);
  const at = lines.findIndex((l) => startsForward(l, underForwardSubject));
  if (at === -1) return undefined;
  let i = at + 1;
  while (i < lines.length && !(lines[i] as string).trim()) i++;
  const fields = new Map<string, string>();
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i] as string);
    if (!m) break;
    const key = (m[1] as string).toLowerCase();
    if (FROM.test(key) && !fields.has('from')) fields.set('from', m[2] as string);
    else if (SUBJECT.test(key)) fields.set('subject', m[2] as string);
    else if (DATE.test(key)) fields.set('date', m[2] as string);
  }
  // Yandex and Mail.ru write no header block, only the attribution: '23.11.2026, 10:00, "Dana" <dana@…>:'.
  if (!fields.size && ATTRIBUTION.test(lines[i] ?? ''))
    fields.set('from', (lines[i++] as string).replace(/^[^"<]*,\s*/, ''));
  const from = person(fields.get('from') ?? '');
  if (!from) return undefined;
  // "Mon, Nov 23, 2026 at 10:00 AM" (Gmail), "23 November 2026 at 10:00:00 GMT" (Apple Mail).
  const date = new Date((fields.get('date') ?? '').replace(/\s(at|um|à|a las|alle|às|в)\s/iu, ' '));
  const text = untilEnd(lines.slice(i)).join('\n');
  return {
    from,
    subject: fields.get('subject')?.trim() || undefined,
    date: Number.isNaN(date.getTime()) ? undefined : date,
    replyText: replyTextOf(text, from.name),
    bodyText: text,
  };
}

/**
 * The prospect's reply a rep forwarded: who wrote it, its subject, date and text, read as if it
 * had come to the shared inbox (the forward's own headers, thread and Cc are the rep's, not theirs).
 */
export function theReplyForwarded(mail: ParsedReply): ParsedReply {
  const f = mail.forwarded;
  if (!f) return mail;
  return {
    ...mail,
    messageId: f.messageId ?? mail.messageId,
    from: f.from,
    subject: f.subject ?? mail.subject,
    date: f.date ?? mail.date,
    replyText: f.replyText,
    // The rep's note and the forward's header block are no part of what the prospect or server wrote.
    bodyText: f.bodyText ?? f.replyText,
    dsn: f.dsn ?? mail.dsn,
    returnedTo: f.returnedTo ?? mail.returnedTo,
    inReplyTo: undefined,
    references: [],
    copied: [],
    headers: {},
    forwarded: undefined,
  };
}

/**
 * Forwarded as an attachment (Outlook's "Forward as attachment"; `parse` is parse.ts's own
 * reader, passed in so the two files do not import each other), else in the body.
 */
export async function forwardedBy(
  attachments: { contentType: string; content: Buffer }[],
  body: string,
  subject: string,
  parse: (raw: Buffer) => Promise<ParsedReply>,
): Promise<ForwardedReply | undefined> {
  const attached = attachments.find((a) => a.contentType === 'message/rfc822');
  if (!attached) return forwardedIn(body, subject);
  try {
    const inner = await parse(attached.content);
    if (!inner.from.address) return undefined;
    return {
      messageId: inner.messageId || undefined, // none: the forward's own is kept
      from: inner.from,
      subject: inner.subject,
      date: inner.date,
      replyText: inner.replyText,
      bodyText: inner.bodyText,
      dsn: inner.dsn,
      returnedTo: inner.returnedTo,
    };
  } catch {
    return forwardedIn(body, subject); // an attachment we cannot read: the body may still say it
  }
}
