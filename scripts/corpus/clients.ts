/**
 * How mail clients wrap a reply around the email it answers. Each client writes the headers,
 * the quoted history, the signature and the MIME structure its real counterpart does, so the
 * corpus tests reading the reply as much as classifying it.
 */
import { encodeWord, escapeHtml, htmlParagraphs, message, multipart, renderPart } from './mime.js';

export interface Person {
  name: string;
  email: string;
}
export interface Pitch {
  subject: string;
  text: string;
}
export interface Letter {
  reply: string;
  lang: 'en' | 'ru';
  from?: Person;
  to: Person;
  pitch: Pitch;
  /** The reply's Date; the pitch went out two hours before. */
  date: Date;
  messageId: string;
  inReplyTo: string;
  signature: string;
  subject?: string;
  extraHeaders?: string[];
}

export type Client = (l: Letter) => string;

const quote = (s: string) =>
  s
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
const pitchDate = (l: Letter) => new Date(l.date.getTime() - 2 * 3600_000);
const hhmm = (d: Date) => `${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const RU_DAYS = ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота'];
const addr = (p: Person) => `${encodeWord(p.name)} <${p.email}>`;
const rfcDate = (d: Date) => d.toUTCString().replace('GMT', '+0000');

function headers(l: Letter, subject = l.subject ?? `Re: ${l.pitch.subject}`, mailer?: string) {
  return [
    l.from ? `From: ${addr(l.from)}` : undefined,
    `To: ${addr(l.to)}`,
    `Subject: ${encodeWord(subject)}`,
    `Date: ${rfcDate(l.date)}`,
    `Message-ID: <${l.messageId}>`,
    `In-Reply-To: <${l.inReplyTo}>`,
    `References: <${l.inReplyTo}>`,
    mailer,
    ...(l.extraHeaders ?? []),
  ];
}
const withSignature = (l: Letter, sep = '\n\n') => (l.signature ? `${l.reply}${sep}${l.signature}` : l.reply);

/** Gmail: text and HTML alternatives, "On Mon, Nov 23, 2026 at 9:14 AM Sam <sam@…> wrote:". */
export const gmail: Client = (l) => {
  const d = pitchDate(l);
  const attribution =
    l.lang === 'ru'
      ? `пн, ${d.getUTCDate()} нояб. ${d.getUTCFullYear()} г. в ${hhmm(d)}, ${l.to.name} <${l.to.email}>:`
      : `On ${EN_DAYS[d.getUTCDay()]}, ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} at ${hhmm(d)} AM ${l.to.name} <${l.to.email}> wrote:`;
  const text = `${withSignature(l, '\n\n-- \n')}\n\n${attribution}\n\n${quote(l.pitch.text)}\n`;
  const html = `<div dir="ltr">${htmlParagraphs(withSignature(l))}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escapeHtml(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${htmlParagraphs(l.pitch.text)}</blockquote></div>`;
  return message(
    headers(l),
    multipart(
      'alternative',
      [
        renderPart({ type: 'text/plain', body: text }, true),
        renderPart({ type: 'text/html', body: html }, true),
      ],
      `000000000000${l.messageId.length}a1b2c3`,
    ),
  );
};

function outlookBlock(l: Letter, html: boolean) {
  const d = pitchDate(l);
  const ru = l.lang === 'ru';
  const rows: [string, string][] = ru
    ? [
        ['От', `${l.to.name} <${l.to.email}>`],
        ['Отправлено', `${d.getUTCDate()} ${RU_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} г. ${hhmm(d)}`],
        ['Кому', `${l.from?.name ?? ''} <${l.from?.email ?? ''}>`],
        ['Тема', l.pitch.subject],
      ]
    : [
        ['From', `${l.to.name} <${l.to.email}>`],
        [
          'Sent',
          `${EN_DAYS[d.getUTCDay()]}day, ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${hhmm(d)} AM`.replace(
            'Monday',
            'Monday',
          ),
        ],
        ['To', `${l.from?.name ?? ''} <${l.from?.email ?? ''}>`],
        ['Subject', l.pitch.subject],
      ];
  if (!html)
    return `________________________________\n${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${l.pitch.text}`;
  return `<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">${rows.map(([k, v]) => `<b>${k}:</b> ${escapeHtml(v)}`).join('<br>')}</font><div>&nbsp;</div></div><div>${htmlParagraphs(l.pitch.text)}</div>`;
}

/** Outlook desktop: top-posted, the history unquoted under a header block. */
export const outlook: Client = (l) =>
  message(
    headers(l, undefined, 'X-Mailer: Microsoft Outlook 16.0'),
    renderPart({ type: 'text/plain', body: `${withSignature(l)}\n\n${outlookBlock(l, false)}\n` }, true),
  );

/** Outlook on the web / Office 365: HTML only, "divRplyFwdMsg" history. */
export const outlookHtml: Client = (l) =>
  message(
    [...headers(l), `Thread-Topic: ${encodeWord(l.pitch.subject)}`, 'X-MS-Has-Attach:'],
    renderPart({
      type: 'text/html',
      body: `<html><body><div style="font-family:Aptos,sans-serif">${htmlParagraphs(withSignature(l))}</div><div id="appendonsend"></div>${outlookBlock(l, true)}</body></html>`,
    }),
  );

/** Apple Mail on an iPhone: "Sent from my iPhone", then the quote under "On 23 Nov 2026, at 09:14, … wrote:". */
export const appleMobile: Client = (l) => {
  const d = pitchDate(l);
  const sent = l.lang === 'ru' ? 'Отправлено с iPhone' : 'Sent from my iPhone';
  const attribution =
    l.lang === 'ru'
      ? `> ${d.getUTCDate()} нояб. ${d.getUTCFullYear()} г., в ${hhmm(d)}, ${l.to.name} <${l.to.email}> написал(а):`
      : `> On ${d.getUTCDate()} Nov ${d.getUTCFullYear()}, at ${hhmm(d)}, ${l.to.name} <${l.to.email}> wrote:`;
  return message(
    headers(l, undefined, 'X-Mailer: iPhone Mail (22B91)'),
    renderPart(
      { type: 'text/plain', body: `${l.reply}\n\n${sent}\n\n${attribution}\n> \n${quote(l.pitch.text)}\n` },
      true,
    ),
  );
};

/** Yandex Mail: "23.11.2026, 09:14, "Sam Ortiz" <sam@…>:" and a quoted history. */
export const yandex: Client = (l) => {
  const d = pitchDate(l);
  const date = `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}, ${hhmm(d)}, "${l.to.name}" <${l.to.email}>:`;
  const text = `${withSignature(l, '\n\n-- \n')}\n\n${date}\n${quote(l.pitch.text)}\n`;
  const html = `<div>${htmlParagraphs(withSignature(l))}</div><div> </div><div>${escapeHtml(date)}</div><blockquote>${htmlParagraphs(l.pitch.text)}</blockquote>`;
  return message(
    headers(l, undefined, 'X-Mailer: Yamail [ http://yandex.ru ] 5.0'),
    multipart(
      'alternative',
      [renderPart({ type: 'text/plain', body: text }), renderPart({ type: 'text/html', body: html })],
      `----==--bound.${l.messageId.length}.web.yandex.ru`,
    ),
  );
};

/** Mail.ru: HTML only, "Понедельник, 23 ноября 2026, 9:14 +03:00 от Sam <sam@…>:" above a blockquote. */
export const mailRu: Client = (l) => {
  const d = pitchDate(l);
  const attribution = `${RU_DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${RU_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hhmm(d)} +03:00 от ${l.to.name} &lt;${l.to.email}&gt;:`;
  const signature = l.signature
    ? `<div>--<br>${escapeHtml(l.signature).replace(/\n/g, '<br>')}<br>Отправлено из Почты Mail.ru</div>`
    : '<div>Отправлено из мобильной Почты Mail.ru</div>';
  const html = `<HTML><BODY><div>${htmlParagraphs(l.reply)}</div><div>&nbsp;</div>${signature}<div>&nbsp;</div><blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">${attribution}<br><div id="style_1"><div>${htmlParagraphs(l.pitch.text)}</div></div></blockquote></BODY></HTML>`;
  return message(
    headers(l, undefined, 'X-Mailer: Mail.Ru Mailer 1.0'),
    renderPart({ type: 'text/html', body: html }),
  );
};

/** Thunderbird, bottom-posted: the quote first, the answer under it. */
export const thunderbirdBottom: Client = (l) => {
  const d = pitchDate(l);
  const attribution =
    l.lang === 'ru'
      ? `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()} ${hhmm(d)}, ${l.to.name} пишет:`
      : `On ${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()} ${hhmm(d)}, ${l.to.name} wrote:`;
  const body = `${attribution}\n${quote(l.pitch.text)}\n\n${l.reply}\n${l.signature ? `\n-- \n${l.signature}\n` : ''}`;
  return message(
    headers(l, undefined, 'User-Agent: Mozilla Thunderbird'),
    renderPart({ type: 'text/plain', body }, true),
  );
};

/** Outlook for Android: "Get Outlook for Android" and the history under a From: block. */
export const outlookMobile: Client = (l) =>
  message(
    headers(l),
    renderPart(
      {
        type: 'text/plain',
        body: `${l.reply}\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n${outlookBlock(l, false)}\n`,
      },
      true,
    ),
  );

/** A reply on a forwarded copy: the prospect forwarded our email to a colleague, who answers. */
export const forwarded: Client = (l) => {
  const d = pitchDate(l);
  const fwd =
    l.lang === 'ru'
      ? `---------- Пересланное сообщение ---------\nОт: ${l.to.name} <${l.to.email}>\nДата: ${d.getUTCDate()} ${RU_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} г.\nТема: ${l.pitch.subject}\nКому: <${l.from?.email ?? ''}>`
      : `---------- Forwarded message ---------\nFrom: ${l.to.name} <${l.to.email}>\nDate: ${EN_DAYS[d.getUTCDay()]}, ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}\nSubject: ${l.pitch.subject}\nTo: <${l.from?.email ?? ''}>`;
  return message(
    headers(l),
    renderPart({ type: 'text/plain', body: `${withSignature(l)}\n\n${fwd}\n\n${l.pitch.text}\n` }, true),
  );
};

/** Someone who deletes the history: the answer alone. */
export const bare: Client = (l) =>
  message(headers(l), renderPart({ type: 'text/plain', body: `${withSignature(l)}\n` }));

export const CLIENTS: Record<string, Client> = {
  gmail,
  outlook,
  outlookHtml,
  appleMobile,
  yandex,
  mailRu,
  thunderbirdBottom,
  outlookMobile,
  forwarded,
  bare,
};
export const CLIENTS_EN = [
  'gmail',
  'outlook',
  'outlookHtml',
  'appleMobile',
  'thunderbirdBottom',
  'outlookMobile',
  'forwarded',
  'bare',
  'yandex',
];
export const CLIENTS_RU = [
  'gmail',
  'yandex',
  'mailRu',
  'appleMobile',
  'outlook',
  'thunderbirdBottom',
  'forwarded',
  'outlookHtml',
];
