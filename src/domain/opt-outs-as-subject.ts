/**
 * Opt-outs as a subject of the buyer's question, not a request: "How do you handle opt-outs?",
 * "Does it sync unsubscribes back to Salesforce?", "what's a typical unsubscribe rate?". A
 * sales-engagement buyer asks this about the product; read as written, "opt-outs" and
 * "unsubscribes" are the words of someone asking to stop. Such a phrase becomes "mail
 * preferences", a phrase no rule of stop turns on. A complaint keeps its words: "you clearly
 * don't honour unsubscribe requests", "I've sent three unsubscribe requests", "process my opt-out".
 */
const HANDLING =
  /\b(handle|handles|handled|handling|manage|manages|managing|process|processes|processing|sync|syncs|syncing|synced|track|tracks|tracking|respect|respects|respecting|honou?rs?|honou?ring|log|logs|logging|record|records|recording|suppress|suppresses|suppressing|deal with|deals with|dealing with|treat|treats|treating|catch|catches|detect|detects)( [a-z']+){0,3}? ((opt[- ]?out|unsubscribe) (requests|status(es)?|flags|events|records|lists)|opt[- ]?outs|unsubscribes?)\b/g;
/** Said the other way round: "how are opt-outs synced back to HubSpot?", "are unsubscribes logged?". */
const HANDLED =
  /\b((opt[- ]?out|unsubscribe) requests|opt[- ]?outs|unsubscribes?)( (are|is|get|gets|getting|being))? (handled|managed|processed|synced|tracked|respected|honou?red|logged|recorded|suppressed|treated|caught|detected|stored|pushed|written|sent)\b/g;
/** A measure: "our unsubscribe rate doubled with the last tool" ("your unsubscribe rate" is a jab, kept). */
const RATE = /\b(?<!your )(opt[- ]?out|unsubscribe) (rates?|numbers|metrics|stats|statistics)\b/g;
/** "Don't honour", "never process", "do you even process": a complaint about ours, in the same words. */
const FAILED =
  /\b(don'?t|do not|doesn'?t|does not|didn'?t|did not|never|not|no longer|fail(s|ed)? to|ignor(e|es|ed|ing)|can'?t|cannot|won'?t|refus(e|es|ed) to|even)\b[^.!?]{0,25}$/;
/** "Process my opt-out", "handle our unsubscribe requests": the writer's own, a request. */
const MINE = /\b(my|our|this|that|his|her|their) (opt|unsub)/;
/** The phrase's own opt-out noun, as the last words of the match. */
const NOUN = /(opt[- ]?outs|unsubscribes?|(opt[- ]?out|unsubscribe) [a-z]+)$/;

export function optOutsAsSubject(text: string): string {
  if (!/opt[- ]?out|unsubscribe/.test(text)) return text;
  const handling = text.replace(HANDLING, (phrase: string, ...rest: unknown[]) => {
    const sentence =
      text
        .slice(0, rest.at(-2) as number)
        .split(/[.!?]/)
        .pop() ?? '';
    return FAILED.test(sentence) || MINE.test(phrase) ? phrase : phrase.replace(NOUN, 'mail preferences');
  });
  return handling
    .replace(HANDLED, (phrase: string, ...rest: unknown[]) => {
      const at = rest.at(-2) as number;
      return /\b(my|our|this) $/.test(handling.slice(Math.max(0, at - 6), at))
        ? phrase
        : phrase.replace(/^\S+( requests)?/, 'mail preferences');
    })
    .replace(RATE, 'mail preference figures');
}
