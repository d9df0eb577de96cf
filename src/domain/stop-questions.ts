import type { TextRule } from './classify-rules.js';
import { quotesSomeoneElse, withoutQuotes } from './mentions.js';

/**
 * A stop only told of is no stop of the writer's. A buyer of a tool that handles stops asks how
 * it does ("Can reps opt out of the Slack alerts?", "If a lead unsubscribes from one rep, are they
 * suppressed for the whole team?") or tells of their own trouble with them ("Last month a prospect
 * asked to be removed and another rep emailed her two days later. Let's talk.", "We keep getting
 * flagged as spam. Interested."). A stop suppresses the contact team-wide, so it is let off only
 * when every sentence that says it names someone else or the team's own mishap, quotes it, or
 * neither names the writer as the one to stop nor asks us to remove anyone, and the reply asks
 * about the tool or says yes elsewhere. "How do I unsubscribe?", "Can you take me off your list?",
 * "Can you stop emailing our reps?", "Remove me. Can reps opt out too?" still stop.
 */
export function stopOnlyToldOf(
  text: string,
  stops: readonly TextRule[],
  keen: (s: string) => boolean,
): boolean {
  // A stop in quotes is named, not said: "Will it catch 'stop emailing me' replies?".
  const own = withoutQuotes(text);
  const sentences = own.split(/(?<=[.!?;])\s+/);
  const stopsIn = (s: string) => stops.some((r) => r.pattern.test(s));
  const said = sentences.flatMap((s, i) => (stopsIn(s) ? [i] : []));
  // 'One of our prospects wrote "please stop emailing me" to one rep…': someone else's words.
  if (!said.length && quotesSomeoneElse(own) && !THE_WRITER_STOPPED.test(own)) return true;
  const elsewhere = sentences.filter((_, i) => !said.includes(i));
  const asksOrWants =
    elsewhere.some((s) => s.includes('?') || keen(s)) ||
    said.some((i) => (sentences[i] as string).includes('?') && CAPABILITY.test(sentences[i] as string));
  if (!asksOrWants) return false;
  // Only quoted: a question about the tool ("I said 'remove me' twice. Why am I still getting these?" is no such question).
  if (!said.length)
    return sentences.some((s) => s.includes('?') && CAPABILITY.test(s)) && !THE_WRITER_STOPPED.test(own);
  return said.every((i) => {
    const s = sentences[i] as string;
    return (
      (SOMEONE_ELSE.test(s) || OWN_MISHAP.test(s)) && !THE_WRITER_STOPPED.test(s) && !ASKED_OF_US.test(s)
    );
  });
}

/** What the tool, its users or the writer could do with it. */
const CAPABILITY =
  /\b(does|do|can|could|will|would|should) (it|this|that|the (tool|app|product|system|platform|bot|sequence)|(our |the |a )?(reps?|users?|admins?|managers?|contacts?|prospects?|leads?|people|recipients?)|they|we|i)\b|\b(is|are) (they|it|the (contact|lead|prospect|person)|contacts|leads|prospects)\b|\bhow (do|does|would|will|can|could|should) (i|we|you|it|(our |the )?(reps?|users?|admins?|the (tool|app|system)))\b|\bis (there|it) (a way|possible)\b|\b(is there|are there|do you have) (a|an|any)\b|\b(need|want|have|would like) (a way|to be able) to\b|\bwhat happens (to|when|if)\b|\b(if|when) (a|the|one|any) (lead|contact|prospect|rep|recipient|customer|person|buyer|client)\b|(?<![а-яё])(умеет|может|можно|сможет|есть) ли(?![а-яё])|(?<![а-яё])(а )?если (клиент|контакт|получатель|лид|менеджер|кто-то)(?![а-яё])|(?<![а-яё])как (система|сервис|инструмент|бот|оно|вы)(?![а-яё])|(?<![а-яё])(распространя|учитыва|отслежива|блокиру|останавлива|помеча|уведомля|сообща|понима|распозна|отлича|напомина|обрабатыва|фильтру|действу)[а-яё]*(?=[^.!?]*\?)/;

/** Someone other than the writer: a rep, a contact, a whole domain, the alerts. */
const SOMEONE_ELSE =
  /\b(reps?|contacts?|prospects?|leads?|users?|they|them|someone|somebody|anyone|anybody|everyone|who|people|customers?|clients?|recipients?|(a |the |whole )+domain|domains|alerts?|notifications?|sequences?|owners?|members?|admins?|managers?|requests?|opt-?outs?|the (person|contact|prospect|lead|recipient))\b|(?<![а-яё])(клиент|контакт|получател|лид|менеджер|кто-то|рассылк)[а-яё]*/;

/** The writer's team caught out before: "We were reported for spam last quarter. How would you prevent that?". */
const OWN_MISHAP =
  /\b(we|i|our [a-z]+) (were|was|got|get|have been|'ve been|had been|keep getting|kept getting) (reported|flagged|marked|blocked|blacklisted|complaints?)\b/;

/**
 * The writer as the one to stop: "me", "my address", "remove us", "stop emailing our team", "меня"
 * ("Our legal team has been on us about opt-outs" names "us" and asks no stop).
 */
const THE_WRITER_STOPPED =
  /\b(me|my|myself|mine)\b|\b(email|e-mail|emailing|e-mailing|contact|contacting|message|messaging|write to|writing to|spam|spamming|remove|delete|take|drop|unsubscribe|leave|bother|bothering|pester|pestering|add|put) (us|our)\b|\bus (off|from) (your|the|this|all)\b|(?<![а-яё])(меня|мне|мой|моя|мою|мои)(?![а-яё])|(?<![а-яё])(удалит|убер|исключ|отпиш|пиш|беспоко|присыла|отправля|звон)[а-яё]* (нас|нам)(?![а-яё])/;

/**
 * A request put to us, not a question about the tool: "Can you remove them from your list?", and
 * a bare order ("How did you get my details? Remove them.").
 */
const ASKED_OF_US =
  /\b(can|could|would|will) you (please |kindly |just )?(remove|delete|take|drop|unsubscribe|stop|opt)\b|^(please |now )?(remove|delete|erase) (it|them|those|that|this)( all| now| immediately| please)?[.!]*$|\byour (list|lists|database|mailing list|sequence|sequences|cadence|campaign|newsletter)\b/;

/**
 * Who else a stop names, read once from its sentences.
 *
 * `forAnother`: the stop is someone else's, not the writer's: "Please take my colleague Joe off your
 * list; he's asked me to pass that on. I'm still interested though." Suppressing the writer would
 * lose them. Every sentence that says a stop must name another person as the one to remove (a
 * colleague, "him", a name, capitalised as written: "remove my ID" is the writer's; an address not
 * the writer's beside word of another person: "remove john.doe@acme.com, he left in June"), and none
 * the writer ("…and me", "remove us too", "remove John from your list as well").
 *
 * `addresses`: the addresses a stop names that are not the writer's ("Please remove
 * john.doe@acme.com, he left", and "Please take tom@brightline.io off your distribution" from another
 * of Tom's addresses); each is suppressed, whether or not the writer is too. Read on the reply as written.
 */
export function othersStopped(
  written: string,
  stops: readonly TextRule[],
  writer: string,
): { forAnother: boolean; addresses: string[] } {
  const me = writer.toLowerCase();
  const named = stopSentences(written, stops).map(([s, lower]) => ({ lower, who: anotherRemoved(s, lower) }));
  const another = (who: string | undefined) =>
    !!who && (!who.includes('@') || (who.toLowerCase() !== me && THIRD_PERSON.test(written.toLowerCase())));
  const addresses = named
    .map(({ who }) => who?.toLowerCase())
    .filter((who): who is string => !!who?.includes('@') && who !== me);
  return {
    forAnother:
      named.length > 0 && named.every(({ lower, who }) => another(who) && !WRITER_REMOVED.test(lower)),
    addresses: [...new Set(addresses)],
  };
}

/** The sentences that say a stop, as written and lowercased. */
const stopSentences = (written: string, stops: readonly TextRule[]) =>
  written
    .split(/(?<=[.!?;])\s+/)
    .map((s) => [s, s.toLowerCase()] as const)
    .filter(([, lower]) => stops.some((r) => r.pattern.test(lower)));

/** Who a sentence asks us to remove, unless the writer: a relation, a capitalised name, an address. */
function anotherRemoved(sentence: string, lower: string): string | undefined {
  const m = ANOTHER_REMOVED.exec(lower);
  const at = m?.indices?.[1] ?? m?.indices?.[2] ?? m?.indices?.[3];
  if (!m || !at) return undefined;
  // "unsubscribe my colleague tom@…, he left": the address is who to remove.
  const address = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/.exec(sentence.slice(m.index, m.index + m[0].length))?.[0];
  if (address) return address;
  // A bare word is a person only when written with a capital: "remove Joe", "уберите Ивана".
  const who = sentence.slice(at[0], at[1]);
  return who.includes('@') || RELATION.test(who.toLowerCase()) || who[0] !== who[0]?.toLowerCase()
    ? who
    : undefined;
}

/** Word of a person other than the writer: "he left", "she no longer works here", "он уволился". */
const THIRD_PERSON =
  /\b(he|she|they|him|her|his|hers|them|their|colleague|coworker|co-worker|predecessor|former|no longer|left|retired|passed away|deceased)\b|(?<![а-яё])(он|она|они|его|её|ее|их|коллег[а-яё]*|уволил[а-яё]*|ушел|ушла|ушли|больше не работает|не работает)(?![а-яё])/;

const RELATION =
  /^((my|our) [a-z]+( [a-z]+)?|him|her|((моего|мою|нашего|нашу) )?(коллег|сотрудник|руководител|начальник|ассистент|директор)[а-яё]*( [а-яё]+)?|его|её|ее)$/;
const ANOTHER_REMOVED =
  /(?:\b(?:take|remove|drop|delete|unsubscribe|scrub) (?!(?:me|us|myself|our|ourselves|everyone|everybody|anyone|all|the|this|that|these|those|it|my (?:e-?mail|address|name|details|info|data|contact|number|inbox|id))\b)((?:my|our) (?:colleague|boss|manager|assistant|ea|pa|cto|ceo|cfo|coo|coworker|co-worker|teammate|team ?mate|partner|wife|husband|predecessor|intern)(?: [a-z]+)?(?: \(?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\)?)?|him|her|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|[a-z]+)(?:(?: [a-z]+| (?:and|&) (?:me|us|myself))? (?:off|from) (?:your|the|this|all)\b|(?<=\b(?:my|our) [a-z-]+) \(?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\)?(?: (?:and|&) (?:me|us|myself)| too| as well)?(?=\s*(?:[,.;!]|$))|(?<=@[\w-]+(?:\.[\w-]+)+)(?: too| as well)?(?=\s*(?:[,.;!]|$)))|(?<![а-яё])(?:уберите|удалите|исключите|отпишите)(?:,? пожалуйста,?)? (?!(?:меня|нас|всех|мой|мою|мои|наш|этот|эту|это|данный)(?![а-яё]))((?:моего |мою |нашего |нашу )?[а-яё]+|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)(?: [а-яё]+)? (?:из|с) (?:вашей|ваших|рассылк|базы|списк)|(?<![а-яё])(?:уберите|удалите|исключите|отпишите)(?:,? пожалуйста,?)? (?:из|с) (?:вашей |ваших )?(?:рассылк|базы|списк)[а-яё]*(?:,? пожалуйста,?)? ((?:моего |мою |нашего |нашу )?[а-яё]+|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+))/d;
const WRITER_REMOVED =
  /\b(remove|take|drop|delete|unsubscribe|scrub) (me|us|myself)\b|\b(from|off) (your|the|this|all) [a-z ]{0,20}\b(as well|too)\b|\b(and|&) (me|us|myself)\b|\b(me|us) and\b|\b(too|as well)[.!]*$|\b(me|us) (too|as well|also)\b|\b(stop|quit|don'?t|do not|never) (e-?mailing|emailing|contacting|writing to|messaging|calling) (me|us)\b|(?<![а-яё])(меня|нас) (тоже|также)(?![а-яё])|(?<![а-яё])и (меня|нас)(?![а-яё])/;
