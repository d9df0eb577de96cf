import { BRAND_SURE, BRAND_SURE_IN_A_STOP, brandLikelihood, namesIn } from './brand-model.js';
import type { Category, Topic } from './classify-rules.js';
import * as rules from './classify-rules.js';
import {
  complaintPhraseOfUs,
  harshWordsSaid,
  OUR_CONDUCT,
  ofTheirOwnSide,
  sentencesOf,
  YOU_NEUTRALLY,
} from './harsh-words.js';
import { aboutSomethingElseOfOurs, takenPublic } from './made-public.js';
import { quotesSomeoneElse } from './mentions.js';
import { friendlyMention, PRAISE, productPraised } from './praise.js';
import { asksAboutTheTool, productQuestionIn, questionTopics } from './questions.js';
import { ridicules, SNEER } from './sneers.js';
import {
  brandComplaintSaid,
  lawAsAReason,
  legalThreatSaid,
  legalWordsSaid,
  nameGotWrong,
  theirOwnLegalMatters,
  threatContext,
} from './threats.js';

/**
 * A reply's flags: `legal` (a threat: the owner's lead and compliance hear of it), `brand` (a
 * complaint: RevOps hears of it) and the topics a reply gives priority to. The phrase rules
 * (classify-rules.ts) catch wordings seen before; the ideas (threats.ts) the rest.
 */
export interface Flags {
  legal?: true;
  brand?: true;
  priority: Topic[];
}

/**
 * Whether the law a reply names is a buyer's question, not a threat: "Got fined under GDPR once, so
 * how do you store contact data?" asks, and so does "My old company got fined under GDPR, so I care.
 * How do you store data?". A sentence said to us that is no question and would be a threat on its
 * own still is one: "Is this GDPR compliant? You emailed me without consent." asks and accuses.
 */
const legalWordsInAQuestion = (text: string, threatAlone: (sentence: string) => boolean) =>
  !threatContext(text) &&
  (questionTopics(text).length > 0 || productQuestionIn(text)) &&
  !bySentence(text).some(
    (s) => !s.trimEnd().endsWith('?') && !WANTS_TO_KNOW.test(s) && AT_YOU.test(s) && threatAlone(s),
  );

/** A question asked without its mark: "Our legal team wants to know how you process data under GDPR." */
const WANTS_TO_KNOW =
  /\b(want|wants|wanted|need|needs|would like|'d like|asked|asks|asking) (me |us )?to (know|understand|see|confirm|check|find out|learn) (how|whether|if|what|where|which|who|why)\b/;

/** The flags read from the whole reply, before anything decides its category. */
export function flagsOf(text: string, signals: string[]): Flags {
  const flags: Flags = { priority: [] };
  if (
    rules.legal.strong.pattern.test(text) ||
    // "Send the contract, I'll pass it to our lawyers" is paperwork, not a threat.
    (rules.legal.weak.test(text) && rules.legal.threat.test(text) && !rules.topicRules.contract.test(text))
  ) {
    // "Got fined under GDPR once, so how do you store contact data?" asks; it threatens nothing;
    // "GDPR makes this too complicated for us" gives a reason.
    if (legalWordsInAQuestion(text, (s) => rules.legal.strong.pattern.test(s)))
      signals.push('text:legal-words-in-a-question');
    else if (lawAsAReason(text)) signals.push('text:law-as-a-reason');
    else if (theirOwnLegalMatters(text, rules.legal.strong.pattern))
      signals.push('text:their-own-legal-matters');
    else {
      flags.legal = true;
      signals.push(rules.legal.strong.signal);
    }
  } else if (legalThreatSaid(text)) {
    // Not a wording seen before, but the idea of one (threats.ts); a buyer's question with the
    // law in it ("Our old vendor had no lawful basis for half our contacts. How do you record
    // consent?") threatens nothing either.
    if (legalWordsInAQuestion(text, legalThreatSaid)) signals.push('text:legal-words-in-a-question');
    else {
      flags.legal = true;
      signals.push('text:legal-idea');
    }
  }
  const mention = friendlyMention(text);
  // "Can it route customer complaints straight to legal?": a buyer's question about the product
  // names complaints; it makes none (a reproach put as a question still does).
  // The questions are costly to tell, so they are set aside only once a complaint is read.
  let said: string | undefined;
  const withoutQuestions = () => (said ??= withoutProductQuestions(text));
  if (
    !mention &&
    complaintPhraseOfUs(text, rules.brand.pattern) &&
    complaintPhraseOfUs(withoutQuestions(), rules.brand.pattern) &&
    !aboutSomethingElseOfOurs(withoutQuestions(), rules.brand.pattern)
  ) {
    flags.brand = true;
    signals.push(rules.brand.signal);
  } else if (!mention && brandComplaintSaid(text) && brandComplaintSaid(withoutQuestions())) {
    flags.brand = true;
    signals.push('text:brand-idea');
  }
  return flags;
}

/**
 * The topics a person's reply gives priority to (read only once it is known to be a person's: a
 * machine's "book a demo", or an absence "with limited access", asks about no topic).
 */
export function givePriority(text: string, flags: Flags, signals: string[]): void {
  flags.priority = rules.topics.filter((t) => rules.mentions(t, text));
  for (const t of flags.priority) signals.push(`text:priority:${t}`);
}

/** Whom a complaint about us is said to: "you", "your", "вы", "ваш", or our mail itself ("this email"). */
const AT_YOU =
  /\b(you|your|yours|yourselves|you'?re|you'?ve|you'?ll|you'?d|y'?all)\b|\b(this|these|that) (e-?mails?|messages?|pitch(es)?|notes?|outreach|sequences?|follow-?ups?|subject lines?|openers?|templates?)\b|(?<![а-яё])(вы|вас|вам|вами|ваш[а-яё]*|это письмо|эти письма)(?![а-яё])/;

/** The writer's own buyers: "a client threatened to sue over spam", "клиент угрожает судом". */
const THEIR_BUYERS = /\b(prospects?|clients?|customers?|buyers?)\b|(?<![а-яё])(клиент|покупател)[а-яё]*/;

/** The writer speaking of their own side: "we", "our", "I", "my", "мы", "наш". */
const OUR_SIDE =
  /\b(we|we'?re|we'?ve|our|ours|us|i|i'?m|i'?ve|my|me)\b|(?<![а-яё])(мы|нас|нам|наш[а-яё]*|я|мой|моя|мои|меня)(?![а-яё])/;

/**
 * A buyer's harsh words about their own troubles ("two reps pitching one CFO makes us look
 * predatory. Let's talk Tuesday.", "We got a one-star review because of it. Send pricing."): a
 * reply whose deciding part says yes or asks about the product, and which speaks of the writer's
 * side and never of us or our mail, complains of nothing we did. "Spammy subject line, but the
 * product looks good. Pricing?" still complains, and so does a name we got wrong ("Template
 * {{company}} stuff aside…").
 */
export function harshWordsOfTheirOwn(text: string, deciding: string, flags: Flags, signals: string[]): void {
  if (!flags.brand) return;
  // "…so I'm wary. How do you handle consent?", "We were reported for spam. How would you prevent
  // that?": "you" in a buyer's question about the product is no complaint at us.
  const toUs = bySentence(text)
    .filter((s) => !(s.endsWith('?') && (questionTopics(s).length || asksAboutTheTool(s))))
    .join(' ');
  // Our conduct judged ("booked a meeting on my calendar without asking") is about us, "you" or not.
  if (
    AT_YOU.test(toUs.replace(YOU_NEUTRALLY, ' ')) ||
    !(OUR_SIDE.test(text) || THEIR_BUYERS.test(text)) ||
    nameGotWrong(text) ||
    ridicules(text) ||
    OUR_CONDUCT.test(text)
  )
    return;
  const buying =
    rules.hit(rules.interested, deciding) || questionTopics(deciding).length || productQuestionIn(deciding);
  // "Our data is garbage right now, not ready for this.": their own thing judged, buying or not.
  const ownThingOnly =
    OWN_THING_JUDGED.test(text) && !rules.brand.pattern.test(text.replace(EVERY_OWN_THING_JUDGED, ''));
  if (!buying && !ownThingOnly) return;
  delete flags.brand;
  signals.push('text:harsh-words-of-their-own');
}

/** The reply without its questions about the product. */
const withoutProductQuestions = (text: string) =>
  text.includes('?')
    ? bySentence(text)
        .filter((s) => !(s.trimEnd().endsWith('?') && asksAboutTheTool(s)))
        .join(' ')
    : text;

/** A harsh word said of the writer's own thing: "our data is garbage", "my inbox is a mess". */
const OWN_THING_JUDGED =
  /\b(our|my) ([a-z-]+ ){1,2}(is|are|was|were|has been|have been|looks?|feels?) (a |an )?(complete |total |absolute |pure |utter |such a |kind of |a bit of a )?(garbage|trash|junk|rubbish|crap|mess|disaster|nightmare|dumpster fire)\b/;
const EVERY_OWN_THING_JUDGED = new RegExp(OWN_THING_JUDGED.source, 'g');

/** Asking for a conversation: "Can we talk expansion?", "happy to chat", "free for a call Thursday?". */
const ASKS_TO_TALK =
  /\b(can|could|shall|should) we (talk|chat|discuss|meet|speak|connect|set (up|something up)|book|schedule|get (a|some) time)\b|\b(happy|glad|keen|open) to (talk|chat|discuss|meet|speak|connect|set up|jump on|hop on)\b|\bfree (for|to) (a )?(call|chat|talk|meet)\b|(?<![а-яё])(когда (можно|удобно|сможем) (созвониться|встретиться|поговорить|обсудить)|готов[ыа]? (обсудить|созвониться|встретиться))(?![а-яё])/;

/** The signal of praise that asks for nothing beside our mail made public: mock praise (classify-human.ts). */
export const MOCK_PRAISE = 'text:mock-praise-made-public';

/**
 * Praise beside our mail or us made public. A buyer who asks for something ("I posted about your
 * product on LinkedIn last month, love it. Can we talk expansion?") complains of nothing, unless
 * something else in the reply does; praise that asks for nothing ("Wow, love the personalisation.
 * Tweeting this one.") is mock praise: a complaint in public, and no yes.
 */
export function praiseMadePublic(text: string, deciding: string, flags: Flags, signals: string[]): void {
  const sentences = sentencesOf(text);
  if (!PRAISE.test(text) || !sentences.some(takenPublic) || ridicules(text)) return;
  const asks =
    questionTopics(deciding).length ||
    productQuestionIn(deciding) ||
    asksForATime(deciding) ||
    rules.letsMeet.test(deciding) ||
    ASKS_TO_TALK.test(deciding) ||
    rules.requestsMaterial.test(deciding);
  if (!asks) {
    if (friendlyMention(text) || productPraised(text)) return;
    flags.brand = true;
    signals.push(MOCK_PRAISE);
    return;
  }
  const rest = sentences.filter((s) => !takenPublic(s) && !rules.brand.pattern.test(s)).join(' ');
  if (
    !flags.brand ||
    harshWordsSaid(text) ||
    brandComplaintSaid(rest) ||
    complaintPhraseOfUs(rest, rules.brand.pattern)
  )
    return;
  delete flags.brand;
  signals.push('text:praise-made-public');
}

/**
 * A reply that is not buying and aims the law, a lawyer or a regulator at us (not "we're a law
 * firm", not "GDPR makes this too complicated") is legal; one that uses harsh words is brand
 * (threats.ts).
 */
export function notBuying(text: string, flags: Flags, signals: string[]): void {
  if (!flags.legal && legalWordsSaid(text)) {
    flags.legal = true;
    signals.push('text:legal-words-not-buying');
  }
  if (!flags.brand && harshWordsSaid(text)) {
    flags.brand = true;
    signals.push('text:harsh-words-not-buying');
  }
}

/**
 * A stock decline and its courtesies, nothing more: "Cheers mate, not for us I'm afraid." (the
 * model read its three words, "cheers mate afraid", as a complaint: 1.00), "Love the name. Not for
 * us though." (0.84).
 */
const STOCK_DECLINE =
  /^((cheers|thanks|thank you|thx|hi|hey|hello)( mate| guys| all| team)?[,.!]*\s+)?((love|like|nice|great|cool|neat) (the|your) (name|logo|idea|concept|website|site|product|brand)[,.!]*\s+)?(not for us|no thanks|not interested|we'?ll pass|i'?ll pass|pass)( (right now|for now|at the moment|this time))?,?( (i'?m afraid|sorry|unfortunately|thanks|cheers|mate|though))?[.!]*$/;

/**
 * A complaint in words the rules were never taught: the brand model reads it by meaning
 * (brand-model.ts), only in a reply that is not buying and that the rules flagged nothing in.
 * Contempt for the pitch (sarcasm, a sneer) is a no without a flag, the corpus's written rule; a
 * reply asking for a day ("That fits our priorities well. Tuesday?") books, it does not complain.
 * True when it flagged one.
 */
export function complaintByMeaning(
  text: string,
  category: Category,
  flags: Flags,
  signals: string[],
  written = '',
): boolean {
  const contempt =
    signals.includes(rules.sarcasm.signal) || signals.includes(SNEER) || rules.dismissal.test(text);
  // "Who gave you my name? I don't remember signing up.": puzzlement, no complaint (the rules still
  // read one: "How did you get my email? This is harassment.").
  const puzzled = signals.includes('text:puzzled');
  if (category === 'interested' || flags.brand || flags.legal || contempt || puzzled || asksForATime(text))
    return false;
  if (friendlyMention(text) || STOCK_DECLINE.test(text.trim())) return false;
  // "Our company has a strict no-solicitation policy.": a house rule stated is no complaint of us;
  // "we've had a couple of embarrassing double-sends" is their own mishap; "feel free to follow us
  // on LinkedIn" an invitation.
  // 'One of our prospects wrote "please stop emailing me" to one rep…': a story of the writer's own
  // team, which the model reads as a complaint (0.99); the rules still read one said of us.
  if (quotesSomeoneElse(text)) return false;
  // "Sorry, your email went to spam, just saw it.": news of where our mail landed, which the model
  // reads as a complaint (0.81); a verdict on it ("…and that's where they belong") the rules read.
  const said = sentencesOf(text)
    .filter((s) => !ofTheirOwnSide(s))
    .join(' ');
  if (!said.trim() || !POINTS_AT_SOMEONE.test(said)) return false;
  const p = brandLikelihood(said, namesIn(written));
  if (p < (category === 'unsubscribe' ? BRAND_SURE_IN_A_STOP : BRAND_SURE)) return false;
  flags.brand = true;
  signals.push(`model:brand:${p.toFixed(2)}`);
  return true;
}

/**
 * A complaint is said of someone or something: us, our mail, "this", the writer wronged ("stop
 * badgering me"). A reply with none of these describes the writer's own world ("We do pest control:
 * termites, rodents, snakes", "demolition, explosives, hazardous waste"), whose words the vectors
 * read as harsh. Every complaint the model caught in the corpus (92 replies) points so.
 */
const POINTS_AT_SOMEONE =
  /\b(you|your|yours|you'?re|you'?ve|y'?all|me|us|this|these|that|those|e-?mails?|messages?|mails?|pitch\w*|outreach|sequences?|spam\w*|templates?|follow-?ups?|inbox|lists?|contact\w*|reach\w*|sales ?(reps?|people|persons?|guys?|folks|team|bots?)|automat\w*|cold|emailing|writing|wrote|sent|sending|subject( line)?|references?|impersonat\w*|without asking|guess what)\b/;

/** A question naming a time: "Tuesday?", "Can we talk next week?" (not "wasted an afternoon"). */
const asksForATime = (text: string) =>
  bySentence(text).some((s) => s.includes('?') && rules.scheduling.test(s));

/** A reply's sentences, split only where one ends (not at a dash or a semicolon, as `sentencesOf` also does). */
const bySentence = (text: string) => text.split(/(?<=[.!?])\s+/);
