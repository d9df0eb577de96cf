/**
 * Delivery failures as mail servers write them. One function per server format, each able to
 * write a permanent failure and (where the server does) a delay warning. `from: 'none'` drops
 * the From header and `'empty'` writes `From: <>`, as some relays do.
 */
import type { Person } from './clients.js';
import { message, multipart, renderPart } from './mime.js';

export interface Bounce {
  rcpt: string;
  sender: Person;
  subject: string;
  pitch: string;
  date: Date;
  id: string;
  permanent: boolean;
  from: 'normal' | 'none' | 'empty';
}
export interface Format {
  write: (b: Bounce) => string;
  /** Whether the server sends delay warnings (temporary failures) in this format. */
  delays: boolean;
}

export const rfcDate = (d: Date) => d.toUTCString().replace('GMT', '+0000');
export const host = (b: Bounce) => `mx${b.id.length % 3}.${b.rcpt.split('@')[1]}`;
export function head(b: Bounce, from: string, subject: string, extra: (string | undefined)[] = []) {
  return [
    b.from === 'none' ? undefined : b.from === 'empty' ? 'From: <>' : `From: ${from}`,
    `To: ${b.sender.name} <${b.sender.email}>`,
    `Subject: ${subject}`,
    `Date: ${rfcDate(b.date)}`,
    `Message-ID: <${b.id}>`,
    ...extra,
  ];
}
export const originalHeaders = (b: Bounce) =>
  `From: ${b.sender.name} <${b.sender.email}>\r\nTo: ${b.rcpt}\r\nSubject: ${b.subject}\r\nMessage-ID: <out-${b.id}>\r\nDate: ${rfcDate(new Date(b.date.getTime() - 60_000))}`;
export const original = (b: Bounce) => `${originalHeaders(b)}\r\n\r\n${b.pitch}`;
const statusOf = (b: Bounce, perm = '5.1.1', temp = '4.4.1') => (b.permanent ? perm : temp);

export function dsn(
  b: Bounce,
  opts: { mta: string; perm?: string; temp?: string; diag: string; arrival?: boolean },
) {
  return [
    `Reporting-MTA: dns; ${opts.mta}`,
    opts.arrival ? `Arrival-Date: ${rfcDate(b.date)}` : undefined,
    '',
    `Final-Recipient: rfc822; ${b.rcpt}`,
    `Original-Recipient: rfc822;${b.rcpt}`,
    `Action: ${b.permanent ? 'failed' : 'delayed'}`,
    `Status: ${statusOf(b, opts.perm, opts.temp)}`,
    `Remote-MTA: dns; ${host(b)}`,
    `Diagnostic-Code: smtp; ${opts.diag}`,
    b.permanent ? undefined : `Will-Retry-Until: ${rfcDate(new Date(b.date.getTime() + 4 * 86400_000))}`,
  ]
    .filter((l) => l !== undefined)
    .join('\r\n');
}
export const report = (
  b: Bounce,
  text: string,
  status: string,
  returned: string,
  returnedType = 'message/rfc822',
  boundary = `${b.id.length}.1700000000/mail.ourco.io`,
) =>
  multipart(
    'report',
    [
      renderPart({ type: 'text/plain', body: text }),
      renderPart({ type: 'message/delivery-status', body: status, encoding: '7bit' }),
      renderPart({ type: returnedType, body: returned, encoding: '7bit' }),
    ],
    boundary,
    '; report-type=delivery-status',
  );

export const postfix: Format = {
  delays: true,
  write: (b) => {
    const diag = b.permanent
      ? `550 5.1.1 <${b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table`
      : '451 4.4.1 Connection timed out';
    const text = b.permanent
      ? `This is the mail system at host mail.ourco.io.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<${b.rcpt}>: host ${host(b)}[203.0.113.5] said: ${diag} (in reply to RCPT TO command)`
      : `This is the mail system at host mail.ourco.io.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\n                   The mail system\n\n<${b.rcpt}>: connect to ${host(b)}[203.0.113.5]:25: Connection timed out`;
    return message(
      head(
        b,
        'MAILER-DAEMON@mail.ourco.io (Mail Delivery System)',
        b.permanent ? 'Undelivered Mail Returned to Sender' : 'Delayed Mail (still being retried)',
        ['Auto-Submitted: auto-replied'],
      ),
      report(
        b,
        text,
        dsn(b, { mta: 'mail.ourco.io', diag, arrival: true }),
        b.permanent ? original(b) : originalHeaders(b),
        b.permanent ? 'message/rfc822' : 'text/rfc822-headers',
      ),
    );
  },
};

export const exim: Format = {
  delays: true,
  write: (b) => {
    const text = b.permanent
      ? `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  ${b.rcpt}\n    host ${host(b)} [198.51.100.7]\n    SMTP error from remote mail server after RCPT TO:<${b.rcpt}>:\n    550 No Such User Here\n\n------ This is a copy of the message, including all the headers. ------\n\n${original(b)}`
      : `This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.ourco.io.\n\nThe message identifier is:     1kZ7Xa-0004Ql-9B\n\nThe address to which the message has not yet been delivered is:\n\n  ${b.rcpt}\n    host ${host(b)} [198.51.100.7]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<${b.rcpt}>:\n    451 Temporary local problem - please try later\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.`;
    return message(
      head(
        b,
        'Mail Delivery System <Mailer-Daemon@mail.ourco.io>',
        b.permanent
          ? 'Mail delivery failed: returning message to sender'
          : `Warning: message 1kZ7Xa-0004Ql-9B delayed 24 hours`,
        [b.permanent ? `X-Failed-Recipients: ${b.rcpt}` : undefined, 'Auto-Submitted: auto-replied'],
      ),
      renderPart({ type: 'text/plain', body: text }),
    );
  },
};

export const sendmail: Format = {
  delays: true,
  write: (b) => {
    const text = b.permanent
      ? `The original message was received at ${rfcDate(b.date)}\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<${b.rcpt}>\n    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to ${host(b)}.:\n>>> DATA\n<<< 550 5.1.1 <${b.rcpt}>... User unknown\n550 5.1.1 <${b.rcpt}>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)`
      : `**********************************************\n**      THIS IS A WARNING MESSAGE ONLY      **\n**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n**********************************************\n\nThe original message was received at ${rfcDate(b.date)}\nfrom localhost [127.0.0.1]\n\n   ----- Transcript of session follows -----\n<${b.rcpt}>... Deferred: Connection timed out with ${host(b)}.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old`;
    return message(
      head(
        b,
        `Mail Delivery Subsystem <MAILER-DAEMON@mail.ourco.io>`,
        b.permanent
          ? 'Returned mail: see transcript for details'
          : 'Warning: could not send message for past 4 hours',
        ['Auto-Submitted: auto-generated (failure)'],
      ),
      report(
        b,
        text,
        dsn(b, {
          mta: 'mail.ourco.io',
          diag: b.permanent ? '550 5.1.1 User unknown' : '451 4.4.1 Connection timed out',
        }),
        original(b),
      ),
    );
  },
};

export const office365: Format = {
  delays: true,
  write: (b) => {
    const domain = b.rcpt.split('@')[1];
    const html = b.permanent
      ? `<html><body><p><b><font color="#000066" size="3">Your message to ${b.rcpt} couldn't be delivered.</font></b></p><p>${b.rcpt.split('@')[0]} wasn't found at ${domain}.</p><table><tr><td>${b.sender.email.split('@')[0]}</td><td>Office 365</td><td>${b.rcpt.split('@')[0]}</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table><p><b>Unknown To address</b></p><p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:</p><ul><li>Retype the recipient's address, then resend the message.</li></ul><p>Diagnostic information for administrators:</p><p>Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com<br><br>${b.rcpt}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>`
      : `<html><body><p><b>Delivery is delayed to these recipients or groups:</b></p><p><a href="mailto:${b.rcpt}">${b.rcpt}</a></p><p>Subject: ${b.subject}</p><p>This message hasn't been delivered yet. Delivery will continue to be attempted.</p><p>The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.</p><p>Diagnostic information for administrators:</p><p>Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com<br>Receiving server: ${host(b)}<br>${b.rcpt}<br>Remote Server at ${host(b)} returned '400 4.4.7 Message delayed'</p></body></html>`;
    const status = dsn(b, {
      mta: 'dns;AM0PR01MB1234.eurprd01.prod.outlook.com',
      perm: '5.1.10',
      temp: '4.4.7',
      diag: b.permanent ? '550 5.1.10 RESOLVER.ADR.RecipientNotFound' : '400 4.4.7 Message delayed',
    });
    return message(
      head(
        b,
        'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ourco.onmicrosoft.com>',
        b.permanent ? `Undeliverable: ${b.subject}` : `Delivery delayed:${b.subject}`,
        ['X-MS-Exchange-Message-Is-Ndr:', 'Auto-Submitted: auto-replied'],
      ),
      multipart(
        'report',
        [
          multipart(
            'alternative',
            [
              renderPart({ type: 'text/plain', body: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') }),
              renderPart({ type: 'text/html', body: html }),
            ],
            `_001_${b.id.length}_`,
          ).trimEnd(),
          renderPart({ type: 'message/delivery-status', body: status, encoding: '7bit' }),
          renderPart({ type: 'message/rfc822', body: original(b), encoding: '7bit' }),
        ],
        `_000_${b.id.length}_`,
        '; report-type=delivery-status',
      ),
    );
  },
};

export const gmail: Format = {
  delays: true,
  write: (b) => {
    const text = b.permanent
      ? `** Address not found **\n\nYour message wasn't delivered to ${b.rcpt} because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a1si123456wra.99 - gsmtp`
      : `** Message not delivered yet **\n\nThere was a temporary problem delivering your message to ${b.rcpt}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\n\nThe recipient server did not accept our requests to connect. [${host(b)} 203.0.113.9: timed out]`;
    return message(
      head(
        b,
        'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        b.permanent ? 'Delivery Status Notification (Failure)' : 'Delivery Status Notification (Delay)',
        ['Auto-Submitted: auto-replied', b.permanent ? `X-Failed-Recipients: ${b.rcpt}` : undefined],
      ),
      report(
        b,
        text,
        dsn(b, {
          mta: 'googlemail.com',
          diag: b.permanent
            ? '550-5.1.1 The email account that you tried to reach does not exist.'
            : '421 4.4.1 timed out',
          perm: '5.1.1',
          temp: '4.4.1',
        }),
        original(b),
        'message/rfc822',
        `000000000000${b.id.length}dsn`,
      ),
    );
  },
};

export const amazonSes: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'MAILER-DAEMON@amazonses.com', 'Delivery Status Notification (Failure)', [
        'X-SES-Outgoing: 2026.11.23-54.240.11.1',
      ]),
      report(
        b,
        `An error occurred while trying to deliver the mail to the following recipients:\r\n${b.rcpt}`,
        dsn(b, {
          mta: 'dns; a8-30.smtp-out.amazonses.com',
          diag: 'smtp; 550 5.1.1 user unknown',
          arrival: true,
        }),
        original(b),
      ),
    ),
};

export const qmail: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'MAILER-DAEMON@mail.ourco.io', 'failure notice'),
      renderPart({
        type: 'text/plain',
        body: `Hi. This is the qmail-send program at mail.ourco.io.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<${b.rcpt}>:\n203.0.113.20 does not like recipient.\nRemote host said: 550 5.1.1 <${b.rcpt}>: Recipient address rejected: User unknown\nGiving up on 203.0.113.20.\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <${b.sender.email}>\n${original(b).replace(/\r\n/g, '\n')}`,
      }),
    ),
};

export const yandexRu: Format = {
  delays: false,
  write: (b) =>
    message(
      head(
        b,
        'mailer-daemon@yandex.ru',
        '=?utf-8?B?0J3QtdC00L7RgdGC0LDQstC70LXQvdC90L7QtSDRgdC+0L7QsdGJ0LXQvdC40LU=?=',
      ),
      report(
        b,
        `Это письмо создано автоматически сервером Яндекс.Почты.\n\nВаше письмо не удалось доставить одному или нескольким получателям:\n\n<${b.rcpt}>: такого ящика нет.\nСообщение сервера: 550 5.7.1 No such user!\n\nThis is the mail system at host forward101.mail.yandex.net.\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.`,
        dsn(b, { mta: 'forward101.mail.yandex.net', diag: '550 5.7.1 No such user!', perm: '5.7.1' }),
        original(b),
      ),
    ),
};

export const domino: Format = {
  delays: false,
  write: (b) =>
    message(
      head(
        b,
        'Postmaster@acme-notes.com',
        `DELIVERY FAILURE: User ${b.rcpt.split('@')[0]} (${b.rcpt}) not listed in Domino Directory`,
      ),
      renderPart({
        type: 'text/plain',
        body: `Your message\n\n  Subject: ${b.subject}\n\nwas not delivered to:\n\n  ${b.rcpt}\n\nbecause:\n\n  User ${b.rcpt.split('@')[0]} (${b.rcpt}) not listed in Domino Directory`,
      }),
    ),
};

export const TUNE_FORMATS = { postfix, exim, sendmail, office365, gmail, amazonSes, qmail, yandexRu, domino };
