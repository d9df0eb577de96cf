/**
 * Delivery-failure formats for the ninth blind part: a Gmail policy block, SmarterMail, a German
 * Exchange server, a full mailbox reported by Postfix, and a gateway's delay notice. Written
 * before the classifier saw them.
 */
import { dsn, type Format, head, host, original, originalHeaders, report, rfcDate } from './bounces.js';
import { encodeWord, message, renderPart } from './mime.js';

const lf = (s: string) => s.replace(/\r\n/g, '\n');

/** Gmail refusing the mail as likely spam: permanent, 5.7.1, with a DSN. */
export const gmailPolicy: Format = {
  delays: false,
  write: (b) =>
    message(
      head(
        b,
        'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'Delivery Status Notification (Failure)',
      ),
      report(
        b,
        `** Message blocked **\n\nYour message to ${b.rcpt} has been blocked. See technical details below for more information.\n\nThe response from the remote server was:\n550 5.7.1 [198.51.100.23] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.`,
        dsn(b, {
          mta: 'dns; googlemail.com',
          perm: '5.7.1',
          diag: 'smtp; 550-5.7.1 [198.51.100.23] Our system has detected that this message is likely unsolicited mail.',
        }),
        originalHeaders(b),
        'text/rfc822-headers',
      ),
    ),
};

/** SmarterMail: "Delivery failure", the module's words, no DSN. */
export const smartermail: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'postmaster@mail.northwind.com', `Delivery failure: ${b.subject}`),
      renderPart({
        type: 'text/plain',
        body: `Failed to deliver to '${b.rcpt}'\nSMTP module(domain ${b.rcpt.split('@')[1]}) reports:\n ${host(b)} says:\n 550 5.1.1 <${b.rcpt}>... User unknown\n\nOriginal message follows.\n\n${lf(original(b))}`,
      }),
    ),
};

/** A German Exchange server: "Unzustellbar:", its words, the failed address in the text. */
export const exchangeGerman: Format = {
  delays: false,
  write: (b) =>
    message(
      head(b, 'Microsoft Outlook <postmaster@contoso.de>', encodeWord(`Unzustellbar: ${b.subject}`), [
        'X-MS-Exchange-Message-Is-Ndr:',
        'Content-Language: de-DE',
      ]),
      renderPart({
        type: 'text/plain',
        body: `Die Nachricht konnte nicht an folgende Empfänger oder Gruppen übermittelt werden:\n\n${b.rcpt}\nDie eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenden Sie sich an Ihr Helpdesk, falls das Problem weiterhin besteht.\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: EX01.contoso.local\n\n${b.rcpt}\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found'\n\nUrsprüngliche Nachrichtenkopfzeilen:\n\n${lf(originalHeaders(b))}`,
      }),
    ),
};

/** Postfix reporting a full mailbox the remote server refused for good (5.2.2). */
export const postfixMailboxFull: Format = {
  delays: false,
  write: (b) => {
    const diag = `552 5.2.2 <${b.rcpt}>: Mailbox full, quota exceeded`;
    return message(
      head(b, 'MAILER-DAEMON@relay.ourco.io (Mail Delivery System)', 'Undelivered Mail Returned to Sender'),
      report(
        b,
        `This is the mail system at host relay.ourco.io.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<${b.rcpt}>: host ${host(b)}[203.0.113.71] said: ${diag} (in reply to\n    RCPT TO command)`,
        dsn(b, { mta: 'relay.ourco.io', perm: '5.2.2', diag: `smtp; ${diag}`, arrival: true }),
        original(b),
      ),
    );
  },
};

/** A security gateway's delay notice (and its failure after the retries), with a DSN. */
export const gatewayDelay: Format = {
  delays: true,
  write: (b) =>
    message(
      head(
        b,
        'Mail Delivery Subsystem <MAILER-DAEMON@esa1.ourco.iphmx.com>',
        b.permanent ? 'Delivery Status Notification (Failure)' : 'Delivery Status Notification (Delay)',
      ),
      report(
        b,
        b.permanent
          ? `The message you sent to ${b.rcpt} could not be delivered. The recipient's server answered:\n550 5.1.1 Recipient address rejected: User unknown\n\nThe message has been returned.`
          : `This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n      ${b.rcpt}\n\nMessage will be retried for 2 more day(s).\n\nTechnical details: ${host(b)} said 421 4.4.1 Connection timed out (first attempt ${rfcDate(b.date)}).`,
        dsn(b, {
          mta: 'esa1.ourco.iphmx.com',
          diag: b.permanent ? 'smtp; 550 5.1.1 User unknown' : 'smtp; 421 4.4.1 Connection timed out',
        }),
        originalHeaders(b),
        'text/rfc822-headers',
      ),
    ),
};

export const BLIND9_FORMATS = { gmailPolicy, smartermail, exchangeGerman, postfixMailboxFull, gatewayDelay };
