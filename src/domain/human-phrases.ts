import * as rules from './classify-rules.js';
import { hit, type Topic } from './classify-rules.js';
import { PRICE_BLOCKER } from './no-need-rules.js';
import { productQuestionIn, questionTopics } from './questions.js';

/** The phrases a person's reply is read for beside the rule lists (classify-human.ts). */

/**
 * "Too expensive", "out of our budget", "price is the main blocker", "дорого": an objection to the
 * price, which a price question answers; "overkill" for a small team, which a smaller plan asked
 * answers.
 */
export const PRICE_OBJECTION = new RegExp(
  String.raw`\b(too (expensive|pricey|steep|costly|much( for us)?)|(a bit|bit|rather|quite|pretty|very|way|sounds|looks|seems|is|are|'s) (expensive|pricey|steep|costly)|(out of|above|over|beyond|outside) (our|my) (price range|budget)|(above|over|beyond|more than|higher than) what (we|i)('d| would| can| could)? (pay|spend|afford)|(can'?t|cannot) afford|overkill|too big for (us|a team like ours|our size)|${PRICE_BLOCKER})\b|(?<![а-яё])(дорого|дороговато|не по карману|не по бюджету)(?![а-яё])`,
);

/**
 * An offer that hangs on a price: "if you can come in under $5k", "if the price is right", "we'd
 * need it under $20/user/month", "если цена будет адекватной" ("not even if you did it for half" is
 * a no).
 */
export const PRICE_CONDITION =
  /(?<!\beven )\bif (you|you guys|your (team|company)) (give|offer|throw in|have|do)( us| me)? (a |an |some )?([a-z0-9%-]+ )?(discount|price break|better (price|rate|deal)|(startup|start-up|nonprofit|non-profit|small business|smb|free) (plan|tier|pricing|program|programme))\b|(?<!\beven )\bif (you|you guys|your (team|company)) (can|could|are able to|'re able to) (do|get|go|come in|bring|make|price|offer|give|match|beat|sell)\b[^.!?]{0,40}\b(under|below|less than|cheaper|lower|within|half|discount)\b|(?<!\beven )\bif (you|you guys|your (team|company)) (can|could) (do|get it to|go to|come in at|make it) \$ ?\d[\d,.]*k?\b|(?<!\beven )\bif (the )?(price|cost|pricing|number|quote) (is|'s|were|was|comes in|lands|came in) (a lot |much |significantly |way |quite a bit |a bit |substantially )?(right|under|below|lower|less|within|reasonable|sensible|competitive)\b|\b(we'?d|we would|i'?d|i would|we) (need|want) (it|the price|pricing|the cost)( to (be|come in|land))? (under|below|less than|at or below) ([$€£₹]|usd |eur )?\s?\d|(?<![а-яё])(?<!даже )если (цена|стоимость) (будет |окажется )?(ниже|меньше|адекватн|разумн|подходящ|подойд)/;

/** Someone named in the writer's place: "contact our marketing director instead", "вместо меня пишите…". */
export const INSTEAD =
  /\b(contact|reach out to|e-?mail|write to|talk to|speak (to|with)|try|ask|send (it|this|them) to)\b[^.!?]{0,60}\binstead\b|\binstead,? (please )?(contact|reach out to|e-?mail|write to|talk to|try|ask)\b|(?<![а-яё])вместо меня (пишите|обращайтесь|свяжитесь)/;

/**
 * The questions of a reply that do not ask when to talk ("Maybe after Q1?", "Reach out then?").
 * A question starts where a sentence does (the lookbehind): tried inside a long run with no mark
 * at all, it crossed the rest of the run from every character (200 kB of words on one line: 0.3 s).
 */
export const questionsNotOfTime = (text: string) =>
  (text.match(/(?<![^.!?;])[^.!?;]*\?/g) ?? [])
    .filter((q) => !hit(rules.notNow, q) && !rules.comeBackLater.test(q))
    .join(' ');

/** The topics asked, with pricing among them (in the rules' order) when an offer hangs on a price. */
export const withPriceAsked = (topics: Topic[], priced: boolean): Topic[] =>
  priced && !topics.includes('pricing')
    ? rules.topics.filter((t) => t === 'pricing' || topics.includes(t))
    : topics;

/** The writer has a new job: "I've moved to Castlerock", "I'm now at Northwind", "I'm at Globex now", "joined Acme as CRO". */
export const CHANGED_JOBS =
  /\b((i'?ve|i have|i) (moved|joined|gone|switched|jumped) (over )?(to|ship to)? ?(?!(a |an |the )?(new |different )?(role|team|position|department)\b)[a-z0-9&]+|(i'?m|i am) now (at|with|over at) [a-z0-9&]+|(i'?m|i am) (at|with|over at) (?!(a |an |the |my |home|work|lunch)\b)[a-z0-9&]+ now\b|my new (company|employer|job|role|gig) )/;

/**
 * Not the buyer, but keen all the same: "I'm not the decision maker but I'm happy to be your
 * champion internally", "…but I'd love to see a demo", "I don't have budget authority but I'd love to
 * trial it", "Интересно, но решение принимает собственник. Подготовьте презентацию, я ему покажу." (the writer
 * keeps the thread and shows it on). Beside a yes, the writer's own.
 */
export const KEEN_THOUGH_NOT_THE_BUYER =
  /(\bnot (the|a) (decision[- ]?maker|buyer|budget holder|one who (decides|signs))|\b(do ?n'?t|do not) (have|hold|own) (the |any )?(budget|budget authority|signing authority|purchasing authority|final say))\b[^.!?]{0,20}?\bbut (i'?m|i am|i'?d|i would|i)\b|\b(i'?ll|i will) (show|present|walk) (it |this |them )?(to )?(him|her|them|my (boss|ceo|cfo|cro|vp|manager|director|owner|founder|team))\b|(?<![а-яё])(я )?(ему|ей|им|руководству|директору|собственнику|начальнику|шефу|владельцу|руководителю) (сам[аи]? )?(покажу|передам|перешлю|отправлю)(?![а-яё])|(?<![а-яё])(покажу|передам|перешлю) (ему|ей|им|руководству|директору|собственнику|начальнику|шефу|владельцу|руководителю)(?![а-яё])/;

/** A condition on something we may have changed since: "if you've added Teams support", "if your product now has SSO". */
export const IF_YOU_CHANGED =
  /\bif (you'?ve|you have|you|your (team|product|tool|app|platform) (has|have)?) ?(now |since |finally |already )?(added|built|shipped|launched|released|fixed|changed|improved|integrated|got|has|have|now (support|offer|have))\b/;

/** The writer promising to answer: "we'll get back to you", "let me revert", "I will follow up". */
export const WILL_ANSWER =
  /\b(i'?ll|we'?ll|i will|we will|let me|let us|i'?m going to|we'?re going to)( [a-z]+){0,3} (get back|revert|come back|circle back|follow up|respond|reply)( to you)?\b/;

/**
 * The writer's own assistant, or a colleague looped in "for scheduling" or "to set up time", who
 * books what the writer said yes to.
 */
export const OWN_ASSISTANT =
  /\bmy (ea|pa|assistant|executive assistant|scheduler|office manager|chief of staff)\b|\b(loop|cc|copy|bring|add)( in)? ([^.!?]|\.(?=\S)){1,60}? ((for|to (handle|help with|do|sort( out)?)) (the )?(scheduling|calendar|logistics|booking)|to (set up|find|book|schedule|arrange|line up|organi[sz]e) (a |some )?(time|call|meeting|slot|demo|chat))\b/;

/**
 * "Yes, let's talk. Send an invite for Tuesday — add my colleague jen@… too", "I'm the right person,
 * but also cc'ing Raj (raj@…) from IT": someone asked to the writer's own meeting, beside their
 * yes, is no hand-off (an address's dots are no sentence's end).
 */
export const ALSO_INVITED =
  /\b(add|include|invite|cc|copy|bring|loop)( in)? ([^.!?]|\.(?=\S)){1,60}? (too|as well|also)\b|\b(also|too),? (please )?(cc'?ing|copying|adding|looping in|including|inviting|cc|copy|add|loop in|include|invite|bring in)\b|\b(add|include|invite) ([^.!?]|\.(?=\S)){1,60}? (to|on) the (invite|invitation|call|meeting|calendar (invite|invitation|event)|thread)\b|\b(invite|invitation|calendar (hold|event))\b[^.!?]{0,40}\b(and |also )?(cc|copy|include|add)\b/;

/** The writer carrying our material up themself: "I'll pass it up to our VP", "я передам". */
export const PASSES_IT_ON =
  /\b(i'?ll|i will|let me|happy to) (pass|forward|send|share|take|show) (it|this|them|that)( on| up| along| over)? to\b|\b(i'?ll|i will|happy to|glad to|i can) pass ((it|this|them|that) (along|on|up)|along)\b|(?<![а-яё])я (сам[аи]? )?(передам|перешлю|покажу)(?![а-яё])/;
/** "Пришлите", "подготовьте": a request for material in Russian (requestsMaterial reads English). */
export const SEND_IT =
  /(?<![а-яё])(пришлите|вышлите|скиньте|отправьте|направьте|подготовьте|поделитесь)(?![а-яё])/;
/** Material asked for at the writer's other address: "Send it to me at…", "Отправьте лучше на личную почту". */
export const SEND_IT_TO_ME =
  /^(please )?send (it |this |them )?to me\b|^(отправьте|пришлите|присылайте|шлите)( лучше| пожалуйста)? (мне )?на /;
/** The yes of a writer who carries our material up themself. */
export const CARRIES_IT_UP = { signal: 'text:yes:carries-it-up', pattern: PASSES_IT_ON };

/**
 * A doubt, not a verdict: "not sure this is for us", "doubt it's a fit", "we don't have a sales team
 * yet" (hedges.ts says it as "not for us").
 */
const DOUBT =
  /\b((do ?n'?t|do not) have (a |an )?([a-z]+ )?(team|process|budget)( [a-z]+)? yet\b|not (really |quite |entirely |so )?sure|unsure|(i |we )?doubt|probably not|maybe not|not convinced|not for us|(happy|content|satisfied) with (?!(that|this|it|the (price|pricing|terms|idea))\b)((our|the) )?((current|existing|present) )?[a-z]+|no budget( (right )?now| at the moment| this (year|quarter))?|(love|loves) (our|the) (current|existing|present)|(tried|used|had|bought) (something|a tool|a product|one|a platform|an app|a vendor)( very)? (similar|like (this|it|that|yours))[^.!?]{0,40}\b(did ?n'?t|did not|never|does ?n'?t) (stick|work( out)?|take|catch on|get used|land))\b|(?<![а-яё])(не (уверен|уверена|уверены)|вряд ли|сомневаюсь|нам не подходит)(?![а-яё])/;

/**
 * "Not sure this is for us. What does it cost for 5 seats?", "Doubt it's a fit. Is it SOC 2
 * certified?", "We're happy with our current CRM. Does yours integrate with it?", "No budget now.
 * Can you tell me what it would cost for 30 seats?", "Thanks but we're happy with Salesloft. What does
 * yours do that theirs doesn't?": a doubt said first, then a question about the offer, asks (the rep
 * answers it). Only when every sentence that says no is such a doubt and a question about the offer
 * (with a topic or without) follows it.
 */
export function doubtsThenAsks(text: string, saysNo: (sentence: string) => boolean): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const noes = sentences.flatMap((s, i) => (saysNo(s) ? [i] : []));
  if (!noes.length || !noes.every((i) => !sentences[i]?.includes('?') && DOUBT.test(sentences[i] as string)))
    return false;
  const lastNo = Math.max(...noes);
  return sentences.some(
    (s, i) => i > lastNo && s.includes('?') && (questionTopics(s).length > 0 || productQuestionIn(s)),
  );
}

/** "If not, not interested.", "Если нет — неактуально.": a no that hangs on the answer to a question. */
const NO_IF_NOT =
  /(^|[.!?;,]\s*)(if not|if (you )?(do ?n'?t|do not|can'?t|cannot)( [a-z]+){0,3}),? (then )?([—–-]\s*)?[^.!?]{0,40}[.!]*|(?<![а-яё])(если нет|если не (умеете|интегрируетесь|поддерживаете|можете|работаете)( [а-яё]+){0,2}),? ([—–-]\s*)?(то )?[^.!?]{0,40}[.!]*/g;

/**
 * "We're on NetSuite — do you integrate? If not, not interested.": the question decides, and the
 * no waits for its answer. The text a no is read from, with such conditional noes set aside.
 */
export const withoutNoIfNot = (text: string) => (text.includes('?') ? text.replace(NO_IF_NOT, ' ') : text);
