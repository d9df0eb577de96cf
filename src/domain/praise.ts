import { criticalPress } from './made-public.js';
import { ridicules } from './sneers.js';
import { threatContext } from './threats.js';

/**
 * Praise of us and our mail, and leave asked to give it in public: what tells a mention of us to
 * an audience from a complaint made there (flags.ts).
 */

/** Leave asked to name us in public: "could I mention you?", "mind if I feature your tool?". */
const mentionAsked =
  /\b((could|can|may|might) (i|we) (mention|feature|include|quote|tag|highlight|name|cite|link to)|(mind|ok|okay|alright) if (i|we) (mention|feature|include|quote|tag|highlight|name|cite|link to)) (you|your|yours)\b/;

/** Praise promised in public: "I'd love to leave you a good review on G2 once we're live". */
const praiseOffered =
  /\b(leave|write|give|post|share)( you| your (team|company|product|tool))? (a |an |some )?(good|great|glowing|positive|five[- ]star|5[- ]star|nice|stellar|solid|rave|shining) (review|rating|testimonial|shout-?out|word)s?\b/;
/** Our mail praised as an example: "…as an example of what good outreach looks like — nice work!". */
const praiseOfOurMail =
  /\b((nice|good|great|excellent|brilliant|solid) (work|job|e-?mail|outreach|pitch|copy|note)(?! (on |at )?(getting|spelling|sending|emailing|ignoring|mixing|spamming|calling|using))|well (done|written|researched|crafted)|(example|model) of (what )?(good|great|excellent|thoughtful|personali[sz]ed) (outreach|prospecting|e-?mails?|cold e-?mails?|selling)( looks like)?)\b/;

/** The product endorsed to others: "I'm going to post about this on LinkedIn, it's exactly what our industry needs". */
const endorsed =
  /\b(exactly|just|precisely) what (our|the|my) (industry|space|market|community|members|network|team|teams|customers|clients|field|profession) (needs?|needed|has been (waiting|asking) for)\b|\b(exactly|just|precisely) what (we|everyone|people|sales teams|revops teams) (need|needed|have been (waiting|asking) for)\b/;

/** Our content followed and liked: "I saw your CEO's post on LinkedIn, great content though", "enjoyed your podcast". */
const ourContentLiked =
  /\b(saw|seen|read|liked|enjoyed|love|loved|follow|following|listened to|watched) (your|the) ([a-z]+'s |team'?s? |company'?s? )?(linkedin |recent |latest |last )?(posts?|articles?|content|podcast|talk|webinar|newsletter|blog)\b[^.!?]{0,60}\b(great|good|nice|interesting|insightful|helpful|useful|enjoyed|loved|fun|smart|sharp)\b/;

/** Reviews asked of us: "can you share a review on G2 from a team our size?" (a buyer's request, no post). */
const reviewsAsked =
  /\b(can|could|would|will) you (share|send|show|point (me|us) to|link)( me| us)? (a |an |some |any |your )?(reviews?|ratings?|testimonials?|references?)\b/;

/** Praise, the kind sarcasm borrows ("no thanks" and "interesting" are not it). */
export const PRAISE =
  /\b((?<!('d|\bwould|\bwill|'ll) )love[ds]?|loving|great|amazing|brilliant|fantastic|wonderful|awesome|impressive|impressed|excellent|perfect|big fan|genius|incredible|stellar|superb|nice|wow|bravo|kudos)\b|(?<![а-яё])(отличн[а-яё]*|прекрасн[а-яё]*|замечательн[а-яё]*|класс[а-яё]*|супер|гениальн[а-яё]*|шедевр[а-яё]*|браво|круто)(?![а-яё])/;

/**
 * "I'm writing a LinkedIn post about tools like yours. Could I mention you?", "I'd love to leave
 * you a good review on G2", "posting this as an example of good outreach — nice work!", "can you
 * share a review on G2?": leave asked to praise, praise promised or given, reviews asked of us.
 */
export const friendlyMention = (text: string) =>
  (mentionAsked.test(text) ||
    praiseOffered.test(text) ||
    praiseOfOurMail.test(text) ||
    reviewsAsked.test(text) ||
    ourContentLiked.test(text) ||
    endorsed.test(text)) &&
  !threatContext(text) &&
  !criticalPress(text) &&
  !ridicules(text);

/**
 * The product praised, not the mail: "Great tool, I'll share it with my network!" is a fan, where
 * "Wow, love the personalisation. Tweeting this one." mocks the pitch.
 */
export const productPraised = (text: string) => PRODUCT_PRAISED.test(text);
const PRODUCT_PRAISED =
  /\b(great|nice|cool|amazing|awesome|brilliant|impressive|neat|fantastic|excellent|solid|smart|clever|love (the|your|this|what you'?re building)|loving (the|your|this))( [a-z-]+)? (tool|product|app|idea|platform|service|solution|concept|software|company|team)s?\b|\blove what you'?re (building|doing)\b|(?<![а-яё])(отличн|прекрасн|замечательн|классн|крут)[а-яё]* (сервис|продукт|инструмент|иде|решени|платформ)[а-яё]*/;
