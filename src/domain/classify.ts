// First: how V8 compiles the patterns below (regexp-engine.ts says why).
import './regexp-engine.js';
import { APP_NOTICE } from './app-notice.js';
import { autoSignals } from './auto-reply.js';
import { type Bounce, type DeliveryStatus, readBounce, withoutPastedReport } from './bounce.js';
import { type CalendarReply, interestedIn } from './calendar-reply.js';
import { human, NOTHING_READ } from './classify-human.js';
import * as rules from './classify-rules.js';
import { type Category, hit, type Topic } from './classify-rules.js';
import { decidingPart } from './contrast.js';
import {
  complaintByMeaning,
  type Flags,
  flagsOf,
  givePriority,
  harshWordsOfTheirOwn,
  praiseMadePublic,
} from './flags.js';
import { unwrapped } from './layout.js';
import { quotesInQuestionsSetAside } from './mentions.js';
import { readingsOf } from './normalise.js';
import { offTopic } from './off-topic.js';
import { asksAboutTheTool } from './questions.js';
import { type Person, referredPeople } from './referrals.js';
import { returnDateIn } from './return-date.js';
import { othersStopped, stopOnlyToldOf } from './stop-questions.js';
import { clickedUnsubscribe } from './unsubscribe-clicked.js';

export { returnDateIn };

/** What the classifier may read: headers, subject, the reply's own text, a delivery report. */
export interface ClassifyInput {
  from: string;
  fromName?: string;
  subject: string;
  replyText: string;
  /** The whole text of the mail, for delivery reports; defaults to the reply text. */
  bodyText?: string;
  headers: Record<string, string>;
  dsn?: DeliveryStatus[];
  returnedTo?: string[];
  /** The mail's recipients (our side): never a referral or a bounced address. */
  to?: string[];
  /** Who the sender copied in (Cc), with names. */
  copied?: Person[];
  /** When the reply arrived: dates like "back on 3 Dec" or "in Q3" are read from it. */
  receivedAt: Date;
  /** An answer to a meeting invitation; `replyText` is then its note. */
  calendar?: CalendarReply;
  /** How a reply nobody but its recipient can read came (encrypted, winmail.dat): no text to read. */
  sealed?: string;
  /** The message it answers (In-Reply-To) and its thread (References), when the mail says. */
  inReplyTo?: string;
  references?: string[];
}

/** What the reply asks for, beyond its category. */
export type Intent =
  | { kind: 'none' }
  | { kind: 'question'; topics: Topic[] }
  | { kind: 'referral'; people: Person[] }
  | { kind: 'not_now'; followUp?: string }
  | { kind: 'wrong_person' }
  | { kind: 'auto_ack' };

export interface Classification {
  category: Category;
  intent: Intent;
  /** legal: a threat (the owner's lead and compliance hear of it); brand: a complaint (RevOps). */
  flags: Flags;
  /** 0..1. Below LOW_CONFIDENCE the owner is asked to check the category. */
  confidence: number;
  /** What decided, e.g. ["header:auto-submitted=auto-replied", "subject:auto-reply"]. */
  signals: string[];
  /** Out of office: the return date the reply states (ISO date), if any. */
  returnDate?: string;
  /** Bounce: the address that failed and whether for good. */
  bounce?: Omit<Bounce, 'signals'>;
  /** Kept for stored replies and the API: the bounced address. */
  bouncedAddress?: string;
  /**
   * Addresses other than the writer's that they asked us to stop mailing ("please remove
   * john.doe@acme.com, he left the company"): suppressed; the writer only when the category says so.
   */
  stopsFor?: string[];
  /**
   * The stop is someone else's ("remove him from your list", "take my colleague Joe off"): the
   * writer is not suppressed; the app suppresses the contact our email went to when that is not
   * the writer (an assistant answering for their boss).
   */
  stopAskedForAnother?: true;
}

/** How a reading ends: its category, intent and confidence (classify() adds the flags and signals). */
export type Out = (category: Category, intent: Intent, confidence: number) => Classification;

export const LOW_CONFIDENCE = 0.6;

/**
 * Classifies a reply. Machine mail first (delivery reports, then automatic replies and ticket
 * acknowledgements, by headers, subject and text); then what a person wrote: a stop, a hand-off
 * to someone else, a "not now", a "no", a "yes" or a question, else other.
 */
export function classify(given: ClassifyInput): Classification {
  // A delivery report is read as the server wrote it; a person's words as they typed them.
  const bounce = readBounce({ ...given, bodyText: given.bodyText ?? given.replyText });
  const input = {
    ...given,
    replyText: unwrapped(bounce ? given.replyText : withoutPastedReport(given.replyText)),
  };
  // Machine mail is read as sent, courtesies and all; a person's answer without them.
  const readings = readingsOf(input.replyText);
  const { written } = readings;
  // "What does it do when a prospect replies 'not interested'?", "Как система отличает автоответ
  // «я в отпуске»?": a quote in a question about the tool is named, not said.
  const text = quotesInQuestionsSetAside(readings.answer, asksAboutTheTool);
  // Most replies have no courtesy to cut, so both readings are one string: read it once.
  const asSent =
    readings.asSent === readings.answer ? text : quotesInQuestionsSetAside(readings.asSent, asksAboutTheTool);
  const signals: string[] = [];
  const auto = bounce ? [] : autoSignals(input, asSent);
  // A machine reporting on our mail ("verify you are human to have it delivered") asks nobody to stop.
  const notice = auto.includes(rules.mailNotice.signal);
  // A delivery report quotes a server ("likely unsolicited mail", "spam"), a sender check a spam
  // filter: no person complained.
  const flags: Flags = bounce || notice ? { priority: [] } : flagsOf(text, signals);
  const out = (
    category: Category,
    intent: Intent,
    confidence: number,
    extra: Partial<Classification> = {},
  ) => ({
    category,
    intent,
    flags,
    confidence,
    signals,
    ...extra,
  });

  if (bounce) {
    signals.push(...bounce.signals);
    const { signals: _, ...detail } = bounce;
    const sure = input.dsn?.length || input.headers['x-failed-recipients'] || bounce.signals.length >= 3;
    return out('bounce', { kind: 'none' }, sure ? 0.98 : 0.85, {
      bounce: detail,
      bouncedAddress: detail.address,
    });
  }

  if (input.calendar) return invitationAnswered(input, input.calendar);
  // Nothing to read: the owner opens it in their mail client and sets the category.
  if (input.sealed && !text.trim()) {
    signals.push(`sealed:${input.sealed}`);
    return out('other', { kind: 'none' }, 0.3);
  }

  // A person's stop wins even inside an auto-reply ("I'm away. Remove me from your list.").
  const said = hit(rules.unsubscribe, text);
  // Who else the stop names ("take my colleague Joe off", "remove john.doe@acme.com, he left"): the
  // addresses go with the answer, suppressed beside or instead of the writer.
  const { forAnother, addresses: stopsFor } = said
    ? othersStopped(input.replyText, rules.unsubscribe, input.from)
    : { forAnother: false, addresses: [] as string[] };
  // "Can reps opt out of the alerts?", "A prospect asked to be removed and another rep emailed her
  // anyway. Let's talk.": a stop only told of; "take my colleague Joe off your list": someone
  // else's (stop-questions.ts).
  const stop =
    (said && (stopOnlyToldOf(text, rules.unsubscribe, (s) => !!hit(rules.interested, s)) || forAnother)
      ? undefined
      : said) ?? clickedUnsubscribe(input.subject, text);
  // Machine mail read from the text alone ("reference number to follow") that threatens a regulator
  // or a lawyer is a person writing like a machine.
  const person =
    (flags.legal || flags.brand) && !auto.some((s) => s.startsWith('header:') || s.startsWith('from:'));
  if (auto.length && (!stop || notice) && !person) {
    signals.push(...auto);
    const ack =
      rules.autoAck.text.pattern.test(asSent) ||
      auto.includes(rules.autoAck.subject.signal) ||
      auto.includes(rules.bulkAck.signal) ||
      auto.includes(rules.mailNotice.signal) ||
      auto.includes(APP_NOTICE);
    const absent = hit(rules.outOfOfficeText, asSent);
    const left = rules.leftCompany.pattern.test(asSent);
    // "I no longer work here and this mailbox is not monitored" is an absence, not a ticket.
    if (ack && !absent && !left) return out('out_of_office', { kind: 'auto_ack' }, 0.9);
    const machineSaid = auto.some((s) => s.startsWith('header:'));
    const confidence = machineSaid ? 0.97 : 0.85;
    if (left) {
      // Gone for good: no return date ("no longer with Acme as of October 30" is when they left),
      // and whoever they name to write to instead is a referral, as it is when a person says it.
      const people = referredPeople(input.replyText, [input.from, ...(input.to ?? [])]);
      return out(
        'out_of_office',
        people.length ? { kind: 'referral', people } : { kind: 'none' },
        confidence,
      );
    }
    return out('out_of_office', { kind: 'none' }, confidence, {
      returnDate: returnDateIn(input.replyText, input.receivedAt),
    });
  }
  // A newsletter answers nobody: its "unsubscribe" is its own footer, its "book a demo" an advert.
  const newsletter = listMail(input);
  if (newsletter)
    return { ...out('other', { kind: 'none' }, 0.8), flags: { priority: [] }, signals: [newsletter] };
  givePriority(text, flags, signals);
  // After a "but" that turns the reply around, the turn decides (contrast.ts); whether the reply is
  // about buying at all is read from all of it ("I'm an investor, not a buyer, but I'd love to chat").
  const deciding = decidingPart(text);
  harshWordsOfTheirOwn(text, deciding, flags, signals);
  praiseMadePublic(text, deciding, flags, signals);
  // Whoever else the stop named goes with every answer below.
  const alsoStopped: Partial<Classification> = {
    ...(stopsFor.length ? { stopsFor } : {}),
    ...(forAnother ? { stopAskedForAnother: true as const } : {}),
  };
  const answer = {
    ...human(input, deciding, offTopic.test(text), { rule: stop, others: stopsFor }, flags, signals, out),
    ...alsoStopped,
  };
  // A complaint in words the rules were never taught, read by meaning (flags.ts), is a "no" at
  // least, as the rules' complaints are, where nothing else was read ("other" by default). A
  // hand-off to someone else is read by the rules alone: "I'm not the decision maker — that's our
  // CRO, Lisa Park… feel free to mention we spoke" is no complaint, whatever its words sound like.
  const handedOn = answer.intent.kind === 'referral' || answer.intent.kind === 'wrong_person';
  if (
    !handedOn &&
    complaintByMeaning(text, answer.category, flags, signals, written) &&
    signals.includes(NOTHING_READ)
  ) {
    signals.push('text:complaint');
    return out('not_interested', { kind: 'none' }, 0.7, alsoStopped);
  }
  // Nobody answers from a no-reply address or in a mailing list's bulk mail: whatever it says, it
  // is no prospect's "yes", and the addresses a booking or a form notice lists hand nothing on.
  const bulk = bulkSender(input);
  if ((answer.category === 'interested' || answer.intent.kind === 'referral') && bulk) {
    signals.push(bulk);
    return out('other', { kind: 'none' }, LOW_CONFIDENCE, alsoStopped);
  }
  return answer;
}

/**
 * An answer to a meeting invitation (calendar-reply.ts). The person's note decides when it says
 * something of its own (a no, a stop, an absence, a yes to another day); else the answer does:
 * accepted, maybe or another time proposed is interest, and a decline with nothing said or a
 * meeting passed to someone else is for the rep to read (other, with whom it went to).
 */
function invitationAnswered(input: ClassifyInput, calendar: CalendarReply): Classification {
  const said = input.replyText.trim() ? classify({ ...input, calendar: undefined }) : undefined;
  const signals = [`calendar:${calendar.answer}`, ...(said?.signals ?? [])];
  if (said && said.category !== 'other') return { ...said, signals };
  // The note said nothing the rules read: the answer decides, not the default.
  const decided = signals.filter((s) => s !== NOTHING_READ);
  const intent: Intent =
    calendar.answer === 'delegated' && calendar.delegatedTo.length
      ? { kind: 'referral', people: calendar.delegatedTo }
      : (said?.intent ?? { kind: 'none' });
  // A webinar's invitation from a mailing platform is nobody's meeting with the rep.
  return {
    category: interestedIn(calendar.answer) && !bulkSender(input) ? 'interested' : 'other',
    intent,
    flags: said?.flags ?? { priority: [] },
    confidence: 0.9,
    signals: decided,
  };
}

/** Mail nobody answers: the signal of a no-reply sender or a mailing list's bulk mail, if it is one. */
const bulkSender = (input: ClassifyInput) =>
  NO_REPLY.test(input.from)
    ? 'from:no-reply'
    : input.headers['list-unsubscribe']
      ? 'header:list-unsubscribe'
      : undefined;

/** "Re:", "AW:", "Ответ:", "回复：": a subject that answers another. */
const ANSWERING = /^\s*(re|aw|sv|vs|antw|odp|rif|r|ответ|отв|答复|回复|回覆)\s*(\[\d+\]|\(\d+\))?\s*[:：]/i;

/**
 * A mailing list's or a newsletter's own mail (List-Unsubscribe, or Precedence: bulk or list)
 * that answers nothing: no In-Reply-To, no References, no "Re:". A person answering us through
 * their company's Google Group carries the list's headers too, but answers our mail.
 */
function listMail(input: ClassifyInput): string | undefined {
  const listed =
    input.headers['list-unsubscribe'] || /^\s*(bulk|list)\s*$/i.test(input.headers.precedence ?? '');
  const answers = input.inReplyTo || input.references?.length || ANSWERING.test(input.subject);
  return listed && !answers ? 'header:list-mail' : undefined;
}

/** A sender nobody answers from: "noreply@", "do-not-reply@", "notifications-noreply@", "info-noreply@". */
const NO_REPLY =
  /^([^@]*[._-])?(no-?reply|do-?not-?reply|donotreply|notifications?|auto-?reply|autoresponder)([._-][^@]*)?@/i;
