import EmailReplyParser from 'email-reply-parser';

/**
 * Quoted-history headers the parser's own list misses (Russian mail clients, Yandex, Mail.ru,
 * Outlook's separator): the history starts at the first of these lines.
 */
const HISTORY_STARTS: readonly RegExp[] = [
  /^.{0,200}(wrote|написал|написала|написал\(а\)|пишет):\s*$/iu,
  /^-{2,}\s*(Original Message|Forwarded message|Исходное сообщение|Пересланное сообщение)\s*-{2,}\s*$/iu,
  /^(From|От):\s.*(@|<).*$/u, // Outlook's quoted header block: "From: Sam <sam@ourco.io>"
  /^.{0,200}<?[^\s<>@]+@[^\s<>@]+>?\s*:\s*$/u, // Yandex, Mail.ru: '23.11.2026, 10:02, "Sam" <sam@x.io>:'
  /^_{10,}\s*$/u, // Outlook's rule above the header block
];
const isHistoryStart = (l: string) => HISTORY_STARTS.some((re) => re.test(l.trim()));

/**
 * Where a company's footer starts under the reply: a confidentiality notice, a disclaimer, a
 * marketing-preferences line. Its "delete this message" and "unsubscribe" are nobody's answer.
 */
const FOOTER_STARTS: readonly RegExp[] = [
  /^(confidentiality notice|confidential(ity)?:|disclaimer:|legal disclaimer|privileged (and|&) confidential)/i,
  /^(this|the) (e-?mail|message|communication)( and any (attachments?|files)( (to|with) it)?)?.{0,40}\b(confidential|privileged|intended (solely|only))/i,
  /^the information (contained )?in this (e-?mail|message|communication)/i,
  /^if you (are not the intended recipient|have received this (e-?mail|message|communication) in error)/i,
  /^to (unsubscribe|stop receiving|opt out|manage your (email )?preferences).{0,60}(marketing|newsletters?|promotional|preferences)/i,
  /^(конфиденциально|(данное|это) (сообщение|письмо).{0,60}(конфиденциальн|предназначен)|если вы (получили это (сообщение|письмо) по ошибке|не являетесь (адресатом|получателем)))/iu,
];
/** The reply without a footer; never cut at the first line (that is what the person wrote). */
function withoutFooter(lines: string[]): string[] {
  const at = lines.findIndex((l, i) => i > 0 && FOOTER_STARTS.some((re) => re.test(l.trim())));
  return at === -1 ? lines : lines.slice(0, at);
}
const isQuoted = (l: string) => /^\s*>/.test(l);

const parser = new EmailReplyParser();

/**
 * The new text of a reply: quoted history and the signature removed, whitespace trimmed. A
 * bottom-posted answer (the quote first, the answer under it) is the text after the quote.
 */
export function replyTextOf(body: string): string {
  const visible = parser.parseReply(body.replace(/\r\n/g, '\n'));
  const lines = visible.split('\n');
  const cut = lines.findIndex(isHistoryStart);
  const before = withoutFooter((cut === -1 ? lines : lines.slice(0, cut)).filter((l) => !isQuoted(l)));
  if (before.join('').trim() || cut === -1) return before.join('\n').trim();
  // Bottom-posted: skip the quote block, keep what follows until the next history header.
  const rest = lines.slice(cut + 1);
  const next = rest.findIndex(isHistoryStart);
  return withoutFooter((next === -1 ? rest : rest.slice(0, next)).filter((l) => !isQuoted(l)))
    .join('\n')
    .trim();
}
