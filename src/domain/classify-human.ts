import type { Classification, ClassifyInput, Out } from './classify.js';
import * as rules from './classify-rules.js';
import { hit, type TextRule } from './classify-rules.js';
import { type Flags, MOCK_PRAISE, notBuying } from './flags.js';
import { followUpDateIn } from './follow-up-date.js';
import { handedOnOtherwise, someoneElseDecides } from './hand-offs.js';
import {
  ALSO_INVITED,
  CARRIES_IT_UP,
  CHANGED_JOBS,
  doubtsThenAsks,
  IF_YOU_CHANGED,
  KEEN_THOUGH_NOT_THE_BUYER,
  OWN_ASSISTANT,
  PASSES_IT_ON,
  PRICE_CONDITION,
  PRICE_OBJECTION,
  questionsNotOfTime,
  SEND_IT,
  SEND_IT_TO_ME,
  WILL_ANSWER,
  withoutNoIfNot,
  withPriceAsked,
} from './human-phrases.js';
import { onlyAsksIfLawful } from './lawful-asked.js';
import { productQuestionIn, questionTopics } from './questions.js';
import { colleaguesCopied, movedTo, movesHere, referredPeople } from './referrals.js';
import { MODEL_SURE, predict } from './reply-model.js';
import { handsOffToRussianName } from './russian-names.js';
import { readsLikeANotice } from './service-notices.js';
import { OPEN_MOCKERY, ridicules, SNEER, sneersAt } from './sneers.js';
import { stopAnswer } from './stop-answer.js';
import { intellectualPropertyClaim, warns } from './threats.js';

/**
 * What a person wrote, read once classify.ts has ruled out machine mail: a stop, a hand-off to
 * someone else, a "not now", a "no", a "yes" or a question, else other.
 */

/** The signal of a reply in which neither the rules nor the category model read anything. */
export const NOTHING_READ = 'default:other';
/** Distinct words the trained model must know before its guess counts (classify-human's last step). */
const FEWEST_WORDS_KNOWN = 2;

/** A day named: "the 18th", "the week of the 18th", "Tuesday", "18 января". */
const A_DAY =
  /\b(the )?\d{1,2}(st|nd|rd|th)\b|\bweek of\b|\b(mon|tues|wednes|thurs|fri)day\b|(?<![а-яё])(\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)|понедельник|вторник|среду|четверг|пятницу)(?![а-яё])/;

/**
 * What a person wrote; `aside` when it is about something other than buying (off-topic.ts);
 * `stop` the writer's own stop, if any, and the addresses they asked us to stop mailing instead;
 * `signals` is the classification's own list (the flags' signals are in it).
 */
export function human(
  input: ClassifyInput,
  text: string,
  aside: boolean,
  stop: { rule: TextRule | undefined; others: string[] },
  flags: Flags,
  signals: string[],
  done: Out,
): Classification {
  if (stop.rule && !movesHere(text)) return stopAnswer(input, text, stop.rule, flags, signals, done);
  // "Under the GDPR, what data do you hold on me?" asks for their rights, not about the product;
  // "I'd like a copy of all personal data you hold on me" wants no offer either.
  const rightsAsked = flags.legal && rules.dataAccess.test(text);
  // An offer that hangs on a price asks the price, however it is put.
  const asked = rightsAsked ? [] : withPriceAsked(questionTopics(text), PRICE_CONDITION.test(text));
  // "Love this. Posting it on LinkedIn as the laziest pitch of the year.": praise beside ridicule
  // of the pitch, or asking for nothing beside it made public (flags.ts), is mock praise, no yes
  // (a question beside it still asks).
  const mock = ridicules(text) || signals.includes(MOCK_PRAISE);
  // "Cc'ing Jen from RevOps. Jen, can you take a look?": the request is put to the colleague.
  const handedTo =
    /\b(?:cc'?ing|copying|loop(?:ing)? in|adding|forward(?:ing|ed)? (?:this |it )?to) ([a-z]+)\b/.exec(
      text,
    )?.[1];
  const askedOfThem = !!handedTo && new RegExp(`(^|[.!?—–-]\\s*)${handedTo}, `).test(text);
  // "Решение за генеральным. Подготовьте КП, я передам.", "Send me a one-pager and I'll pass it up
  // to our VP": material asked for, to carry up themself, is a yes however the rest hands on.
  const carriesItUp =
    PASSES_IT_ON.test(text) && (asked.length > 0 || rules.requestsMaterial.test(text) || SEND_IT.test(text));
  const yes =
    (mock && !asked.length) || askedOfThem || rightsAsked
      ? undefined
      : (hit(rules.interested, text) ?? (carriesItUp ? CARRIES_IT_UP : undefined));
  // Whether it asks about the offer itself, read once and only when a branch needs it.
  let aboutOffer: boolean | undefined;
  const asksAboutOffer = () => (aboutOffer ??= productQuestionIn(text));
  // "Not interested, and I left that role": the plain no is what the reply says first.
  // A recruiter or an investor who is "not a buyer" is off the subject, not the wrong contact.
  // A complaint ("disgusted that you emailed me after I left the company") is what the rep must see.
  // "I'm no longer with Fernhill. I've moved to Castlerock — happy to chat there": a yes from the new job.
  const wrong =
    !aside &&
    !flags.brand &&
    // "I have forwarded this to our legal department for review": a threat, not a hand-off.
    !flags.legal &&
    !(yes && (CHANGED_JOBS.test(text) || KEEN_THOUGH_NOT_THE_BUYER.test(text))) &&
    !carriesItUp &&
    // "Not the decision maker, but I'm curious: how does it decide…?", "I work in legal ops — could
    // this track contract owners?": their own question.
    // "Forwarded it to my boss, he's keen, let's talk": the writer books the call themself.
    (((rules.wrongPerson.pattern.test(text) || handsOffToRussianName(text) || handedOnOtherwise.test(text)) &&
      !rules.opensWithNo.test(text) &&
      !asksAboutOffer() &&
      !rules.letsMeet.test(text)) ||
      (rules.wrongDepartment.test(text) && !asked.length && !yes && !asksAboutOffer()));
  // Whoever they asked us to stop mailing ("remove john.doe@acme.com, he left") is offered to no one.
  const named = referredPeople(input.replyText, [input.from, ...(input.to ?? []), ...stop.others]);
  // "Looping in Rachel" with Rachel only in the Cc: a colleague copied in is who the thread goes
  // to, unless the reply says yes or asks itself ("cc'ing my assistant to book it").
  const copied =
    named.length || (!wrong && (yes || asked.length)) ? [] : colleaguesCopied(input.copied ?? [], input.from);
  const people = named.length ? named : copied;
  const moved = movedTo.test(text);
  // "I'm at Globex now. Happy to chat for my new team — sam@globex.com": a yes from a new job, its
  // address offered to claim.
  const yesFromNewJob = !!yes && CHANGED_JOBS.test(text);
  if (
    people.length &&
    (wrong || moved || yesFromNewJob || rules.referralPhrase.pattern.test(text)) &&
    // "Forwarded your email to our lawyer, John Smith (john@…). Expect to hear from him.": a threat,
    // and the lawyer no contact to claim.
    !flags.legal &&
    // "Yes, let's find 30 min. My assistant Dana (dana@…) manages my calendar, I've cc'd her": the
    // yes stands and the assistant books it.
    !(yes && (ALSO_INVITED.test(text) || OWN_ASSISTANT.test(text)))
  ) {
    signals.push(rules.referralPhrase.signal);
    // "I'm at maya@newco.com now, and yes, still interested": the writer moved; the yes stands.
    // "Send it to me at tom@gmail.com", "Отправьте лучше на личную почту": a request for material at
    // the writer's other address.
    const wants = yes || rules.requestsMaterial.test(text) || SEND_IT_TO_ME.test(text);
    return done(
      wants && (moved || yesFromNewJob) ? 'interested' : 'other',
      { kind: 'referral', people },
      0.85,
    );
  }
  // "cc'ing Rachel, who owns our tooling" with Rachel nowhere else: the wrong person, handed on.
  // A complaint is not a hand-off ("copying my boss on a cold email was a really bad call").
  if (
    wrong ||
    ((rules.handsOff.test(text) || someoneElseDecides.test(text)) && !yes && !asked.length && !flags.brand)
  ) {
    signals.push(rules.wrongPerson.signal);
    return done('other', { kind: 'wrong_person' }, 0.85);
  }
  // "Not now, but send me pricing", "No budget. That said, send me the pricing": the request is
  // what the rep acts on.
  const turned = rules.butSend.test(text);
  // "If you've added Teams support, I'd be happy to revisit": a question put as a condition, not a wait.
  const ifYouChanged = IF_YOU_CHANGED.test(text);
  // "Not ready yet. Do you integrate with Pipedrive? If so, let's talk in February.": a question
  // about the offer asked now is answered now; the wait is only when to talk.
  // ("Timing's bad, we're mid-migration to Salesforce. Maybe after Q1?" asks only when.)
  const asksNow = asked.length > 0 && questionTopics(questionsNotOfTime(text)).length > 0;
  const waits =
    turned || asksNow || rules.neverRevisit.test(text) || ifYouChanged ? undefined : hit(rules.notNow, text);
  // "In a contract with another vendor through June 2027. Happy to talk in May.": a yes, the contract
  // its context.
  const later = waits?.signal === rules.CONTRACT_UNTIL && yes ? undefined : waits;
  const followUp = later && followUpDateIn(input.replyText, input.receivedAt);
  // "Still interested, just buried. Give me till Friday.": a keen yes put off by days is a yes; so
  // is a meeting proposed for days ahead ("Just buried. Let's do early December.").
  const daysAhead = followUp ? (Date.parse(followUp) - input.receivedAt.getTime()) / 86_400_000 : 0;
  const soon = !!followUp && daysAhead < 14;
  // "Slammed until the 15th. Let's aim for the week of the 18th.": a meeting set for a day within
  // the month is a yes too.
  const meetingSet = rules.letsMeet.test(text) && (soon || (daysAhead < 31 && A_DAY.test(text)));
  // "Sounds good, email me Monday with a few times": a yes put off to a named day is a yes too
  // ("Not uninterested, just swamped. Next month?" still waits).
  const keenSoon =
    (rules.keen.test(text) && (!followUp || soon)) || meetingSet || (!!yes && soon && A_DAY.test(text));
  // "Sure, let's chat. FYI our contract with the current tool ends in March.": a yes now, and the
  // contract's end only said for the record (no "but", no "then", nobody asked to come back later;
  // "Sounds cool but our contract runs through June" waits).
  const contractNoted =
    yes &&
    later &&
    rules.contractEnds.test(text) &&
    !rules.comeBackLater.test(text) &&
    !rules.waitForIt.test(text);
  // "We'll get back to you next week": the writer answering soon, not asking us to wait.
  const answersSoon = soon && WILL_ANSWER.test(text);
  if (later && !keenSoon && !contractNoted && !answersSoon) {
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
  const mockedOpenly = OPEN_MOCKERY.test(text);
  const mocking =
    asked.length && !mockedOpenly
      ? undefined
      : rules.sarcasm.pattern.test(text) || mockedOpenly
        ? rules.sarcasm
        : sneersAt(text)
          ? { signal: SNEER }
          : undefined;
  // "Too expensive for us. Is there a startup plan?", "Нам дорого, есть скидки?": haggling asks.
  // "No budget this year. If you can do something under $5k, let's talk.": a yes at a price.
  const haggles =
    asked.includes('pricing') &&
    ((text.includes('?') && PRICE_OBJECTION.test(text)) || PRICE_CONDITION.test(text));
  // "We chose not to proceed… If you've added Teams support, I'd be happy to revisit": the old no reopened.
  const reopened = ifYouChanged && asked.length > 0;
  const saysNo = turned || haggles || reopened ? undefined : hit(rules.notInterested, withoutNoIfNot(text));
  // "Not sure this is for us. What does it cost for 5 seats?": a doubt, then a question about the
  // offer (read sentence by sentence only when the reply says no and asks).
  const doubted =
    !!saysNo &&
    (asked.length > 0 || asksAboutOffer()) &&
    doubtsThenAsks(text, (s) => !!hit(rules.notInterested, s));
  const no =
    turned || haggles || reopened || doubted
      ? undefined
      : (saysNo ?? (yes ? undefined : hit([rules.wellWish], text)) ?? mocking);
  // A threat of a regulator or a lawyer over our mail means "stop", said as strongly as it gets.
  if (
    flags.legal &&
    !yes &&
    // "Is this GDPR compliant? You emailed me without consent.": the question is the threat's own.
    ((!asked.length && !asksAboutOffer()) || onlyAsksIfLawful(text)) &&
    // A request to see one's data is no stop, unless it warns of what comes next.
    (!rules.dataAccess.test(text) || warns(text)) &&
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
  // effects too strong to take from a word count. A guess needs two words the model knows: every
  // corpus reply it decides has at least two; "Test" or a header-less "Unencoded Euro Sign:" has
  // one or none that mean anything.
  const guess = predict(text);
  if (
    guess.p >= MODEL_SURE &&
    guess.wordsKnown >= FEWEST_WORDS_KNOWN &&
    (guess.category === 'not_interested' || (guess.category === 'interested' && !readsLikeANotice(text)))
  ) {
    signals.push(`model:${guess.category}:${guess.p.toFixed(2)}`);
    return done(guess.category, { kind: 'none' }, Math.min(0.8, guess.p - 0.1));
  }
  signals.push(NOTHING_READ);
  // Nothing matched: say so, unless it is a short acknowledgement.
  return done('other', { kind: 'none' }, text.length < 60 ? 0.65 : 0.45);
}
