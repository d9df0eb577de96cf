/**
 * Words in quotes are named, not said: "What does it do when a prospect replies 'not interested'?",
 * "Will it catch 'stop emailing me' replies?", «я в отпуске». A buyer asking about the replies the
 * tool reads quotes them; the quote is no answer of theirs.
 */

/** Quoted words: '…', "…", «…», “…”, ‘…’ (not an apostrophe inside a word). */
const QUOTED =
  /(?<![\p{L}\p{N}])'[^'\n]{2,80}'(?![\p{L}\p{N}])|"[^"\n]{2,80}"|«[^»\n]{2,80}»|“[^”\n]{2,80}”|‘[^’\n]{2,80}’/gu;

/** The text with every quote set aside. */
export const withoutQuotes = (text: string) => text.replace(QUOTED, ' "…" ');

/**
 * The text with the quotes inside its questions about the tool set aside ("How do you handle replies
 * that say 'wrong person'?"). A quote outside such a question stays: "I said 'remove me' three
 * times." and "What part of 'not interested' don't you understand?" are said.
 */
export const quotesInQuestionsSetAside = (text: string, asksAboutTheTool: (sentence: string) => boolean) =>
  text.includes('?')
    ? text
        .split(/(?<=[.!?])\s+/)
        .map((s) => {
          const named = withoutQuotes(s);
          return s.includes('?') && named !== s && asksAboutTheTool(named) ? named : s;
        })
        .join(' ')
    : text;

/** Words another person wrote, quoted: 'a prospect wrote "…"', 'клиент написал «…»'. */
const QUOTED_FROM_SOMEONE_ELSE =
  /\b(prospects?|clients?|leads?|customers?|contacts?|someone|somebody|buyers?|recipients?|people|they|he|she|one of (our|their|the) [a-z]+) (wrote|said|replied|asked|answered|told [a-z]+|writes|says|replies|asks)( [a-z]+){0,3},?\s+"…"|(?<![а-яё])(клиент|контакт|получатель|лид|покупатель|кто-то)[а-яё]* (написал|ответил|попросил|пишет|просит)[а-яё]*( [а-яё]+){0,3},?\s+"…"/;

/** Whether the text (its quotes set aside) reports another person's words. */
export const quotesSomeoneElse = (text: string) => QUOTED_FROM_SOMEONE_ELSE.test(withoutQuotes(text));
