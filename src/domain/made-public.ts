import { sentencesOf } from './harsh-words.js';
import { WHAT_NOT_TO_DO } from './sneers.js';

/**
 * Our mail, or us, taken to an audience: a complaint made public (a post, a tweet, "my network",
 * a review site), the mail made an example, the press writing up what it dislikes. Sharing to
 * weigh it up ("I'll share this with the group and get back to you") or sharing something else of
 * ours or of theirs ("your job ad", "dashboards") is none of these. Read by threats.ts (the brand
 * flag) and flags.ts (praise made public).
 */

/** Where a complaint is made public. */
const AUDIENCE =
  /\b(tweet\w*|on x|network|community|followers|conferences?|meetups?|(my|a) talk|r\/[a-z]+|(our|my) (partners|clients|customers|suppliers|vendors|board)|subreddit|everyone|everybody|peers|chapter|group|association|members|circle(?! back)|forum|linkedin|twitter|reddit|g2|capterra|trustpilot|glassdoor|trustradius|gartner|peer insights|review sites?|yelp|product ?hunt|hacker news|newsletter|podcast|blog|the world|industry|public(ly)?|portfolio( companies| founders)?|(our|my|the) (fund|portfolio|investors|alumni|cohort)|(every|all|other) (compan(y|ies)|founders?|ctos?|cfos?|ceos?|buyers?|members?|leaders?) (in|at|on|from|of) (our|my|the)|other (founders|ctos|buyers|leaders|companies|people|sales leaders))\b|(?<![а-яё])(vc\.ru|хабр[а-яё]*|отзовик[а-яё]*|отраслев[а-яё]*|конференци[а-яё]*|митап[а-яё]*|выступлени[а-яё]*|союз[а-яё]*|ассоциаци[а-яё]*|как пример|чат[а-яё]*|клуб[а-яё]*|сообществ[а-яё]*|групп[еуа]|канал[а-яё]*|всем|все знают|знакомым|соцсет[а-яё]*|публично)(?![а-яё])/;

/** Taking something to an audience. */
const MAKE_PUBLIC =
  /\b(guess what (we'?re|we are|i'?m|i am|my (members|readers|followers|subscribers|community|group)( are)?|everyone'?s?|everybody'?s?) (discussing|talking about|posting about|writing about|laughing at|reading)|(become|becoming|be|made it|making it|make it) (the |this week'?s |today'?s |a |our |my )?(next )?(discussion|talking point|thread|topic|meme|post|case study)|shar(e|es|ed|ing)|post(s|ed|ing)?|tweet\w*|writ(e|es|ing)|wrote|blog(ged|ging)|blog about|flag(ging|ged|s)? (you|your \w+|this|it) to (the |our |my )?(other|every|all|fellow)\b|tell(ing)?(?! (me|us)\b)|told|let(ting)? (?!(me|us) )[a-z ]{0,20}know|warn\w*|screenshot\w*|call(ed|ing)? (you|this|it) out|nam(e|ed|ing) and sham\w*|expos(e|ed|ing)|publish\w*|hears? about|make sure|spread the word|review(ed|ing)?|rat(ed|ing)|left (a |my )?(review|rating))\b|(?<![а-яё])(отметил[аи]?сь|прославил[аи]?сь|засветил[аи]?сь|обсуждают|обсуждали|напишу|расскажу|выложу|выложил[аи]?|опубликовал[аи]?|поделил(ся|ась|ись)|рассказал[аи]?|опубликую|поделюсь|скрин[а-яё]*|переслал[аи]?|отправил[аи]?|покажу)(?![а-яё])/;

/** Our mail as the writer's own public example: "I'm writing a post on bad sales emails and yours is exhibit A". */
const MADE_AN_EXAMPLE = new RegExp(
  `${WHAT_NOT_TO_DO.source}|\\b(exhibit a|swipe file|(as )?a teaching moment)\\b|\\b(forward|send|sent|shar|show|us|post|present|quot|screenshot|add)\\w* (this|it|yours|your (e-?mail|message|pitch|note|outreach|sequence)s?)( [^.!?]{0,40})? as (an?|my|our) (example|cautionary tale|warning|lesson|anti-?pattern)(?= *[.!]| *$| of (what not|how not|bad|poor|terrible|lazy|spam))|\\b(i'?m|i am|i'?ll|i will|i'?ve|i have|going to|gonna)( be)? (writ(e|ing)|post(ing)?|publish(ing)?|put(ting)?|add(ing)?|us(e|ing)|includ(e|ing)|sav(e|ing)) [^.!?]{0,40}\\b(in|into|for|on) (a|an|my|our) (post|article|thread|blog|newsletter|talk|course|slides|deck|podcast)\\b`,
);

/**
 * The press writing up what it dislikes: "I'm a journalist writing a piece on aggressive sales
 * automation. Can I quote your email?", "…covering aggressive sales tactics" (a neutral "writing
 * about sales tools" is no complaint).
 */
const CRITICAL_PRESS =
  /\b(journalist|reporter|writer|editor|blogger|columnist)\b[^.!?]{0,80}\b(piece|article|story|column|post|feature|thread|series|covering|investigating|reporting on)\b[^.!?]{0,40}\b(aggressive|spammy|spam|bad|worst|annoying|pushy|shady|creepy|invasive|terrible|awful|lazy|intrusive|unwanted|unsolicited|plague|epidemic|dark side|problem with)\b/;
export const criticalPress = (text: string) => CRITICAL_PRESS.test(text);

/** Whether a sentence makes our mail the writer's public example. */
export const madeAnExample = (s: string) => MADE_AN_EXAMPLE.test(s);

/** Something of ours other than the mail, shared for its own sake: "I posted your job ad in our alumni group". */
const SOMETHING_ELSE =
  /\byour (linkedin |recent |latest |last |new )?posts?\b|\byour ([a-z]+ )?[a-z]+'s (linkedin |recent |latest |last |new )?posts?\b|\b(your|the) (job (ad|post|posting|opening|listing|advert)s?|vacanc(y|ies)|blog( post)?|article|webinar|podcast|(product )?launch|event|case study|report|survey|ebook|guide|announcement|funding news)\b|(?<![а-яё])ваш[а-яё]* (ваканси[а-яё]*|статью|вебинар[а-яё]*|исследовани[а-яё]*)/;

/** Something else shared: "save and share searches", "we share dashboards with our group leads". */
const THINGS_SHARED =
  /\b(shar|post|publish)\w* (\w+ )?(dashboards?|searches|reports?|data|files?|documents?|updates?|results|metrics|numbers|jobs?|vacancies|news|photos?|pictures|videos?|content|articles?|notes|access|screens?|calendars?|workloads?|best practices|templates|playbooks)\b/;

/**
 * A phrase of complaint ("posted … on LinkedIn") said only in sentences about something else of
 * ours shared for its own sake: "I shared your post on LinkedIn last week, great stuff".
 */
export const aboutSomethingElseOfOurs = (text: string, phrase: RegExp) =>
  sentencesOf(text).every((s) => !phrase.test(s) || SOMETHING_ELSE.test(s) || THINGS_SHARED.test(s));

/** A request of us ("please share your G2 reviews"): asking us to show, not the writer telling others. */
const ASKED_OF_US = /^(please |pls |can you |could you |would you |will you )/;

/**
 * Sharing to weigh it up, not to show it up: "I'll share this with the group and get back to you",
 * "sharing with everyone on my team", "posted it in our Slack, let's see what people think", "I'll
 * share it with our members at the next chapter meeting".
 */
const WEIGHED_UP =
  /\b(get back|come back|circle back|revert|report back|let you know|see what (they|people|the team|others|folks|everyone|my team|the group) (think|say)|get (their|some) (feedback|input|thoughts|views)|(for|to get) (feedback|input|thoughts|opinions?)|discuss (it|this|internally)|evaluate|take a look)\b|\bat (the|our|my) (next |upcoming |monthly |weekly |quarterly |annual )?(chapter |board |team |members'? |committee |staff |leadership )?(meeting|meetup|session|call|offsite)\b|\beveryone (on|in|at) (my|our|the) (team|group|department|org|organi[sz]ation|company|firm|office)\b|\binternally\b/;

/** Our mail, or us, taken to a public audience in a sentence: "Posting it on LinkedIn", "Tweeting this one". */
export const takenPublic = (s: string) =>
  MAKE_PUBLIC.test(s) &&
  AUDIENCE.test(s) &&
  !SOMETHING_ELSE.test(s) &&
  !ASKED_OF_US.test(s) &&
  !WEIGHED_UP.test(s) &&
  !THINGS_SHARED.test(s);
