/**
 * Words in quotes are named, not said: "What does it do when a prospect replies 'not interested'?",
 * "Will it catch 'stop emailing me' replies?", «я в отпуске». A buyer asking about the replies the
 * tool reads quotes them; the quote is no answer of theirs.
 */

/** Quoted words: '…', "…", «…», “…”, ‘…’ (an apostrophe inside a word neither opens nor closes one). */
const QUOTED =
  /(?<![\p{L}\p{N}])'(?:[^'\n]|(?<=\p{L})'(?=\p{L})){2,80}'(?![\p{L}\p{N}])|"[^"\n]{2,80}"|«[^»\n]{2,80}»|“[^”\n]{2,80}”|‘[^’\n]{2,80}’/gu;

/** A mark that may open a quote (most replies have none, and the reading below is not free). */
const OPENS_A_QUOTE = /["«“‘]|(?<![\p{L}\p{N}])'/u;

/** The text with every quote set aside. */
export const withoutQuotes = (text: string) => text.replace(QUOTED, ' "…" ');

/** A quote given as an example: "auto-replies like 'I'm on vacation until Monday'", "ответы вроде «стоп»". */
const EXAMPLE = new RegExp(
  `\\b(like|such as|e\\.g\\.,?|for example,?|for instance,?|that say|that says|which say|which says)\\s+(${QUOTED.source})|(?<![а-яё])(вроде|например|типа)\\s+(${QUOTED.source})`,
  'gu',
);

/**
 * The text with its example quotes and the quotes inside its questions about the tool set aside
 * ("How do you handle replies that say 'wrong person'?"). A quote outside such a question stays:
 * "I said 'remove me' three times." and "What part of 'not interested' don't you understand?" are said.
 */
export function quotesInQuestionsSetAside(
  text: string,
  asksAboutTheTool: (sentence: string) => boolean,
): string {
  if (!OPENS_A_QUOTE.test(text)) return text;
  const examplesNamed = text
    .replace(EXAMPLE, (m) => m.replace(QUOTED, ' "…" '))
    .replace(REPORTED, (m) => m.replace(QUOTED, ' "…" '));
  if (!examplesNamed.includes('?')) return examplesNamed;
  return examplesNamed
    .split(/(?<=[.!?])\s+/)
    .map((s) => {
      const named = withoutQuotes(s);
      return s.includes('?') && named !== s && asksAboutTheTool(named) ? named : s;
    })
    .join(' ');
}

/** Who else might be quoted, and how: 'a prospect wrote "…"', 'клиенты отвечают «…»'. */
const SOMEONE_ELSE_SAID =
  '\\b(prospects?|clients?|leads?|customers?|contacts?|someone|somebody|buyers?|recipients?|people|they|he|she|one of (our|their|the) [a-z]+|(our|my) (sdrs|bdrs|reps|aes|sellers|salespeople|sales reps))( often| usually| always| sometimes| just)? (wrote|said|replied|asked|answered|told [a-z]+|write|say|reply|writes|says|replies|asks)( [a-z]+){0,3},?\\s+|(?<![а-яё])(клиент|контакт|получател|лид|покупател|кто-то)[а-яё]*( часто| обычно| иногда| всегда)? (написал|ответил|попросил|пишет|просит|отвечают|пишут|просят|говорят|говорит)[а-яё]*( [а-яё]+){0,3},?\\s+';

/** Words another person wrote, quoted. */
const QUOTED_FROM_SOMEONE_ELSE = new RegExp(`(${SOMEONE_ELSE_SAID})"…"`);

/** Whether the text (its quotes set aside) reports another person's words. */
export const quotesSomeoneElse = (text: string) => QUOTED_FROM_SOMEONE_ELSE.test(withoutQuotes(text));

/** Another person's words quoted, with the quote: set aside anywhere, as an example is. */
const REPORTED = new RegExp(`(${SOMEONE_ELSE_SAID})(${QUOTED.source})`, 'gu');
