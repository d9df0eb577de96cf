/**
 * Delivery-failure formats used only in the held-out part of the corpus: servers whose words
 * the classifier was never tuned on.
 */
import { dsn, exim, type Format, head, host, original, originalHeaders, report, rfcDate } from './bounces.js';
import { message, renderPart } from './mime.js';

export const courier: Format = {
  delays: true,
  write: (b) =>
    message(
      head(
        b,
        `"Courier mail server at mail.ourco.io" <@>`,
        b.permanent ? 'NOTICE: mail delivery status.' : 'WARNING: delayed mail.',
      ),
      report(
        b,
        `This is a delivery status notification from mail.ourco.io,\nrunning the Courier mail server, version 1.1.5.\n\nThe original message was received on ${rfcDate(b.date)}\nfrom localhost [127.0.0.1]\n\n${b.permanent ? `---------------------------------------------------------------------------\n\n                           UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be delivered:\n\n<${b.rcpt}>:\n    ${host(b)} [203.0.113.30]:\n>>> RCPT TO:<${b.rcpt}>\n<<< 550 5.1.1 Mailbox does not exist` : `---------------------------------------------------------------------------\n\n                              DELAYED MAIL\n\nYour message to the following recipients has not been delivered yet. Delivery attempts are continuing:\n\n<${b.rcpt}>:\n    ${host(b)}: Connection refused`}`,
        dsn(b, {
          mta: 'mail.ourco.io',
          diag: b.permanent ? '550 5.1.1 Mailbox does not exist' : '421 4.4.0 Connection refused',
          temp: '4.4.0',
        }),
        originalHeaders(b),
        'text/rfc822-headers',
      ),
    ),
};

export const yahoo: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'MAILER-DAEMON@yahoo.com', 'Failure Notice'),
      renderPart({
        type: 'text/plain',
        body: `Sorry, we were unable to deliver your message to the following address.\n\n<${b.rcpt}>:\n554: delivery error: dd This user doesn't have a yahoo.com account (${b.rcpt}) [0] - mta1234.mail.ne1.yahoo.com\n\n--- Below this line is a copy of the message.\n\n${original(b).replace(/\r\n/g, '\n')}`,
      }),
    ),
};

export const japaneseCarrier: Format = {
  delays: false,
  write: (b) =>
    message(
      head(
        b,
        'Mail Delivery Subsystem <MAILER-DAEMON@docomo.ne.jp>',
        '=?UTF-8?B?6YWN5L+h44Ko44Op44O8OiDjg6Hjg7zjg6vjgpLphY3kv6HjgafjgY3jgb7jgZvjgpPjgafjgZfjgZ8=?=',
      ),
      renderPart({
        type: 'text/plain',
        body: `以下のアドレスへのメールは配信できませんでした。\n宛先のメールアドレスが存在しないか、受信を拒否しています。\n\n${b.rcpt}\n\n理由: 550 Unknown user ${b.rcpt}\n\n----- 元のメッセージ -----\n${originalHeaders(b).replace(/\r\n/g, '\n')}`,
      }),
    ),
};

export const auEzweb: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'Postmaster@ezweb.ne.jp', 'Mail System Error - Returned Mail'),
      renderPart({
        type: 'text/plain',
        body: `This Message was undeliverable due to the following reason:\n\nEach of the following recipients was rejected by a remote mail server.\n\n    Recipient: <${b.rcpt}>\n    >>> RCPT TO:<${b.rcpt}>\n    <<< 550 <${b.rcpt}>: User unknown\n\nPlease reply to <Postmaster@ezweb.ne.jp>\nif you feel this message to be in error.`,
      }),
    ),
};

export const mailRu: Format = {
  delays: false,
  write: (b) =>
    message(
      head(
        b,
        'Mail Delivery System <mailer-daemon@corp.mail.ru>',
        '=?UTF-8?B?0KHQvtC+0LHRidC10L3QuNC1INC90LUg0LTQvtGB0YLQsNCy0LvQtdC90L4=?=',
      ),
      renderPart({
        type: 'text/plain',
        body: `Сообщение не доставлено.\n\nК сожалению, ваше сообщение не было доставлено следующим адресатам:\n\n${b.rcpt}\nОшибка: 550 Message was not accepted -- invalid mailbox.  Local mailbox ${b.rcpt} is unavailable: user not found\n\nЭто письмо сгенерировано автоматически, отвечать на него не нужно.`,
      }),
    ),
};

export const exchange2010: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'postmaster@hq.initech.local', `Undeliverable: ${b.subject}`, [
        'X-MS-Exchange-Message-Is-Ndr:',
      ]),
      renderPart({
        type: 'text/plain',
        body: `Delivery has failed to these recipients or groups:\n\n${b.rcpt}\nThe e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n\nGenerating server: hq.initech.local\n\n${b.rcpt}\n#550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found ##\n\nOriginal message headers:\n\n${originalHeaders(b).replace(/\r\n/g, '\n')}`,
      }),
    ),
};

export const hmailserver: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'mailer-daemon@umbrella.io', `Message undeliverable: ${b.subject}`),
      renderPart({
        type: 'text/plain',
        body: `Your message did not reach some or all of the intended recipients.\n\n   Sent: ${rfcDate(b.date)}\n   Subject: ${b.subject}\n\nThe following recipient(s) could not be reached:\n\n${b.rcpt}\n   Error Type: SMTP\n   Remote server (203.0.113.44) issued an error.\n   hMailServer sent: RCPT TO:<${b.rcpt}>\n   Remote server replied: 550 5.1.1 Recipient rejected: mailbox unavailable\n`,
      }),
    ),
};

export const eximDelayHoldout: Format = {
  delays: true,
  write: (b) =>
    b.permanent
      ? exim.write({ ...b })
      : message(
          head(
            b,
            'Mail Delivery System <Mailer-Daemon@relay.umbrella.io>',
            'Warning: message 2bQ9Za-0001Xx-Ab delayed 48 hours',
          ),
          renderPart({
            type: 'text/plain',
            body: `This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 48 hours on the queue on relay.umbrella.io.\n\nThe address to which the message has not yet been delivered is:\n\n  ${b.rcpt}\n    Delay reason: mailbox is full: retry timeout exceeded\n\nNo action is required on your part. Delivery attempts will continue.`,
          }),
        ),
};

export const HOLDOUT_FORMATS = {
  courier,
  yahoo,
  japaneseCarrier,
  auEzweb,
  mailRu,
  exchange2010,
  hmailserver,
  eximDelayHoldout,
};
