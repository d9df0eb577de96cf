import { rule } from './phrase-rule.js';

/**
 * "No need", as much of the world writes it to a vendor: nothing required, one like it already,
 * built at home. Each is a no unless a question follows ("We have a CRM already, does yours
 * integrate with it?" asks). Part of the "no" rules (classify-rules.ts, notInterested).
 */
export const noNeed = [
  // "Presently no requirement", "there is no requirement for the same": no need, as much of the
  // world writes it (a requirement asked about, "no requirement to sign a yearly contract?", asks).
  rule(
    'text:no:en',
    /(^|[.!,;]\s*|\b(presently|currently|at present|as of now|right now|for now|there is|there'?s|we have|we'?ve got) )no (such )?requirements?( (at present|presently|currently|for now|as of now|at the moment|right now|for the same|for (this|it|that)|for (your|such|this) (product|service|tool|solution|offering)s?|from (our|my) (side|end)))?(?=\s*([.!,;]|$|thank|thanks|will|we|i))(?![^.!?]{0,60}\?)/,
  ),
  // "We have our own in-house developers for this": built at home, no need of ours.
  rule(
    'text:no:en',
    /\bwe (have|'ve got|got) (our own |an )?(in-house|internal) (developers?|dev team|devs|engineers|engineering team|team|solution|tool|system|platform)\b(?![^?]{0,100}\?)|\bwe have our own (developers?|dev team|devs|engineers|engineering team|solution|tool|system|platform) for (this|that|it)\b(?![^?]{0,100}\?)/,
  ),
  // "We have a similar tool already", "We use something similar already": the "already" said last.
  rule(
    'text:no:en',
    // A tool of a kind that may sit beside ours ("a CRM") is no "no": only one like it, and no question after.
    /\b(we|i)('ve| have)? (have|use|got|run) (a |an |one |something |our own )?(similar|comparable|equivalent|something (similar|like (this|it|that))|one|(tool|solution|vendor|provider) for (this|that|it))\b[^.!?]{0,20}\balready\b(?![^?]{0,100}\?)/,
  ),
  // "Not sure this solves our problem. Our issue is data quality": another problem than ours. "Our
  // company policy is to not respond to unsolicited sales emails": no answer by rule.
  rule(
    'text:no:en',
    /\b((i'?m )?not (sure|convinced)|(i|we) (don'?t|do not) (think|believe|see how)|(i|we) doubt) (this|it|that|your (tool|product|solution|offer|platform)) (solves|addresses|fixes|helps with|would solve|would address|would fix|would help with|(is|would be) (relevant|a fit|what we need)( for| to)?) (our|my|the) (problem|issue|pain|need|challenge|situation|use case)s?\b(?![^?]{0,100}\?)|\b(our|the|company|corporate) policy (is )?(to )?not (to )?(respond|reply|engage|take (sales |vendor )?(meetings|calls))\b|\b(our|the|company|corporate) policy (is to |prohibits |forbids |does not allow |doesn'?t allow )?(ignor(e|ing)|respond(ing)? to|repl(y|ying) to|engag(e|ing) with) (unsolicited|cold|sales)\b/,
  ),
  // "Our parent company mandates the tools we use", "Group IT picks all our software": the choice is
  // not the writer's team's to make ("…buys all the software for us — contact it-procurement@…"
  // hands on, classify-human.ts, when an address follows).
  rule(
    'text:no:en',
    /\b(our|the) (parent company|parent|holding company|group|head office|hq|headquarters|corporate|global (it|team)|group it|mother company)( it| procurement)? (mandates|dictates|decides on|decides|chooses|picks|selects|standardi[sz]es on|prescribes|controls)( all| what| which)? (the |our )?(tools|software|vendors|tooling|platforms|apps|systems|stack)\b(?![^?]{0,100}\?)/,
  ),
];
