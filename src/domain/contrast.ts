import * as rules from './classify-rules.js';
import { asksAboutTheTool, questionTopics } from './questions.js';

/**
 * "Looks slick, but we just signed with Gong", "Не сейчас, но пришлите презентацию": after a
 * turn (but, however, though, "OK fine", но, однако, хотя, ладно) the clause that turns is what the
 * writer means ("Wow, a fourth follow-up. OK fine, 15 minutes Friday."), and so does asking whether
 * the reason for an old no still holds ("We went with someone else because you lacked X. Has that
 * changed? If so I'd be open to another look.").
 * A "but" that leads into a question turns without a comma ("Not sure this is for us but whats the
 * cheapest option?"), and so does one that leads into a wish ("I don't have budget authority but I'd
 * love to trial it").
 * The part from the last turn on decides when it leans the other way from the part before it;
 * otherwise the whole reply does ("I'd love a demo, but can we do Thursday?" keeps its demo,
 * "Not for us, but thanks" its no).
 */
const TURN =
  /(,|;|\s[-—–])\s*(but|however|though|although|yet|that said|но|однако|хотя|а вот)\s|\s(but|но|однако)\s(?=[^.!?]*\?)|\sbut\s(?=(i'?d|i would|we'?d|we would) ((love|like|be (happy|keen|glad)) to|read|look at|take a look|check out|review)\b)|[.!?]\s+(but|however|that said|though|но|однако|хотя|(ok|okay|alright),? fine|fine then|ну ладно|ладно)[\s,]|[.!?]\s+(?=((has|have) (that|this|it|anything) changed|is (that|this|it) still (the case|true|so))\b)/g;

type Lean = 'yes' | 'no' | undefined;

/** Which way a piece of a reply leans by the rules alone: a no or a later, or a yes or an ask. */
function lean(t: string): Lean {
  if (rules.hit(rules.notInterested, t) || rules.hit(rules.notNow, t) || rules.wrongPerson.pattern.test(t))
    return 'no';
  // "We're happy with what we have. That said, how do you deal with reps who sit on accounts?": a
  // question about the tool leans yes even with no topic of ours in it.
  if (rules.hit(rules.interested, t) || questionTopics(t).length > 0 || asksAboutTheTool(t)) return 'yes';
  // "…but good luck with that": a well-wish leans no where nothing says yes.
  if (rules.hit([rules.wellWish], t)) return 'no';
  return undefined;
}

/**
 * "Let's talk, but not before next week", "давайте созвонимся, но не раньше следующей недели",
 * "Would love a demo, but I'm swamped until the 14th": a limit on the yes before it, not a turn from
 * it (how far off decides, as for any time named).
 */
const ONLY_A_LIMIT =
  /^(not (before|until|till|earlier than)|no earlier than|(только )?не (раньше|ранее))(?![a-zа-яё])|^(i'?m|we'?re|i am|we are) (swamped|slammed|busy|buried|heads[- ]down|booked( solid)?|away|out|travel(l)?ing|off) (until|till|through|thru) (the )?(\d|mon|tue|wed|thu|fri|next week|end of (the|this) week)/;

export function decidingPart(text: string): string {
  let last = -1;
  for (const m of text.matchAll(TURN)) last = (m.index ?? 0) + m[0].length;
  if (last < 0 || ONLY_A_LIMIT.test(text.slice(last))) return text;
  const tail = lean(text.slice(last));
  // The turn's own space is left behind ("That said, if…" decides as "if…"), so a rule that reads
  // from the start of the reply reads the turned part from its first word.
  return tail && tail !== lean(text.slice(0, last)) ? text.slice(last).trimStart() : text;
}
