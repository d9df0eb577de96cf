import { CLIENTS_OWN_LINE, withoutFooter } from '../domain/footer.js';
import { answersInline, saysAnswersAreBelow } from './inline-answers.js';
import { visibleText } from './visible-text.js';

/** "wrote" as mail clients write it in an attribution line. */
const WROTE =
  'wrote|написал|написала|написал\\(а\\)|пишет|пише|написав|написа|a écrit|schrieb|schreef|escribió|geschreven|ha scritto|escreveu|skrev|kirjoitti|napisał(?:\\(a\\))?|napsal(?:\\(a\\))?|napísal(?:\\(a\\))?|napisao|yazdı|írta|a scris|έγραψε|rašė|rakstīja|kirjutas|va escriure|đã viết|menulis|写道|寫道|작성|כתב|كتب';

/** An original message's separator, which a reply writes over its quote too ("-----Original Message-----"). */
export const ORIGINAL_SEPARATOR =
  /^-{2,}\s*(Original Message|Original|Mail original|原始邮件|Исходное сообщение|Origineel bericht|Message d'origine|Ursprüngliche Nachricht|Mensaje original|Messaggio originale|Mensagem original|Ursprungligt meddelande)\s*-{2,}\s*$/iu;
/** Outlook's rule above the quoted header block. */
export const OUTLOOK_RULE = /^_{10,}\s*$/u;
/** A separator only a forward writes: what follows it is the message forwarded. */
export const FORWARD_SEPARATORS: readonly RegExp[] = [
  /^-{2,}\s*(Forwarded message|Пересланное сообщение|Doorgestuurd bericht|Message transféré|Weitergeleitete Nachricht|Mensaje reenviado|Messaggio inoltrato|Mensagem encaminhada|Vidarebefordrat meddelande)\s*-{2,}\s*$/iu,
  // Apple Mail's forward: "Begin forwarded message:", "Début du message réexpédié :"…
  /^(Begin forwarded message|Forwarded message|Début du message réexpédié|Anfang der weitergeleiteten Nachricht|Inicio del mensaje reenviado|Начало пересылаемого сообщения|Начало переадресованного сообщения)\s*:\s*$/iu,
];
/** A forwarded or original message's separator: what follows it is that message, not an answer. */
const FORWARDED: readonly RegExp[] = [ORIGINAL_SEPARATOR, ...FORWARD_SEPARATORS];
/**
 * Quoted-history headers the parser's own list misses (Russian mail clients, Yandex, Mail.ru,
 * Outlook's separator, other languages' attributions): the history starts at the first of these.
 */
const HISTORY_STARTS: readonly RegExp[] = [
  // "On … wrote:" in the languages mail clients write it (Le … a écrit, Am … schrieb, Op … geschreven…).
  new RegExp(`^.{0,200}(${WROTE})\\s?[:：]\\s*$`, 'iu'),
  // Lotus Notes and some webmails put the date after the verb: "Sam <sam@x.io> wrote on 23.11.2026 14:22:".
  new RegExp(`^.{0,200}(${WROTE})\\s+(on|am|le|el|il|op|em|den|в)\\s.{0,80}:\\s*$`, 'iu'),
  // Hungarian Gmail: "Alex Kim <alex@x.io> ezt írta (időpont: 2026. nov. 23., H, 10:00):".
  new RegExp(`^.{0,200}(${WROTE})\\s*\\(.{0,80}\\)\\s*[:：]\\s*$`, 'iu'),
  // "On 11-Apr-2011, at 6:54 PM, Roman <roman@x.com> sent:" (a line that starts with "On" only:
  // "Here is what I sent:" is the writer's own).
  /^on\s.{0,200}\ssent\s?:\s*$/iu,
  // Android's "---- John Smith wrote ----".
  new RegExp(`^-{2,}\\s*.{1,100}\\s(${WROTE})\\s*-{2,}\\s*$`, 'iu'),
  // Gmail in Chinese, Japanese and other locales: "2011/4/7 Nathan <support@example.com>" (a date
  // first and an address in brackets, with or without the colon).
  /^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s.{0,100}<[^\s<>@]{1,64}@[^\s<>@]{1,255}>\s*:?\s*$/u,
  ...FORWARDED,
  // Outlook's quoted header block, "From: Sam <sam@ourco.io>" ("*From:*" once HTML is text; De, Von, Van… elsewhere).
  /^\*?(From|От|Від|De|De la|Von|Van|Från|Fra|Frá|Da|Od|Kimden|Lähettäjä|Feladó|Αποστολέας|Mittente|Remitente|Remetente|Expéditeur|Absender|Afzender|Avsändare|Saatja|Nuo|差出人|发件人|寄件者|보낸 사람)\*?\s?[:：]\s?.*(@|<).*$/u,
  // Yandex, Mail.ru: '23.11.2026, 10:02, "Sam" <sam@x.io>:' (an address's parts bounded, or a
  // long line without spaces is crossed once for each of the first 200 characters).
  /^.{0,200}<?[^\s<>@]{1,64}@[^\s<>@]{1,255}>?\s*:\s*$/u,
  OUTLOOK_RULE,
];
/** Direction marks right-to-left clients put around names and addresses (Gmail in Hebrew, Arabic). */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const isHistoryStart = (l: string) => {
  const line = l.replace(BIDI_MARKS, '').trim();
  return HISTORY_STARTS.some((re) => re.test(line));
};
/** A quoted header line under a rule (Hotmail: a line of dashes, then "Date: …"). */
const QUOTED_HEADER = /^(From|Date|Sent|To|Subject|От|Дата|Отправлено|Кому|Тема):\s/u;

/**
 * An attribution a phone wrapped over two lines ('02.04.2012 14:20 пользователь "bob@x" <' then
 * 'bob@x> написал:') joined back into one, so the quote under it is recognised as one.
 */
const WRAPPED_ATTRIBUTION = new RegExp(
  `^([^\\n]{0,200}(?:\\d{1,2}[.:/]\\d{2}|@)[^\\n]{0,200})\\n([^\\n]{0,200}(?:${WROTE})\\s?[:：][ \\t]*)$`,
  'gimu',
);

/**
 * An attribution wrapped inside its address ("2014-10-17 11:28 GMT+03:00 Postmaster <" then
 * "postmaster@x.org>:"), joined back into one line.
 */
const WRAPPED_ADDRESS = /^([^\n]{0,200}<)\n([^\s<>@\n]{1,64}@[^\s<>@\n]{1,255}>\s*:[ \t]*)$/gmu;

/**
 * A header line some webmails put above the quoted From (GMX, web.de: "Gesendet: …" then "Von: …";
 * others "Date: …" and "To: …" first).
 */
const DATE_ABOVE =
  /^\*?(Gesendet|Sent|Date|Datum|Envoyé|Enviado|Inviato|Verzonden|Wysłane|Odesláno|Gönderildi|Lähetetty|Skickat|Sendt|Дата|Отправлено|Надіслано|送信日時|发送时间|日期|To|Cc|Subject|An|Betreff|À|Objet|Кому|Тема)\*?\s?[:：]\s?\S/u;

/** The first line of the quoted history: a history header, or a rule with quoted headers under it. */
function historyStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isHistoryStart(line)) {
      let start = i;
      while (start > 0 && DATE_ABOVE.test((lines[start - 1] as string).trim())) start--;
      return start;
    }
    if (/^-{10,}\s*$/.test(line.trim())) {
      const following = lines.slice(i + 1, i + 4).filter((l) => l.trim());
      if (following[0] && QUOTED_HEADER.test(following[0].trim())) return i;
    }
  }
  return -1;
}

/** A phone's or app's line under the reply ("Sent from my iPhone", "Отправлено с iPhone"). */
const SENT_FROM =
  /^(sent (from|with|via) (my )?[\w .-]{1,30}|get outlook for (ios|android)|отправлено (с|из) [\wа-яё .-]{1,40})\.?$/iu;
/** A link as mail clients write it beside its label: "( https://… )", "<https://…>", "[https://…]". */
const LINK = /\s*[[(<]\s*https?:\/\/[^\s\])>]*\s*[\])>]/g;

/** The reply without a footer or a "Sent from my…" line; never cut at the first line (that is what the person wrote). */
function withoutFooterOrSentFrom(lines: string[]): string[] {
  return withoutFooter(lines).filter(
    (l, i) => (i === 0 || !SENT_FROM.test(l.replace(LINK, '').trim())) && !CLIENTS_OWN_LINE.test(l.trim()),
  );
}
const isQuoted = (l: string) => /^\s*>/.test(l);

/**
 * The new text of a reply: quoted history and the signature removed, whitespace trimmed. A
 * bottom-posted answer (the quote first, the answer under it) is the text after the quote; answers
 * marked in the quote under "see below" are kept (inline-answers.ts; `writer` is the sender's name,
 * whose initials may mark them).
 */
export function replyTextOf(body: string, writer?: string): string {
  const unix = body.replace(/\r\n/g, '\n').replace(INLINE_IMAGE, '');
  const visible = visibleText(unix.replace(WRAPPED_ATTRIBUTION, '$1 $2').replace(WRAPPED_ADDRESS, '$1$2'));
  const lines = visible.split('\n');
  const cut = historyStart(lines);
  const before = withoutFooterOrSentFrom(
    (cut === -1 ? lines : lines.slice(0, cut)).filter((l) => !isQuoted(l)),
  );
  const reply = before.join('\n');
  if (reply.trim() && saysAnswersAreBelow(reply)) {
    // "See my answers below." over answers marked in the quote: those answers are the reply too
    // (looked for in the whole mail: email-reply-parser has cut the quote from `visible`).
    const whole = unix.split('\n');
    const quote = historyStart(whole);
    const inline = quote === -1 ? [] : answersInline(whole.slice(quote), writer);
    if (inline.length) return tidy(`${reply.trimEnd()}\n${inline.join('\n')}`);
  }
  if (reply.trim() || cut === -1) return tidy(reply);
  // A forward with nothing written above it says nothing of its own.
  if (FORWARDED.some((re) => re.test((lines[cut] as string).trim()))) return '';
  // Bottom-posted: skip the quote block, keep what follows until the next history header.
  const rest = lines.slice(cut + 1);
  const next = historyStart(rest);
  return tidy(
    withoutFooterOrSentFrom((next === -1 ? rest : rest.slice(0, next)).filter((l) => !isQuoted(l))).join(
      '\n',
    ),
  );
}

/**
 * Where an image sat in the HTML, as a client's text part marks it: Outlook's
 * "[cid:image001.png@01DB3A2F.5C8E1B20]" (read as an address, it was a referral to an image),
 * Gmail's "[image: Finchley logo]".
 */
const INLINE_IMAGE = /\[cid:[^\]\n]*\]|\[image: ?[^\]\n]*\]|(?<![\w/])cid:[^\s>\]]+/gi;

/**
 * Trimmed, without the rule a client draws above the quoted history (Outlook's HTML <hr> as
 * dashes), and with blank lines as one (HTML's paragraphs and breaks add them in threes).
 */
const tidy = (text: string) =>
  text
    .replace(/(\n[ \t]*[-_=*]{5,}[ \t]*)+\s*$/, '')
    .replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n')
    .trim();
