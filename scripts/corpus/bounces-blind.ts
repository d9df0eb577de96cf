/**
 * Delivery-failure formats for the eighth blind part: servers and languages neither the tuning
 * nor the held-out part has (Microsoft 365's current HTML report, German, French, Chinese and
 * Russian hosting servers, MDaemon, GroupWise, Mimecast, a spam-filter rejection, Exchange's
 * delay notice). Written from how those servers word their reports, before the classifier saw them.
 */
import { dsn, type Format, head, host, original, originalHeaders, report, rfcDate } from './bounces.js';
import { encodeWord, message, multipart, renderPart } from './mime.js';

const lf = (s: string) => s.replace(/\r\n/g, '\n');
const user = (b: { rcpt: string }) => b.rcpt.split('@')[0] as string;
const domain = (b: { rcpt: string }) => b.rcpt.split('@')[1] as string;

/** Microsoft 365 today: an HTML report ("couldn't be delivered … wasn't found at …") and a DSN. */
export const microsoft365: Format = {
  delays: true,
  write: (b) => {
    const html = b.permanent
      ? `<html><body><table><tr><td style="font-size:16px"><b>Your message to ${b.rcpt} couldn't be delivered.</b></td></tr><tr><td><b>${user(b)}</b> wasn't found at <b>${domain(b)}</b>.</td></tr><tr><td>Sam&nbsp;&nbsp;&nbsp;Office 365&nbsp;&nbsp;&nbsp;${user(b)}<br>Action Required&nbsp;&nbsp;&nbsp;Recipient</td></tr><tr><td><b>Unknown To address</b></td></tr></table><p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:</p><ul><li>Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose <b>Send Again</b> from the Report ribbon.</li><li>Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.</li></ul><hr><p><b>Was this helpful?</b> <a href="https://go.microsoft.com/fwlink/?LinkId=532972">Send feedback to Microsoft</a>.</p><hr><p>Diagnostic information for administrators:</p><p>Generating server: PH0PR11MB4965.namprd11.prod.outlook.com</p><p>${b.rcpt}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ${b.rcpt} not found by SMTP address lookup'</p></body></html>`
      : `<html><body><p><b>Delivery is delayed to these recipients or groups:</b></p><p><a href="mailto:${b.rcpt}">${b.rcpt}</a></p><p>Subject: ${b.subject}</p><p>This message hasn't been delivered yet. Delivery will continue to be attempted.</p><p>The server will keep trying to deliver this message for the next 1 days, 19 hours and 51 minutes. You'll be notified if the message can't be delivered by that time.</p><p>Diagnostic information for administrators:</p><p>Generating server: DM6PR02MB4876.namprd02.prod.outlook.com<br>Receiving server: ${host(b)}</p><p>${b.rcpt}<br>Remote Server at ${host(b)} (203.0.113.9) returned '400 4.4.7 Message delayed'</p></body></html>`;
    return message(
      head(
        b,
        'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ourco.io>',
        b.permanent ? `Undeliverable: ${b.subject}` : `Delivery delayed:${b.subject}`,
        ['X-MS-Exchange-Message-Is-Ndr:', 'Auto-Submitted: auto-replied'],
      ),
      report(
        b,
        '',
        dsn(b, {
          mta: 'dns;PH0PR11MB4965.namprd11.prod.outlook.com',
          perm: '5.1.10',
          temp: '4.4.7',
          diag: b.permanent
            ? 'smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
            : 'smtp;400 4.4.7 Message delayed',
        }),
        originalHeaders(b),
        'text/rfc822-headers',
      ).replace(
        /Content-Type: text\/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n/,
        () => `Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${html}`,
      ),
    );
  },
};

/** A German mail provider (Exim, translated): no DSN, the failed address in X-Failed-Recipients. */
export const germanProvider: Format = {
  delays: true,
  write: (b) =>
    message(
      head(
        b,
        'Mail Delivery System <mailer-daemon@mout.kundenserver.de>',
        encodeWord(
          b.permanent
            ? 'Unzustellbar: Rückgabe der Nachricht an den Absender'
            : 'Warnung: Nachricht verzögert',
        ),
        [b.permanent ? `X-Failed-Recipients: ${b.rcpt}` : undefined],
      ),
      renderPart({
        type: 'text/plain',
        body: b.permanent
          ? `Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\nIhre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.\nDies ist ein permanenter Fehler. Die folgende(n) Adresse(n) sind fehlgeschlagen:\n\n  ${b.rcpt}\n    Host ${host(b)} [192.0.2.14] sagte: 550 5.1.1 Empfänger unbekannt / user unknown\n\n------ Dies ist eine Kopie der Nachricht einschließlich aller Header. ------\n\n${lf(original(b))}`
          : `Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\nIhre Nachricht konnte seit mehr als 24 Stunden nicht zugestellt werden an:\n\n  ${b.rcpt}\n    Grund: 451 4.7.1 Greylisted, bitte später erneut versuchen\n\nSie müssen nichts tun. Der Zustellversuch wird wiederholt, bis die Nachricht 4 Tage alt ist.`,
      }),
    ),
};

/** A French provider: "Échec de la remise", text only, the address on its own line. */
export const frenchProvider: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'MAILER-DAEMON@smtp.orange.fr', encodeWord(`Échec de la remise du message : ${b.subject}`)),
      renderPart({
        type: 'text/plain',
        body: `Ce message a été généré automatiquement par le système de messagerie.\n\nVotre message n'a pas pu être remis à un ou plusieurs destinataires.\nIl s'agit d'une erreur permanente. L'adresse suivante a échoué :\n\n  ${b.rcpt}\n    erreur SMTP du serveur distant après RCPT TO:<${b.rcpt}> :\n    550 5.1.1 Adresse inconnue\n\n------ Ceci est une copie du message, en-têtes compris. ------\n\n${lf(original(b))}`,
      }),
    ),
};

/** A Chinese provider: "系统退信", Chinese with a short English line, a fixed postmaster. */
export const chineseProvider: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'PostMaster <PostMaster@qq.com>', encodeWord('系统退信')),
      renderPart({
        type: 'text/html',
        body: `<div>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</div><div>Sorry, your email was returned. Here is the related information:</div><table><tr><td>被退回的邮件：</td><td>${b.subject}</td></tr><tr><td>发送时间：</td><td>${rfcDate(b.date)}</td></tr><tr><td>收件人：</td><td>${b.rcpt}</td></tr></table><div><b>无法发送到 ${b.rcpt}</b></div><div>退信原因：收件人邮箱地址不存在 (550 Mailbox not found or access denied)</div><div>建议解决方案：请检查收件人地址是否正确。</div>`,
      }),
    ),
};

/** A Russian hosting company's Exim, translated, From the hosting's support name. */
export const russianHosting: Format = {
  delays: true,
  write: (b) =>
    message(
      head(
        b,
        `${encodeWord('Почтовая служба')} <postmaster@hosting.example.ru>`,
        encodeWord(b.permanent ? 'Письмо не может быть доставлено' : 'Задержка доставки письма'),
      ),
      renderPart({
        type: 'text/plain',
        body: b.permanent
          ? `Это письмо создано автоматически почтовым сервером.\n\nВаше письмо не может быть доставлено одному или нескольким получателям.\nОшибка постоянная. Адреса, по которым доставка не удалась:\n\n  ${b.rcpt}\n    сервер ${host(b)} ответил: 550 5.7.1 Mailbox disabled for this recipient\n\n------ Копия письма с заголовками ------\n\n${lf(original(b))}`
          : `Это письмо создано автоматически почтовым сервером.\n\nВаше письмо пока не доставлено получателю:\n\n  ${b.rcpt}\n    причина: 421 4.3.2 Service not available, try again later\n\nДелать ничего не нужно: сервер будет пытаться доставить письмо ещё 3 суток.`,
      }),
    ),
};

/** MDaemon: "PERMANENT fatal delivery errors" with the session transcript. */
export const mdaemon: Format = {
  delays: true,
  write: (b) =>
    message(
      head(
        b,
        'MDaemon@mail.northwind.com',
        b.permanent ? 'Permanent Delivery Failure' : 'Warning: Message Delivery Delayed',
      ),
      multipart(
        'mixed',
        [
          renderPart({
            type: 'text/plain',
            body: b.permanent
              ? `The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has\nbeen removed from the mail queue on this server.  The number and frequency\nof delivery attempts are determined by local configuration parameters.\n\nYOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!\n\n--- Session Transcript ---\n Mon 2026-11-23 10:17:12: Parsing message <mail.northwind.com\\pd50000012345.msg>\n *  From: ${b.sender.email}\n *  To: ${b.rcpt}\n *  Subject: ${b.subject}\n Mon 2026-11-23 10:17:13: Attempting SMTP connection to [${host(b)}]\n Mon 2026-11-23 10:17:13: --> RCPT To:<${b.rcpt}>\n Mon 2026-11-23 10:17:13: <-- 550 5.1.1 <${b.rcpt}>: Recipient address rejected\n--- End Transcript ---`
              : `The attached message has not been delivered yet.\n\nThis is only a warning: MDaemon will continue to try to deliver this message\nto ${b.rcpt} for another 3 days.\n\n--- Session Transcript ---\n Mon 2026-11-23 10:17:13: <-- 452 4.2.2 Mailbox over quota, try again later\n--- End Transcript ---`,
          }),
          renderPart({ type: 'message/rfc822', body: lf(original(b)), encoding: '7bit' }),
        ],
        `mdaemon-${b.id.length}`,
      ),
    ),
};

/** GroupWise: "Message status - undeliverable", terse, no DSN. */
export const groupwise: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'Mail Delivery System <postmaster@gw.contoso.de>', 'Message status - undeliverable'),
      renderPart({
        type: 'text/plain',
        body: `The message that you sent was undeliverable to the following:\n\t${b.rcpt} (user not found)\n\nPossibly truncated original message follows:\n\n${lf(original(b))}`,
      }),
    ),
};

/** Mimecast: an HTML notice from the recipient's gateway, the reason a policy rejection. */
export const mimecast: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'Mimecast Postmaster <postmaster@mimecast.example.com>', `Message Undeliverable: ${b.subject}`),
      multipart(
        'alternative',
        [
          renderPart({
            type: 'text/plain',
            body: `Your message couldn't be delivered to the recipient(s) shown below.\n\nSender: ${b.sender.email}\nRecipient: ${b.rcpt}\nSubject: ${b.subject}\nReason: 550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550\n\nThis is an automated message, please do not reply.`,
          }),
          renderPart({
            type: 'text/html',
            body: `<table><tr><td><h2>Message Undeliverable</h2><p>Your message couldn't be delivered to the recipient(s) shown below.</p><table><tr><td>Sender:</td><td>${b.sender.email}</td></tr><tr><td>Recipient:</td><td>${b.rcpt}</td></tr><tr><td>Subject:</td><td>${b.subject}</td></tr><tr><td>Reason:</td><td>550 Invalid Recipient</td></tr></table><p>This is an automated message, please do not reply.</p></td></tr></table>`,
          }),
        ],
        `mc-${b.id.length}`,
      ),
    ),
};

/** A spam filter in front of the recipient rejects the mail: permanent, with a DSN. */
export const spamFilterReject: Format = {
  delays: false,
  write: (b) =>
    message(
      head(
        b,
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.ourco.io>',
        'Returned mail: see transcript for details',
        ['Auto-Submitted: auto-generated (failure)'],
      ),
      report(
        b,
        `The original message was received at ${rfcDate(b.date)}\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<${b.rcpt}>\n    (reason: 550 5.7.1 Message rejected due to content restrictions (Proofpoint pps.${domain(b)}))\n\n   ----- Transcript of session follows -----\n... while talking to ${host(b)}.:\n>>> DATA\n<<< 550 5.7.1 Message rejected due to content restrictions\n554 5.0.0 Service unavailable`,
        dsn(b, {
          mta: 'mx.ourco.io',
          perm: '5.7.1',
          diag: '550 5.7.1 Message rejected due to content restrictions',
          arrival: true,
        }),
        original(b),
      ),
    ),
};

export const BLIND_FORMATS = {
  microsoft365,
  germanProvider,
  frenchProvider,
  chineseProvider,
  russianHosting,
  mdaemon,
  groupwise,
  mimecast,
  spamFilterReject,
};
