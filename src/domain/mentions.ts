/**
 * Words in quotes are named, not said: "What does it do when a prospect replies 'not interested'?",
 * "Will it catch 'stop emailing me' replies?", «я в отпуске». A buyer asking about the replies the
 * tool reads quotes them; the quote is no answer of theirs.
 */

/** Quoted words: '…', "…", «…», “…”, ‘…’ (an apostrophe inside a word neither opens nor closes one). */
const QUOTED =
  /(?<![\p{L}\p{N}])'(?:[^'\n]|(?<=\p{L})'(?=\p{L})){2,80}'(?![\p{L}\p{N}])|"[^"\n]{2,80}"|«[^»\n]{2,80}»|“[^”\n]{2,80}”|‘[^’\n]{2,80}’/gu;

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
  const examplesNamed = text.replace(EXAMPLE, (m) => m.replace(QUOTED, ' "…" '));
  if (!examplesNamed.includes('?')) return examplesNamed;
  return examplesNamed
    .split(/(?<=[.!?])\s+/)
    .map((s) => {
      const named = withoutQuotes(s);
      return s.includes('?') && named !== s && asksAboutTheTool(named) ? named : s;
    })
    .join(' ');
}

/** Words another person wrote, quoted: 'a prospect wrote "…"', 'клиент написал «…»'. */
const QUOTED_FROM_SOMEONE_ELSE =
  /\b(prospects?|clients?|leads?|customers?|contacts?|someone|somebody|buyers?|recipients?|people|they|he|she|one of (our|their|the) [a-z]+) (wrote|said|replied|asked|answered|told [a-z]+|writes|says|replies|asks)( [a-z]+){0,3},?\s+"…"|(?<![а-яё])(клиент|контакт|получатель|лид|покупатель|кто-то)[а-яё]* (написал|ответил|попросил|пишет|просит)[а-яё]*( [а-яё]+){0,3},?\s+"…"/;

/** Whether the text (its quotes set aside) reports another person's words. */
export const quotesSomeoneElse = (text: string) => QUOTED_FROM_SOMEONE_ELSE.test(withoutQuotes(text));
