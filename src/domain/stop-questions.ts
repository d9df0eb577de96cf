import type { TextRule } from './classify-rules.js';
import { withoutQuotes } from './mentions.js';

/**
 * A buyer asking how the product handles stops is no stop of theirs: "Can reps opt out of the
 * Slack alerts?", "If a lead unsubscribes from one rep, are they suppressed for the whole team?",
 * "Our reps need to stop emailing people who've said no. Can this help?", "What happens when a
 * prospect says 'remove me'?". A stop suppresses the contact team-wide, so only a question that
 * names someone else, or quotes the stop, and asks what the tool does is let off; "How do I
 * unsubscribe?", "Can you take me off your list?", "Can you stop emailing our reps?" still stop.
 */
export function asksHowStopsWork(text: string, stops: readonly TextRule[]): boolean {
  if (!text.includes('?')) return false;
  // A stop in quotes is named, not said: "Will it catch 'stop emailing me' replies?".
  const own = withoutQuotes(text);
  const sentences = own.split(/(?<=[.!?;])\s+/);
  const stopsIn = (s: string) => stops.some((r) => r.pattern.test(s));
  const asks = (i: number) =>
    CAPABILITY.test(sentences[i] as string) ||
    (!!sentences[i + 1] &&
      (sentences[i + 1] as string).includes('?') &&
      CAPABILITY.test(sentences[i + 1] as string));
  const said = sentences.flatMap((s, i) => (stopsIn(s) ? [i] : []));
  if (!said.length)
    return sentences.some((s) => s.includes('?') && CAPABILITY.test(s)) && !OURSELVES.test(own);
  return said.every((i) => {
    const s = sentences[i] as string;
    return (
      asks(i) && (SOMEONE_ELSE.test(s) || OWN_MISHAP.test(s)) && !OURSELVES.test(s) && !ASKED_OF_US.test(s)
    );
  });
}

/** What the tool, its users or the writer could do with it. */
const CAPABILITY =
  /\b(does|do|can|could|will|would|should) (it|this|that|the (tool|app|product|system|platform|bot|sequence)|(our |the |a )?(reps?|users?|admins?|managers?|contacts?|prospects?|leads?|people|recipients?)|they|we|i)\b|\b(is|are) (they|it|the (contact|lead|prospect|person)|contacts|leads|prospects)\b|\bhow (do|does|would|will|can|could|should) (i|we|you|it|(our |the )?(reps?|users?|admins?|the (tool|app|system)))\b|\bis (there|it) (a way|possible)\b|\b(is there|are there|do you have) (a|an|any)\b|\b(need|want|have|would like) (a way|to be able) to\b|\bwhat happens (to|when|if)\b|\b(if|when) (a|the|one|any) (lead|contact|prospect|rep|recipient|customer|person|buyer|client)\b|(?<![а-яё])(умеет|может|можно|сможет|есть) ли(?![а-яё])|(?<![а-яё])(а )?если (клиент|контакт|получатель|лид|менеджер|кто-то)(?![а-яё])|(?<![а-яё])как (система|сервис|инструмент|бот|оно|вы)(?![а-яё])/;

/** Someone other than the writer: a rep, a contact, a whole domain, the alerts. */
const SOMEONE_ELSE =
  /\b(reps?|contacts?|prospects?|leads?|users?|they|them|someone|somebody|anyone|anybody|everyone|who|people|customers?|clients?|recipients?|(a |the |whole )+domain|domains|alerts?|notifications?|sequences?|owners?|members?|admins?|managers?|the (person|contact|prospect|lead|recipient))\b|(?<![а-яё])(клиент|контакт|получател|лид|менеджер|кто-то|рассылк)[а-яё]*/;

/** The writer's team caught out before: "We were reported for spam last quarter. How would you prevent that?". */
const OWN_MISHAP =
  /\b(we|i|our [a-z]+) (were|was|got|have been|'ve been|had been|keep getting|kept getting) (reported|flagged|marked|blocked|blacklisted|complaints?)\b/;

/** The writer or their own address: "me", "us", "emailing our…", "меня". */
const OURSELVES =
  /\b(me|my|myself|mine|us)\b|\b(emailing|e-mailing|contacting|messaging|writing to|spamming|remove|delete|take|drop|unsubscribe|stop) our\b|(?<![а-яё])(меня|мне|мой|моя|мою|мои|нас|нам)(?![а-яё])/;

/** A request put to us, not a question about the tool: "Can you remove them from your list?". */
const ASKED_OF_US =
  /\b(can|could|would|will) you (please |kindly |just )?(remove|delete|take|drop|unsubscribe|stop|opt)\b|\byour (list|lists|database|mailing list|sequence|sequences|cadence|campaign|newsletter)\b/;
