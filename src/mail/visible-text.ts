import EmailReplyParser from 'email-reply-parser';

/**
 * email-reply-parser's patterns for history headers run over the whole mail, and some of them
 * cross a long line or a long run of blank lines once per character, or worse ("^\s*(…[\s\S]+…)$"
 * in multiline mode; "^(.*)[0-9]{4}(.*)from(.*)<(.*)>:$"): 20,000 blank lines took 6 s, one line
 * of 40,000 digits 1.4 s, and the whole app waits meanwhile. (The library would use RE2, which is
 * linear, but that is a native module built at install.) So the parser sees the mail with what no
 * history header can be put aside: a line longer than LONGEST_LINE becomes a marker (its quote
 * marks kept, so a quoted line stays quoted), a line of spaces becomes empty, and blank lines
 * beyond two in a row go. The markers are turned back into their lines in what it returns.
 */
const LONGEST_LINE = 1_000;
const MARK = '\u{E000}'; // a private-use character: no mail's own text and no pattern's
const MARKED = new RegExp(`${MARK}(\\d+)${MARK}`, 'gu');

const parser = new EmailReplyParser();

/** The mail's new text as email-reply-parser sees it: the quoted history and the signature gone. */
export function visibleText(body: string): string {
  const long: string[] = [];
  const shaped = body
    .split('\n')
    .map((line) => {
      if (line.length <= LONGEST_LINE) return line.trim() ? line : '';
      const quoteMarks = /^[\s>]*/.exec(line)?.[0] ?? '';
      long.push(line.slice(quoteMarks.length));
      return `${quoteMarks}${MARK}${long.length - 1}${MARK}`;
    })
    .join('\n')
    .replace(/\n{4,}/g, '\n\n\n');
  return parser.parseReply(shaped).replace(MARKED, (_, i: string) => long[Number(i)] as string);
}
