import { autoSignals } from './auto-reply.js';
import { type Bounce, type DeliveryStatus, readBounce } from './bounce.js';
import * as rules from './classify-rules.js';
import { type Category, hit, type TextRule, type Topic } from './classify-rules.js';
import { decidingPart } from './contrast.js';
import {
  complaintByMeaning,
  type Flags,
  flagsOf,
  givePriority,
  harshWordsOfTheirOwn,
  notBuying,
} from './flags.js';
import { followUpDateIn } from './follow-up-date.js';
import { normalise } from './normalise.js';
import { offTopic } from './off-topic.js';
import { productQuestionIn, questionTopics } from './questions.js';
import { colleaguesCopied, movedTo, type Person, referredPeople } from './referrals.js';
import { MODEL_SURE, predict } from './reply-model.js';
import { returnDateIn } from './return-date.js';
import { intellectualPropertyClaim, SNEER, sneersAt, warns } from './threats.js';

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
}

export const LOW_CONFIDENCE = 0.6;

/**
 * Classifies a reply. Machine mail first (delivery reports, then automatic replies and ticket
 * acknowledgements, by headers, subject and text); then what a person wrote: a stop, a hand-off
 * to someone else, a "not now", a "no", a "yes" or a question, else other.
 */
export function classify(input: ClassifyInput): Classification {
  const text = normalise(input.replyText);
  const signals: string[] = [];
  const bounce = readBounce({ ...input, bodyText: input.bodyText ?? input.replyText });
  const auto = bounce ? [] : autoSignals(input, text);
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

  // A person's stop wins even inside an auto-reply ("I'm away. Remove me from your list.").
  const stop = hit(rules.unsubscribe, text);
  // Machine mail read from the text alone ("reference number to follow") that threatens a regulator
  // or a lawyer is a person writing like a machine.
  const person =
    (flags.legal || flags.brand) && !auto.some((s) => s.startsWith('header:') || s.startsWith('from:'));
  if (auto.length && (!stop || notice) && !person) {
    signals.push(...auto);
    const ack =
      rules.autoAck.text.pattern.test(text) ||
      auto.includes(rules.autoAck.subject.signal) ||
      auto.includes(rules.bulkAck.signal) ||
      auto.includes(rules.mailNotice.signal);
    const absent = hit(rules.outOfOfficeText, text);
    // "I no longer work here and this mailbox is not monitored" is an absence, not a ticket.
    if (ack && !absent && !rules.leftCompany.pattern.test(text))
      return out('out_of_office', { kind: 'auto_ack' }, 0.9);
    const machineSaid = auto.some((s) => s.startsWith('header:'));
    return out('out_of_office', { kind: 'none' }, machineSaid ? 0.97 : 0.85, {
      returnDate: returnDateIn(input.replyText, input.receivedAt),
    });
  }
  givePriority(text, flags, signals);
  // After a "but" that turns the reply around, the turn decides (contrast.ts); whether the reply is
  // about buying at all is read from all of it ("I'm an investor, not a buyer, but I'd love to chat").
  const deciding = decidingPart(text);
  harshWordsOfTheirOwn(text, deciding, flags, signals);
  const answer = human(input, deciding, offTopic.test(text), stop, flags, signals, out);
  // A complaint in words the rules were never taught, read by meaning (flags.ts), is a "no" at
  // least, as the rules' complaints are, where nothing else was read ("other" by default).
  if (complaintByMeaning(text, answer.category, flags, signals) && signals.includes(NOTHING_READ)) {
    signals.push('text:complaint');
    return out('not_interested', { kind: 'none' }, 0.7);
  }
  // Nobody answers from a no-reply address or in a mailing list's bulk mail: whatever it says, it
  // is no prospect's "yes".
  const bulk = NO_REPLY.test(input.from)
    ? 'from:no-reply'
    : input.headers['list-unsubscribe']
      ? 'header:list-unsubscribe'
      : undefined;
  if (answer.category === 'interested' && bulk) {
    signals.push(bulk);
    return out('other', { kind: 'none' }, LOW_CONFIDENCE);
  }
  return answer;
}

/** The signal of a reply in which neither the rules nor the category model read anything. */
const NOTHING_READ = 'default:other';

/** A yes said with weight: "still interested", "definitely keen", "очень интересно". */
/** A sender nobody answers from: "noreply@", "do-not-reply@", "notifications-noreply@", "info-noreply@". */
const NO_REPLY =
  /^([^@]*[._-])?(no-?reply|do-?not-?reply|donotreply|notifications?|auto-?reply|autoresponder)([._-][^@]*)?@/i;

type Out = (category: Category, intent: Intent, confidence: number) => Classification;

/**
 * What a person wrote; `aside` when it is about something other than buying (off-topic.ts);
 * `signals` is the classification's own list (the flags' signals are in it).
 */
function human(
  input: ClassifyInput,
  text: string,
  aside: boolean,
  stop: TextRule | undefined,
  flags: Flags,
  signals: string[],
  done: Out,
): Classification {
  if (stop) {
    signals.push(stop.signal);
    notBuying(text, flags, signals);
    return done('unsubscribe', { kind: 'none' }, 0.95);
  }
  const yes = hit(rules.interested, text);
  // "Under the GDPR, what data do you hold on me?" asks for their rights, not about the product.
  const asked = flags.legal && rules.dataAccess.test(text) ? [] : questionTopics(text);
  // Whether it asks about the offer itself, read once and only when a branch needs it.
  let aboutOffer: boolean | undefined;
  const asksAboutOffer = () => (aboutOffer ??= productQuestionIn(text));
  // "Not interested, and I left that role": the plain no is what the reply says first.
  // A recruiter or an investor who is "not a buyer" is off the subject, not the wrong contact.
  // A complaint ("disgusted that you emailed me after I left the company") is what the rep must see.
  const wrong =
    !aside &&
    !flags.brand &&
    // "Not the decision maker, but I'm curious: how does it decide…?", "I work in legal ops — could
    // this track contract owners?": their own question.
    ((rules.wrongPerson.pattern.test(text) && !rules.opensWithNo.test(text) && !asksAboutOffer()) ||
      (rules.wrongDepartment.test(text) && !asked.length && !yes && !asksAboutOffer()));
  const named = referredPeople(input.replyText, [input.from, ...(input.to ?? [])]);
  // "Looping in Rachel" with Rachel only in the Cc: a colleague copied in is who the thread goes
  // to, unless the reply says yes or asks itself ("cc'ing my assistant to book it").
  const copied =
    named.length || (!wrong && (yes || asked.length)) ? [] : colleaguesCopied(input.copied ?? [], input.from);
  const people = named.length ? named : copied;
  const moved = movedTo.test(text);
  if (people.length && (wrong || moved || rules.referralPhrase.pattern.test(text))) {
    signals.push(rules.referralPhrase.signal);
    // "I'm at maya@newco.com now, and yes, still interested": the writer moved; the yes stands.
    // "Send it to me at tom@gmail.com": a request for material at the writer's other address.
    const wants =
      yes || rules.requestsMaterial.test(text) || /^(please )?send (it |this |them )?to me\b/.test(text);
    return done(wants && moved ? 'interested' : 'other', { kind: 'referral', people }, 0.85);
  }
  // "cc'ing Rachel, who owns our tooling" with Rachel nowhere else: the wrong person, handed on.
  // A complaint is not a hand-off ("copying my boss on a cold email was a really bad call").
  if (wrong || (rules.handsOff.test(text) && !yes && !asked.length && !flags.brand)) {
    signals.push(rules.wrongPerson.signal);
    return done('other', { kind: 'wrong_person' }, 0.85);
  }
  // "Not now, but send me pricing", "No budget. That said, send me the pricing": the request is
  // what the rep acts on.
  const turned = rules.butSend.test(text);
  const later = turned || rules.neverRevisit.test(text) ? undefined : hit(rules.notNow, text);
  const followUp = later && followUpDateIn(input.replyText, input.receivedAt);
  // "Still interested, just buried. Give me till Friday.": a keen yes put off by days is a yes.
  const keenSoon =
    rules.keen.test(text) &&
    (!followUp || Date.parse(followUp) - input.receivedAt.getTime() < 14 * 86_400_000);
  // "Sure, let's chat. FYI our contract with the current tool ends in March.": a yes now, and the
  // contract's end only said for the record (no "but", no "then", nobody asked to come back later;
  // "Sounds cool but our contract runs through June" waits).
  const contractNoted =
    yes &&
    later &&
    rules.contractEnds.test(text) &&
    !rules.comeBackLater.test(text) &&
    !rules.waitForIt.test(text);
  if (later && !keenSoon && !contractNoted) {
    signals.push(later.signal);
    return done(
      'not_interested',
      followUp ? { kind: 'not_now', followUp } : { kind: 'not_now' },
      followUp ? 0.9 : 0.75,
    );
  }
  // Past the hand-offs and the not-nows ("our legal team is swamped, revisit in January").
  if (!yes && !asked.length && !asksAboutOffer()) notBuying(text, flags, signals);
  // A sneer at the pitch is a no too (threats.ts), with no flag.
  const mocking = asked.length
    ? undefined
    : rules.sarcasm.pattern.test(text)
      ? rules.sarcasm
      : sneersAt(text)
        ? { signal: SNEER }
        : undefined;
  const no = turned ? undefined : (hit(rules.notInterested, text) ?? mocking);
  // A threat of a regulator or a lawyer over our mail means "stop", said as strongly as it gets.
  if (
    flags.legal &&
    !yes &&
    !asked.length &&
    // A request to see one's data is no stop, unless it warns of what comes next.
    (!rules.dataAccess.test(text) || warns(text)) &&
    !asksAboutOffer() &&
    !intellectualPropertyClaim(text)
  ) {
    signals.push('text:legal-threat');
    return done('unsubscribe', { kind: 'none' }, 0.85);
  }
  if (flags.brand && !yes && !no) {
    // A complaint about how we wrote to them is a "no" at least, whatever it happens to ask.
    signals.push('text:complaint');
    return done('not_interested', { kind: 'none' }, 0.75);
  }
  if (no) {
    signals.push(no.signal);
    return done('not_interested', { kind: 'none' }, yes ? 0.6 : 0.9);
  }
  if (aside && !asked.length) {
    signals.push('text:off-topic');
    return done('other', { kind: 'none' }, 0.8);
  }
  if (asked.length) {
    signals.push(...asked.map((t) => `text:question:${t}`));
    return done('interested', { kind: 'question', topics: asked }, 0.9);
  }
  if (yes) {
    signals.push(yes.signal);
    return done('interested', asksAboutOffer() ? { kind: 'question', topics: [] } : { kind: 'none' }, 0.85);
  }
  if (rules.puzzled.test(text)) {
    signals.push('text:puzzled');
    return done('other', { kind: 'none' }, 0.8);
  }
  if (rules.undecided.test(text)) {
    signals.push('text:undecided');
    return done('other', { kind: 'none' }, 0.7);
  }
  if (asksAboutOffer()) {
    // "What makes you different?": a question about the offer is a door left open.
    signals.push('text:question');
    return done('interested', { kind: 'question', topics: [] }, 0.6);
  }
  // Nothing the rules know: the trained model may recognise a plain "yes" or "no" in words
  // the rules never listed. Only a sure guess, and only those two: a stop or a bounce has
  // effects too strong to take from a word count.
  const guess = predict(text);
  if (guess.p >= MODEL_SURE && (guess.category === 'interested' || guess.category === 'not_interested')) {
    signals.push(`model:${guess.category}:${guess.p.toFixed(2)}`);
    return done(guess.category, { kind: 'none' }, Math.min(0.8, guess.p - 0.1));
  }
  signals.push(NOTHING_READ);
  // Nothing matched: say so, unless it is a short acknowledgement.
  return done('other', { kind: 'none' }, text.length < 60 ? 0.65 : 0.45);
}
