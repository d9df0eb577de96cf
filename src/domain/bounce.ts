import { getDomain } from 'tldts';
import {
  BODY,
  HEADED_REPORT,
  PERMANENT_STATED,
  REPORT_HEADING,
  SERVER_BOILERPLATE,
  SERVER_SUBJECT,
  SMTP_REPLY,
  SUBJECT,
  TEMPORARY,
} from './report-wording.js';

/**
 * Delivery failures, as many mail servers write them: an RFC 3464 report when there is one,
 * else the sender, the subject and the text (Postfix, Exim, Sendmail, qmail, Exchange, Gmail,
 * Yahoo, SES, Domino, Courier, Russian and Japanese servers…). A bounce names the address that
 * failed and whether the failure is permanent (5xx, "failed") or a delay (4xx, "delayed").
 */

export interface DeliveryStatus {
  /** The failed address: the DSN's Original-Recipient when it is an email address, else its Final-Recipient ('' for neither). */
  recipient: string;
  action?: string;
  status?: string;
}
export interface BounceInput {
  from: string;
  fromName?: string;
  subject: string;
  /** The whole text of the mail (not only the reply part): reports put the facts anywhere. */
  bodyText: string;
  headers: Record<string, string>;
  dsn?: DeliveryStatus[];
  /** The To of the returned original message, when the report carries it. */
  returnedTo?: string[];
  /** The bounce's own recipients (our sender): never the bounced address. */
  to?: string[];
  /** The mail's new text, its history cut (reply-text.ts): a person forwarding a bounce writes some. */
  replyText?: string;
}
export interface Bounce {
  address?: string;
  permanent: boolean;
  status?: string;
  signals: string[];
}

/** A mailer daemon writes nothing but delivery reports. */
const DAEMON = /^(mailer-?daemon|mail-?daemon|mailerdaemon)@/i;
const SENDER =
  /^(mailer-?daemon|post_?master|mail-?daemon|mailerdaemon|microsoftexchange[0-9a-f]*|mdaemon|bounces?)@/i;
const SENDER_NAME =
  /(mail delivery (system|subsystem|service)|mailer[- ]daemon|postmaster|courier mail server|microsoft outlook|система доставки)/i;
// Starts where an address can (the lookbehind); tried inside a long run of its letters (a rule of
// dashes), it crossed the rest of the run at every character.
const ADDRESS = /(?<![a-z0-9._%+'=-])[a-z0-9._%+'=-]+@[a-z0-9-]+(\.[a-z0-9-]+)+/gi;
/** Where the returned copy of our email starts: addresses after this are ours, not the failure's. */
const COPY_STARTS =
  /(below this line is a copy|this is a copy of the message|original message (headers|follows)|original message headers|(header|headers|copy|text) of (the|your) original message|original message as received|original message (is )?(following|follows|below)|attachment is a copy|returned mail follows|message text follows|first \d+ lines of your (original )?message|^-+ ?(original message|元のメッセージ|исходное сообщение)|^return-path:|^received: from|^from: .*<)/im;

export function readBounce(input: BounceInput): Bounce | undefined {
  const signals: string[] = [];
  const failed = input.dsn?.filter(
    (d) => !d.action || /failed|delayed/i.test(d.action) || /^[45]/.test(d.status ?? ''),
  );
  const xFailed = input.headers['x-failed-recipients'];
  // A report that every message arrived ("delivered", "relayed") is no failure, whoever sends it.
  if (input.dsn?.length && input.dsn.every((d) => /^(delivered|relayed|expanded)/i.test(d.action ?? '')))
    return undefined;
  const daemon = DAEMON.test(input.from);
  // SENDER names every mailer daemon too; a daemon alone also makes a bounce (below).
  const named = SENDER.test(input.from) || SENDER_NAME.test(input.fromName ?? '');
  const sender = named || !input.from || input.from === '@';
  const head = input.bodyText.slice(0, 20_000);
  // Every mail passes here: the codes are read only for a mail server's mail or a bounce.
  let codes: string[] | undefined;
  const codesIn = () => (codes ??= [...head.matchAll(SMTP_REPLY)].map((m) => m[1] as string));
  const smtpReply = named && codesIn().length > 0;
  const subject = SUBJECT.test(input.subject);
  const body = BODY.test(head);
  if (failed?.length) signals.push('dsn:failed-recipient');
  if (xFailed) signals.push('header:x-failed-recipients');
  if (sender) signals.push(input.from ? `from:${input.from.split('@')[0]?.toLowerCase()}` : 'from:none');
  if (subject) signals.push('subject:bounce');
  if (body) signals.push('text:bounce');
  if (smtpReply && !body) signals.push('text:smtp-reply');
  // Failure wording beside a returned copy of our message (a message/rfc822 or headers part) is a
  // report too, whoever signs it: carriers send them from no-reply addresses with their own subjects.
  const returned = !!input.returnedTo?.length && body;
  if (returned) signals.push('attachment:returned-message');
  // Only when the report opens the reply: "Hi Sam, your email bounced:" above it is a person's note.
  const own = input.replyText ?? head;
  const boilerplate = SERVER_BOILERPLATE.exec(own);
  const verbatim =
    (!!boilerplate && !/\p{L}{2,}/u.test(own.slice(0, boilerplate.index).replace(REPORT_HEADING, ''))) ||
    (HEADED_REPORT.test(own) && BODY.test(own));
  if (verbatim && !sender && !subject) signals.push('text:server-report');
  const serverSubject = SERVER_SUBJECT.test(input.subject);
  if (
    subject &&
    body &&
    !failed?.length &&
    !xFailed &&
    !sender &&
    !returned &&
    !serverSubject &&
    forwardedByAPerson(input)
  )
    return undefined;
  const isBounce =
    !!failed?.length ||
    !!xFailed ||
    daemon ||
    (sender && (subject || body)) ||
    smtpReply ||
    (subject && body) ||
    returned ||
    serverSubject ||
    verbatim;
  if (!isBounce) return undefined;

  const report = failed?.[0];
  const [words, copy] = splitAtTheCopy(input.bodyText);
  const failurePart = `${input.subject}\n${words}`;
  // The DSN's Action says whether the server gave up ("failed", even after a 4.x.x timeout) or
  // is still trying ("delayed"); the Status class decides only when there is no Action.
  const action = report?.action?.toLowerCase();
  const statusClass = report?.status?.trim()[0];
  const permanent = report
    ? action
      ? !/delayed/.test(action)
      : statusClass !== '4'
    : !(
        (TEMPORARY.test(failurePart) ||
          (codesIn().length > 0 && codesIn().every((c) => c.startsWith('4')))) &&
        !PERMANENT_STATED.test(failurePart.replace(/fails? permanently/gi, ''))
      );
  if (!permanent) signals.push(report ? 'dsn:delayed' : 'text:temporary');
  const address = bouncedAddress(input, words, copy, report);
  return { address: address && unrouted(address), permanent, status: report?.status, signals };
}

/**
 * A person passing a bounce on with words of their own ("your email to my work address bounced;
 * still keen, write to me here"): the report is only in what they forwarded or quoted, so the
 * mail is their reply. Their own text says nothing of a failed delivery.
 */
function forwardedByAPerson(input: BounceInput): boolean {
  const own = input.replyText?.trim() ?? '';
  return own !== '' && own.length < input.bodyText.trim().length && !BODY.test(own);
}

/**
 * A person's reply without the server's report they pasted under it ("Hi Sam, your email to Rob
 * bounced, I'm the one to talk to now" over Gmail's "Delivery to the following recipient failed
 * permanently: rob@…"): what they pass on is not what they say, and the dead address is no one to
 * refer us to.
 */
export function withoutPastedReport(replyText: string): string {
  const report = SERVER_BOILERPLATE.exec(replyText);
  if (!report) return replyText;
  return replyText.slice(0, replyText.lastIndexOf('\n', report.index) + 1).trimEnd() || replyText;
}

/** "jane%acme.com@relay.example" (the old source-routed form some relays report) → "jane@acme.com". */
function unrouted(address: string): string {
  const routed = /^([^@%]+)%([a-z0-9-]+(?:\.[a-z0-9-]+)+)@[^@]+$/i.exec(address);
  return routed ? `${routed[1]}@${routed[2]}` : address;
}

/** The report's own words, and the returned copy of our message after them. */
function splitAtTheCopy(text: string): [report: string, copy: string] {
  const head = text.slice(0, 20_000);
  const cut = COPY_STARTS.exec(head);
  return cut ? [head.slice(0, cut.index), head.slice(cut.index)] : [head, ''];
}

/** Lines naming a message or its path, not a recipient: "Message-ID: <…@hotmail.com>", "Received: … id <…>". */
const NOT_A_RECIPIENT =
  /^\s*>?\s*(message-id|in-reply-to|references|received|return-path|from|sender|reply-to|x-[a-z-]+)\s*:/i;
/** The line that introduces the failed recipients in Exchange's and others' prose reports. */
const LISTS_THE_FAILED =
  /(did not reach the following recipient|could not be delivered to the following recipient|delivery to the following recipients? (has )?failed|(mail|message) (to the following recipients? could not be delivered|not delivered to the following))/i;
/**
 * A recipient named by its mailbox alone, as a server reports its own users ("\tscreenname",
 * " userx    No matches to nameserver query"): a line of one name, maybe a reason after a wide gap.
 */
const BARE_MAILBOX = /^\s*([a-z0-9](?:[a-z0-9._%+'=-]*[a-z0-9])?)\s*(?:(?:\s{2,}|\t).*)?$/i;
/** Lines quoting the original's headers: its To lists every recipient, not only the failed one. */
const HEADER_LINE = /^\s*>?\s*(to|cc)\s*:/i;

/** `words` and `copy`: the report's own text and the returned copy of our message after it. */
function bouncedAddress(
  input: BounceInput,
  words: string,
  copy: string,
  report?: DeliveryStatus,
): string | undefined {
  if (report?.recipient) return report.recipient.toLowerCase();
  const header = input.headers['x-failed-recipients']?.split(',')[0]?.trim().toLowerCase();
  if (header) return header;
  const ours = new Set([input.from, ...(input.to ?? [])].map((a) => a.toLowerCase()));
  const found = (lines: string[]) =>
    lines
      .flatMap((l) => [...l.matchAll(ADDRESS)])
      .map(
        (m) =>
          m[0]
            .toLowerCase()
            .replace(/^(smtp|rfc822|mailto)[=:;]/, '') // Exchange's "SMTP=x@y"
            .replace(/^[.']+|[.']+$/g, ''), // 'x@y' in quotes (SmarterMail)
      )
      .filter((a) => !ours.has(a) && !SENDER.test(a));
  const lines = words.split('\n').filter((l) => !NOT_A_RECIPIENT.test(l));
  // "Your message … did not reach the following recipient(s): userx@example.edu": the report names
  // the failed one, whatever the returned copy was addressed to (a list, an alias).
  const lead = lines.findIndex((l) => LISTS_THE_FAILED.test(l));
  const leadWords = lead > -1 ? LISTS_THE_FAILED.exec(lines[lead] as string) : null;
  // The lead line names the failed ("…recipient(s): userx@…") after its lead words; whose mail was
  // refused ("…not accepting mail from us@lists.example:") is not one of them.
  const rest = leadWords ? leadWords.input.slice(leadWords.index + leadWords[0].length) : '';
  const below = lead > -1 ? lines.slice(lead + 1, lead + 6) : [];
  const listed =
    found([rest.replace(/\bfrom\s+\S+@\S+/gi, ''), ...below].filter((l) => !HEADER_LINE.test(l)))[0] ??
    ownUser(input.from, below);
  if (listed) return listed;
  // "the message from sam@… to lee@… was quarantined": who it came from is us, whoever's name is on it.
  const notFrom = lines.map((l) => l.replace(/\bfrom\s+<?[^\s@<>]+@[^\s>]+>?/gi, ''));
  const candidates = [...found(notFrom.filter((l) => !HEADER_LINE.test(l))), ...found(lines)];
  // An address the report names that our returned message was also sent to ("To:", "for <…>")
  // beats an example the report's prose happens to contain ("lastname@host").
  const sentTo = new Set([
    ...(input.returnedTo ?? []),
    ...[...copy.matchAll(/(?:^\s*>?\s*(?:to|cc)\s*:.*|\bfor\s+<[^>\s]+>)/gim)].flatMap((m) =>
      [...m[0].matchAll(ADDRESS)].map((a) => a[0].toLowerCase()),
    ),
  ]);
  return (
    candidates.find((a) => sentTo.has(a)) ?? candidates[0] ?? input.returnedTo?.find((a) => !ours.has(a))
  );
}

/**
 * The first mailbox listed under the lead, named without a domain (AOL, Yale's directory): one of
 * the reporting server's own users, so at that server's domain ("MAILER-DAEMON@mr2.its.yale.edu"
 * reports for yale.edu).
 */
function ownUser(from: string, listed: string[]): string | undefined {
  const domain = getDomain(from.split('@')[1] ?? '');
  const mailbox = listed.map((l) => BARE_MAILBOX.exec(l)?.[1]).find((m) => m !== undefined);
  return domain && mailbox ? `${mailbox}@${domain}`.toLowerCase() : undefined;
}
