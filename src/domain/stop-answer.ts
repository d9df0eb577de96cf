import type { Classification, ClassifyInput, Out } from './classify.js';
import * as rules from './classify-rules.js';
import { hit, type TextRule } from './classify-rules.js';
import { type Flags, notBuying } from './flags.js';
import { INSTEAD } from './human-phrases.js';
import { movedTo, oldAddressNamed, referredPeople } from './referrals.js';

/**
 * A person's reply that asks us to stop (classify-human.ts): an unsubscribe, with the addresses it
 * offers in the writer's place. `rule` is the stop that was read.
 */
export function stopAnswer(
  input: ClassifyInput,
  text: string,
  rule: TextRule,
  flags: Flags,
  signals: string[],
  done: Out,
): Classification {
  signals.push(rule.signal);
  notBuying(text, flags, signals);
  // "Don't email this address anymore, I'm at jane@newco.com now": this address stops, and the
  // new one is offered to the owner (a claim button), as a move is.
  // "Please remove me and contact our marketing director instead: lucy.hale@…": this address
  // stops, and whoever they name in their place is offered too.
  const moved = oldAddressNamed.test(text) && movedTo.test(text);
  const people =
    moved || INSTEAD.test(text) ? referredPeople(input.replyText, [input.from, ...(input.to ?? [])]) : [];
  // "Please stop emailing my old address; I'm at maria@newco.io now and happy to chat there": the
  // move is the news and the yes stands, as it does when no stop is said (the corpus's "you
  // emailed my old address — I'm at maya@… now, and yes I'm still interested").
  const keen = moved && people.length ? hit(rules.interested, text) : undefined;
  if (keen) {
    signals.push(keen.signal);
    return done('interested', { kind: 'referral', people }, 0.85);
  }
  return done('unsubscribe', people.length ? { kind: 'referral', people } : { kind: 'none' }, 0.95);
}
