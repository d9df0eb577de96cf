import EmailReplyParser from 'email-reply-parser';

/**
 * Quoted-history headers the parser's own list misses (Russian mail clients, Outlook's
 * separator): the reply ends at the first of these lines.
 */
const HISTORY_STARTS: readonly RegExp[] = [
  /^.{0,200}(написал|написала|написал\(а\)|пишет):\s*$/iu,
  /^-{2,}\s*(Original Message|Исходное сообщение|Пересланное сообщение)\s*-{2,}\s*$/iu,
  /^(From|От):\s.*(@|<).*$/u, // Outlook's quoted header block: "From: Sam <sam@ourco.io>"
];

const parser = new EmailReplyParser();

/** The new text of a reply: quoted history and the signature removed, whitespace trimmed. */
export function replyTextOf(body: string): string {
  const text = parser.parseReply(body.replace(/\r\n/g, '\n'));
  const lines = text.split('\n');
  const cut = lines.findIndex((l) => HISTORY_STARTS.some((re) => re.test(l.trim())));
  return (cut === -1 ? lines : lines.slice(0, cut)).join('\n').trim();
}
