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
