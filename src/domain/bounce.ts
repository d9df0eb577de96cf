import { getDomain } from 'tldts';

/**
 * Delivery failures, as many mail servers write them: an RFC 3464 report when there is one,
 * else the sender, the subject and the text (Postfix, Exim, Sendmail, qmail, Exchange, Gmail,
 * Yahoo, SES, Domino, Courier, Russian and Japanese servers…). A bounce names the address that
 * failed and whether the failure is permanent (5xx, "failed") or a delay (4xx, "delayed").
 */

export interface DeliveryStatus {
  /** The failed address: the DSN's Original-Recipient when it is an email address, else its Final-Recipient ('' for neither). */
  recipient: string;
  action?: string;
  status?: string;
}
export interface BounceInput {
  from: string;
  fromName?: string;
  subject: string;
  /** The whole text of the mail (not only the reply part): reports put the facts anywhere. */
  bodyText: string;
  headers: Record<string, string>;
  dsn?: DeliveryStatus[];
  /** The To of the returned original message, when the report carries it. */
  returnedTo?: string[];
  /** The bounce's own recipients (our sender): never the bounced address. */
  to?: string[];
  /** The mail's new text, its history cut (reply-text.ts): a person forwarding a bounce writes some. */
  replyText?: string;
}
export interface Bounce {
  address?: string;
  permanent: boolean;
  status?: string;
  signals: string[];
}

/** A mailer daemon writes nothing but delivery reports. */
const DAEMON = /^(mailer-?daemon|mail-?daemon|mailerdaemon)@/i;
const SENDER =
  /^(mailer-?daemon|post_?master|mail-?daemon|mailerdaemon|microsoftexchange[0-9a-f]*|mdaemon|bounces?)@/i;
const SENDER_NAME =
  /(mail delivery (system|subsystem|service)|mailer[- ]daemon|postmaster|courier mail server|microsoft outlook|система доставки)/i;
const SUBJECT =
  /(undeliver|undelivered|returned mail|(could ?n'?t|could not|can'?t|cannot|was ?n'?t|was not|were not) (be )?deliver|(message|e-?mail|mail)\b.{0,60}\b(was |has been |were )?(blocked|rejected|quarantined|bounced)\b|returning message|bounce (notification|notice|report|alert)|(hard|soft)[- ]bounce|delivery status notification|delivery (failure|failed|notification|has failed|problem)|mail delivery (failed|failure|system)|failure notice|could not be delivered|not delivered|delayed mail|delivery delayed|message delayed|warning: could not send|(mail|e-?mail|smtp|delivery) (system )?error|delivery failure|non[- ]?delivery|notice: mail delivery status|warning: delayed mail|message undeliverable|mail failed|failed mail|return(ing|ed) to sender|(mail )?delivery (status )?warning|automatically rejected|delivery report|недостав|(?<![а-яё])не доставлен|(?<![а-яё])не удалось доставить|ошибка доставки|配信|送信できません|返送|メール.{0,6}エラー|エラー(通知|メール)|不達|unzustellbar|nicht zugestellt|non remis|no se pudo entregar|estado de entrega|no se puede entregar|não entregue|non recapitabile|onbestelbaar|niedostarczalne|kan inte levereras|teslim edilemedi|nedoručiteln|无法投递|退信|被退回|não é possível entregar|kan ikke leveres|går inte att leverera|toimittamaton|배달되지 않음|kézbesíthetetlen|無法傳遞|übermittlung verzögert|remise différée|entrega retrasada|entrega atrasada|recapito ritardato|bezorging vertraagd|доставка задерживается|opóźnione dostarczenie)/i;
/** Subjects only a mail server writes, when not a reply or forward: a bounce on their own. */
const SERVER_SUBJECT =
  /^\s*(undeliverable|undelivered mail|returned mail|mail delivery (failed|failure)|delivery status notification \((failure|delay)\)|failure notice|non-?delivery (report|notification)|message not delivered|delivery failure|delivery has failed|unzustellbar|non remis)\b/i;
const BODY =
  /(could ?n[o']t be delivered|(your|the) (message|e-?mail|mail)( you sent)? to [^\s@]+@[^\s@]+ ((has been|was) )?(blocked|rejected|refused|bounced)\b|could ?n[o']t deliver|(was|were|has been) (blocked|rejected|quarantined) by (the recipient'?s?|their|our|the) (e-?mail |mail )?(security|gateway|policy|spam|server|filter|firewall|system)|was ?n[o']t delivered|was not delivered|were not delivered|undeliverable|delivery has failed|permanent (fatal )?error|user unknown|unknown user|(unknown|illegal|invalid) alias|no such (user|mailbox|recipient)|user not found|mailbox (unavailable|not found|does not exist|is full|full)|recipient (address )?(rejected|not found)|address not found|does ?n[o']t exist|not listed in|has not yet been delivered|not been delivered|delivery (attempts will continue|is delayed|will continue)|has been delayed|unable to deliver|could not deliver|(was ?n[o']t|was not|were not) able to deliver|i'?ve given up|has been returned|returned mail|failed addresses|intended recipient:|automatically rejected|delivery of (e-?mail|your message|mail)[\s\S]{0,80}?(postponed|delayed)|continue to try to deliver|cannot be delivered|can'?t be delivered|failed to deliver|mail delivery software|mail system at host|qmail-send|courier mail server|delivery status notification|\b[45]\d\d[ -]#?[45]\.\d{1,3}\.\d{1,3}\b|did ?n[o']t reach (the following|all|its|one or more)|(recipient|user)( name)? (is )?not recognized|unknown recipient|invalid (user|recipient|mailbox)|not a valid (user|recipient|mailbox|(e-?mail )?address)|requested action not taken|(was|were) (rejected|not relayed) (by|to)|error occurred while trying to deliver|(?<!-)-{3,}\s*failure reasons\s*-{3,}|maximum hop count|too many hops|hop count exceeded|mail loop|delivery to the following recipients? failed|(?<![а-яё])не удалось доставить|(?<![а-яё])не (было )?доставлено|(?<![а-яё])не может быть доставлено|недоставлен|такого ящика нет|配信できませんでした|送信に失敗|送信できませんでした|宛先|folgende empfänger nicht erreicht|nicht zugestellt werden|übermittlung an diese empfänger[\s\S]{0,40}verzögert|n'a pas pu être remis|remise est retardée|pas encore été remis|no se pudo entregar|aún no se ha entregado|não pôde ser entregue|ainda não foi entregue|impossibile recapitare|non (è|e') stato (recapitato|consegnato)|casella( di posta)? (del destinatario )?(è )?piena|n'a pas (pu )?été (remis|distribué)|no se (ha )?(entregado|entregó)|não foi entregue|wurde nicht zugestellt|non è ancora stato recapitato|kan niet worden bezorgd|nog niet (is )?bezorgd|nie można dostarczyć|nie została jeszcze dostarczona|kunde inte levereras|teslim edilemedi|nepodařilo doručit|无法送达|无法投递|退信|被退回|não foi possível entregar|kunne ikke leveres|ei voitu toimittaa|배달할 수 없습니다|nem sikerült kézbesíteni|(?<![а-яё])ещ[её] не (было )?доставлено|доставка [\s\S]{0,40}задерживается)/i;
/**
 * Sentences a mail server writes word for word and a person never types as their own: the reply's
 * text made of them is a report, whoever's address it came from (a relay that signs with the
 * recipient's colleague, a gateway that keeps the thread's subject). A line that opens with an SMTP
 * reply and its enhanced status code ("550 5.7.1 Service unavailable; client host blocked…") or with
 * Postfix's "Recipient address rejected:" is one too; a person writes "we got 550 5.1.1 back".
 */
const SERVER_BOILERPLATE =
  /(technical details of (permanent|temporary) failure|delivery to the following recipients? failed permanently|this is the mail system at host|this message was created automatically by mail delivery software|i'?m sorry to have to inform you that your message could not\s+be delivered|the following address\(es\) failed|-{3,} ?transcript of session follows|the following addresses had permanent fatal errors|remote server returned '[45]\d\d|diagnostic-code: ?smtp;|final-recipient: ?rfc822;|(hi\. )?this is the qmail-send program|undelivered mail returned to sender\b|\bhost \S+ (\[[\d.]+\] )?said: [45]\d\d\b|(message blocked: )?the recipient has chosen not to receive (e-?mail|messages|mail) from\b|(your |this )?(message|e-?mail) (could not|couldn'?t|cannot|can'?t) be delivered to:? \S+@[^\s]+[.\s]+(reason|error|details?|diagnostic)\s*:|delivery to the following recipients? (has been|is) delayed|(your )?(message|e-?mail) to \S+ (has been|was) (blocked|rejected)[.!]?\s+see (the )?technical details below|message rejected: email address is not verified|the (recipient'?s? )?(mailbox|inbox|e-?mail account)( you (tried|are trying|were trying) to reach)? is full and (can'?t|cannot|could ?n'?t|could not|is unable to) (accept|receive) (any )?(new )?(messages|mail|e-?mails?)( now| at (this|the) (time|moment))?|the following recipients? could not be reached\s*:|delivery to the following recipients? failed\s*[.:]|the recipient \S+@\S+ (cannot|can'?t|could not|couldn'?t) (receive|accept) (any )?(new )?(mail|messages|e-?mails?)\b|(unfortunately,? )?(your|the) (message|e-?mail) to \S+@\S+ (could not|couldn'?t|cannot|can'?t) be delivered\s*[.:]|(this is a notification that )?(your|the) (message|e-?mail) to \S+@\S+ has been delayed\b|a message that you sent (has not yet been|could not be) delivered to one or more of its recipients|(この|お客様の)?メール(は|が)?配信できませんでした|(your |the )?(message|e-?mail)( you sent)?( to \S+)? (was|has been) (rejected|refused|returned)( by \S+)? because (the|its|their) ((recipient'?s? )?(domain|server|mailbox|address|system)|sender (is not|isn'?t) (allowed|authori[sz]ed|permitted))\b|(sorry, )?we were unable to deliver your (message|e-?mail) to (the following address(es)?|\S+@\S+)|the recipient'?s? (mailbox|inbox|e-?mail account|account) (is|has been) (disabled|deactivated|suspended|inactive|closed)\b|(ihre|die) nachricht konnte nicht( an \S+)? zugestellt werden|votre message n'a pas pu être remis|((su|el) mensaje no se pudo entregar|no se pudo entregar (su|el) mensaje)|impossibile recapitare il messaggio|(não foi possível entregar (a sua |sua |a )?mensagem|(a sua|sua) mensagem não pôde ser entregue)|the following message to <?[^\s>]+>? was undeliverable|the reason (for|of) the problem: |delivery (has been |is )delayed to (the following|these) recipients|(microsoft )?outlook will keep trying to deliver|(your |this |the following |the )?(message|e-?mail)( to \S+)? ((could not|couldn'?t|cannot|can'?t) be|was not|wasn'?t) delivered( to (the recipient|\S+))? because (the|its|their) (recipient'?s? (mailbox|inbox) is (full|unavailable|disabled|inactive|not available|over (its )?quota)|(mailbox|inbox) is (full|unavailable|disabled|inactive|over (its )?quota)|group|distribution list|(recipient'?s? )?(e-?mail )?address|remote (mail )?server|(recipient'?s? )?(e-?mail |mail )?(server|domain|system|provider))\b|(your |the )?(message|e-?mail)( you sent)?( to \S+)? (has been|was) (blocked|rejected|quarantined)\b[^.!?]{0,60}\bbecause (it|the message|your message|the content) (appears|appeared|seems|seemed|was (identified|detected|classified|flagged|determined)|is (suspected|considered|believed|likely)|contains?|contained|includes?|included|matche[sd]|failed|violate[sd]?|did ?n[o']t pass|triggered)\b|delivery has failed to these recipients or groups|only accepts (messages|mail|e-?mails?) from (people|senders|users) (in|inside|within) (its|the|their) organi[sz]ation|(your )?(message|email)( to \S+)? (has been|was) (quarantined and is awaiting (review|release)|rejected by (our|the recipient'?s?|the) spam filter\. if you believe)|we couldn'?t deliver your (message|e-?mail) to the [^.!?]{1,40} group\b|(your )?(message|e-?mail) to the (group|list|mailing list) \S+ (was|has been) (rejected|refused|blocked)( by \S+)? because you('re| are) not (a member|subscribed|allowed to post)\b|(?<![а-яё])(ваше )?(письмо|сообщение)( для \S+@\S+| на адрес \S+@\S+)? не (может быть |могло быть |было )?доставлено|(?<![а-яё])почтовый ящик получателя (переполнен|не существует|заблокирован)|(we'?re writing to let you know that )?the group you tried to contact\b|this is an automatically generated delivery status notification|smtp error from remote (mail )?server (after|for) (rcpt to|mail from|end of data|data)\b|there was a (temporary )?problem delivering your message to\b|mail delivery failed: returning message to sender|(this is an? (automatic|automated) (notification|notice|message)[:.]\s*)?(the|your|this) (message|e-?mail)( from \S+)?( to \S+)? (has been|was) (quarantined|blocked|rejected|held)( by [^.!?]{1,30}?)? and (will not|won'?t|cannot|can'?t) be delivered\b|(?:(?<![^\n])|(?<=\b((be|not) delivered|(deferred|delayed|rejected|refused|suspended)( by (the )?(recipient'?s? )?(mail |e-?mail )?server)?( (to|for) \S+)?)[.:]\s{1,3}))\s*[45]\d\d[ -]#?[45]\.\d{1,3}\.\d{1,3}\s+\S|(?<![^\n])\s*(<[^\s>]+>:? )?recipient address rejected: |(il (tuo |suo )?messaggio( (per|a) \S+)? non (è|e') stato (recapitato|consegnato)|(tu |su |el )?mensaje( (para|a) \S+)? no (se )?(ha )?(podido ser |pudo ser )?(entregado|entregó)|(votre|le) message( (à|a|pour) \S+)? n'a pas (pu )?été (remis|distribué|livré)|(ihre|die) nachricht( an \S+)? wurde nicht( an \S+)? zugestellt|(a sua |sua |a )mensagem( para \S+)? não foi entregue)\b|\baccess denied\. as\(\d+\)|(?<![^\n])\s*[45]\d\d[ -]requested (mail )?action (not taken|aborted)\b|the (e-?mail )?account (that )?you (tried to reach|emailed|wrote to|sent (this|your message) to)( \(?\S+@[^\s)]+\)?)? ((does not|doesn'?t) exist|is (disabled|inactive|over (its )?quota)|has been (disabled|deactivated|suspended|closed)( by (its|the|an) administrator)?)|(?<![а-яё])получатель( \S+@\S+)? (временно )?недоступен|the e-?mail address you entered (couldn'?t|could not) be found\b|(?<![а-яё])доставка (вашего )?(сообщения|письма) задерживается|the recipient'?s? (mail |e-?mail )?server (is not|isn'?t) accepting (messages|mail|e-?mails?)\b)/i;
/**
 * A report's own heading above its first sentence, set aside before asking whether the report opens
 * the reply: "** Message not delivered **", "<kim@umbrella.io>:", "Mailbox full:", "Gmail:",
 * "Mail System Error - Returned Mail", "The following message could not be delivered:",
 * "Unfortunately,".
 */
const REPORT_HEADING = new RegExp(
  [
    String.raw`\*+`,
    // The failed address alone on the first line (Postfix): "<kim@umbrella.io>:".
    String.raw`^\s*<[^\s<>@]+@[^\s<>]+>:?`,
    // A heading ending in a colon: the report's kind, the mail system or the provider that writes it.
    String.raw`^\s*(mailbox (full|unavailable)|уведомление о недоставке|уведомление|mail delivery (subsystem|system)|(this is a )?message from (the )?(mail|e-?mail|smtp) (server|system)( at \S+)?|message from microsoft (outlook|exchange)|(message |mail |e-?mail )?delivery (failure|failed|problem)|gmail|google mail|outlook(\.com)?|yahoo( mail)?|microsoft (exchange|outlook|365)|office 365)\s*:`,
    String.raw`^\s*mail system error( - returned mail)?(?=\s*\n)`,
    // A status line's own heading: "Message temporarily deferred:", "Delivery deferred for kim@umbrella.io:",
    // "Your message to bob@initech.com has been rejected:".
    String.raw`^\s*(your |the )?(message|mail|e-?mail|delivery)( (to|for) \S+)?( has been| was| is)? (temporarily |permanently )?(deferred|delayed|rejected|refused|suspended)( by (the )?(recipient'?s? )?(mail |e-?mail )?server)?( (to|for) \S+)?\s*:`,
    // Google Groups greets before its report: "Hello kim@umbrella.io," or a bare "Hello,".
    String.raw`^\s*hello( \S+@\S+)?,(?=\s*\n)`,
    // The server's opening sentence: "Your message could not be delivered.", "The following message could not be delivered:".
    String.raw`^\s*(the following |your |this |the )?(message|e-?mail)( (to|for) \S+)? ((could not|couldn'?t|cannot|can'?t) be|was not|wasn'?t|has not been) delivered( to \S+@[\w.-]*\w)?\s*[:.]`,
    String.raw`\bmessage (not delivered|blocked)\b|\baddress not found\b|\bdelivery (incomplete|failed)\b|^\s*unfortunately,`,
  ].join('|'),
  'gi',
);
/**
 * A text that opens with a report's heading and goes on in failure wording ("Message not delivered:
 * the recipient's mailbox is full."): a server's words pasted under a relay's or an app's name.
 */
const HEADED_REPORT =
  /^\s*(\*+\s*)?(message not delivered|(warning: )?(message|mail)( to \S+)? delayed( \d+ hours?)?|delivery (incomplete|failed|failure|has failed|delayed)( permanently)?( to)?|((mail|message|e-?mail) )?undeliverable( message)?|mail delivery (failed|failure)|delivery status notification( \((failure|delay)\))?|returned mail|non-?delivery (report|notification)|mailbox (unavailable|full|not found))\s*(\*+\s*)?[:.\n]/i;
const TEMPORARY =
  /(warning only|warning message only|has not yet been delivered|not been delivered yet|not delivered yet|delivery (is )?delayed|delayed mail|message delayed|(will|'ll) (continue to )?(be )?retr(y|ied)|still (being )?(retried|trying)|(will|'ll) keep trying|continue to try|postponed|advisory[- ]only|delivery attempts (will )?continue|deferred|temporary (problem|failure|error)|temporarily|retry timeout|(please )?try again later|try resending( your message| the message| it)? later|(held|is being held|has been held) (for|pending) (review|inspection|release|approval)|if (it is|it'?s|the message is) released|awaiting (release|review)|\b4\d\d[ -]#?4\.\d{1,3}\.\d{1,3}\b|временн|повторн|задерживается|ещ[её] не (было )?доставлено|попытки доставки будут продолжены|verzögert|noch nicht (zugestellt|übermittelt)|weiterhin versucht|retardée|différée|pas encore été remis|continuer à essayer|retrasad|se está retrasando|aún no se ha entregado|atrasad|ainda não foi entregue|continuaremos tentando|ritardat|non è ancora stato recapitato|vertraagd|nog niet (is )?bezorgd|opóźnion|jeszcze dostarczona)/i;
/**
 * A bare SMTP reply ("550 Hộp thư không tồn tại", "554: delivery error"): a mail server's words in
 * any language. Counted only from a sender named as a mail server: a person writes "450 employees".
 */
const SMTP_REPLY = /(?<![\w.,$#/-])([45][0-5]\d)(?:[ -]|: )(?=[\p{L}<(#])/gmu;
// A server that returns the mail after days of retrying ("Cannot send message for 5 days", "after
// 30 attempt(s) to deliver") has given up: final, though each attempt failed with a 4xx and said
// "try again later".
const PERMANENT_STATED =
  /(permanent (fatal )?error|permanently rejected|this is a permanent|cannot send (the |this )?message for \d+ days?|i'?ve given up|gave up|giving up|after \d+ attempt(\(s\)|s)? to deliver|(?<![\d.])5\.\d{1,3}\.\d{1,3}(?![\d.]))/i;
// Starts where an address can (the lookbehind); tried inside a long run of its letters (a rule of
// dashes), it crossed the rest of the run at every character.
const ADDRESS = /(?<![a-z0-9._%+'=-])[a-z0-9._%+'=-]+@[a-z0-9-]+(\.[a-z0-9-]+)+/gi;
/** Where the returned copy of our email starts: addresses after this are ours, not the failure's. */
const COPY_STARTS =
  /(below this line is a copy|this is a copy of the message|original message (headers|follows)|original message headers|(header|headers|copy|text) of (the|your) original message|original message as received|original message (is )?(following|follows|below)|attachment is a copy|returned mail follows|message text follows|first \d+ lines of your (original )?message|^-+ ?(original message|元のメッセージ|исходное сообщение)|^return-path:|^received: from|^from: .*<)/im;

export function readBounce(input: BounceInput): Bounce | undefined {
  const signals: string[] = [];
  const failed = input.dsn?.filter(
    (d) => !d.action || /failed|delayed/i.test(d.action) || /^[45]/.test(d.status ?? ''),
  );
  const xFailed = input.headers['x-failed-recipients'];
  // A report that every message arrived ("delivered", "relayed") is no failure, whoever sends it.
  if (input.dsn?.length && input.dsn.every((d) => /^(delivered|relayed|expanded)/i.test(d.action ?? '')))
    return undefined;
  const daemon = DAEMON.test(input.from);
  // SENDER names every mailer daemon too; a daemon alone also makes a bounce (below).
  const named = SENDER.test(input.from) || SENDER_NAME.test(input.fromName ?? '');
  const sender = named || !input.from || input.from === '@';
  const head = input.bodyText.slice(0, 20_000);
  // Every mail passes here: the codes are read only for a mail server's mail or a bounce.
  let codes: string[] | undefined;
  const codesIn = () => (codes ??= [...head.matchAll(SMTP_REPLY)].map((m) => m[1] as string));
  const smtpReply = named && codesIn().length > 0;
  const subject = SUBJECT.test(input.subject);
  const body = BODY.test(head);
  if (failed?.length) signals.push('dsn:failed-recipient');
  if (xFailed) signals.push('header:x-failed-recipients');
  if (sender) signals.push(input.from ? `from:${input.from.split('@')[0]?.toLowerCase()}` : 'from:none');
  if (subject) signals.push('subject:bounce');
  if (body) signals.push('text:bounce');
  if (smtpReply && !body) signals.push('text:smtp-reply');
  // Failure wording beside a returned copy of our message (a message/rfc822 or headers part) is a
  // report too, whoever signs it: carriers send them from no-reply addresses with their own subjects.
  const returned = !!input.returnedTo?.length && body;
  if (returned) signals.push('attachment:returned-message');
  // Only when the report opens the reply: "Hi Sam, your email bounced:" above it is a person's note.
  const own = input.replyText ?? head;
  const boilerplate = SERVER_BOILERPLATE.exec(own);
  const verbatim =
    (!!boilerplate && !/\p{L}{2,}/u.test(own.slice(0, boilerplate.index).replace(REPORT_HEADING, ''))) ||
    (HEADED_REPORT.test(own) && BODY.test(own));
  if (verbatim && !sender && !subject) signals.push('text:server-report');
  const serverSubject = SERVER_SUBJECT.test(input.subject);
  if (
    subject &&
    body &&
    !failed?.length &&
    !xFailed &&
    !sender &&
    !returned &&
    !serverSubject &&
    forwardedByAPerson(input)
  )
    return undefined;
  const isBounce =
    !!failed?.length ||
    !!xFailed ||
    daemon ||
    (sender && (subject || body)) ||
    smtpReply ||
    (subject && body) ||
    returned ||
    serverSubject ||
    verbatim;
  if (!isBounce) return undefined;

  const report = failed?.[0];
  const [words, copy] = splitAtTheCopy(input.bodyText);
  const failurePart = `${input.subject}\n${words}`;
  // The DSN's Action says whether the server gave up ("failed", even after a 4.x.x timeout) or
  // is still trying ("delayed"); the Status class decides only when there is no Action.
  const action = report?.action?.toLowerCase();
  const statusClass = report?.status?.trim()[0];
  const permanent = report
    ? action
      ? !/delayed/.test(action)
      : statusClass !== '4'
    : !(
        (TEMPORARY.test(failurePart) ||
          (codesIn().length > 0 && codesIn().every((c) => c.startsWith('4')))) &&
        !PERMANENT_STATED.test(failurePart.replace(/fails? permanently/gi, ''))
      );
  if (!permanent) signals.push(report ? 'dsn:delayed' : 'text:temporary');
  const address = bouncedAddress(input, words, copy, report);
  return { address: address && unrouted(address), permanent, status: report?.status, signals };
}

/**
 * A person passing a bounce on with words of their own ("your email to my work address bounced;
 * still keen, write to me here"): the report is only in what they forwarded or quoted, so the
 * mail is their reply. Their own text says nothing of a failed delivery.
 */
function forwardedByAPerson(input: BounceInput): boolean {
  const own = input.replyText?.trim() ?? '';
  return own !== '' && own.length < input.bodyText.trim().length && !BODY.test(own);
}

/**
 * A person's reply without the server's report they pasted under it ("Hi Sam, your email to Rob
 * bounced, I'm the one to talk to now" over Gmail's "Delivery to the following recipient failed
 * permanently: rob@…"): what they pass on is not what they say, and the dead address is no one to
 * refer us to.
 */
export function withoutPastedReport(replyText: string): string {
  const report = SERVER_BOILERPLATE.exec(replyText);
  if (!report) return replyText;
  return replyText.slice(0, replyText.lastIndexOf('\n', report.index) + 1).trimEnd() || replyText;
}

/** "jane%acme.com@relay.example" (the old source-routed form some relays report) → "jane@acme.com". */
function unrouted(address: string): string {
  const routed = /^([^@%]+)%([a-z0-9-]+(?:\.[a-z0-9-]+)+)@[^@]+$/i.exec(address);
  return routed ? `${routed[1]}@${routed[2]}` : address;
}

/** The report's own words, and the returned copy of our message after them. */
function splitAtTheCopy(text: string): [report: string, copy: string] {
  const head = text.slice(0, 20_000);
  const cut = COPY_STARTS.exec(head);
  return cut ? [head.slice(0, cut.index), head.slice(cut.index)] : [head, ''];
}

/** Lines naming a message or its path, not a recipient: "Message-ID: <…@hotmail.com>", "Received: … id <…>". */
const NOT_A_RECIPIENT =
  /^\s*>?\s*(message-id|in-reply-to|references|received|return-path|from|sender|reply-to|x-[a-z-]+)\s*:/i;
/** The line that introduces the failed recipients in Exchange's and others' prose reports. */
const LISTS_THE_FAILED =
  /(did not reach the following recipient|could not be delivered to the following recipient|delivery to the following recipients? (has )?failed|(mail|message) (to the following recipients? could not be delivered|not delivered to the following))/i;
/**
 * A recipient named by its mailbox alone, as a server reports its own users ("\tscreenname",
 * " userx    No matches to nameserver query"): a line of one name, maybe a reason after a wide gap.
 */
const BARE_MAILBOX = /^\s*([a-z0-9](?:[a-z0-9._%+'=-]*[a-z0-9])?)\s*(?:(?:\s{2,}|\t).*)?$/i;
/** Lines quoting the original's headers: its To lists every recipient, not only the failed one. */
const HEADER_LINE = /^\s*>?\s*(to|cc)\s*:/i;

/** `words` and `copy`: the report's own text and the returned copy of our message after it. */
function bouncedAddress(
  input: BounceInput,
  words: string,
  copy: string,
  report?: DeliveryStatus,
): string | undefined {
  if (report?.recipient) return report.recipient.toLowerCase();
  const header = input.headers['x-failed-recipients']?.split(',')[0]?.trim().toLowerCase();
  if (header) return header;
  const ours = new Set([input.from, ...(input.to ?? [])].map((a) => a.toLowerCase()));
  const found = (lines: string[]) =>
    lines
      .flatMap((l) => [...l.matchAll(ADDRESS)])
      .map(
        (m) =>
          m[0]
            .toLowerCase()
            .replace(/^(smtp|rfc822|mailto)[=:;]/, '') // Exchange's "SMTP=x@y"
            .replace(/^[.']+|[.']+$/g, ''), // 'x@y' in quotes (SmarterMail)
      )
      .filter((a) => !ours.has(a) && !SENDER.test(a));
  const lines = words.split('\n').filter((l) => !NOT_A_RECIPIENT.test(l));
  // "Your message … did not reach the following recipient(s): userx@example.edu": the report names
  // the failed one, whatever the returned copy was addressed to (a list, an alias).
  const lead = lines.findIndex((l) => LISTS_THE_FAILED.test(l));
  const leadWords = lead > -1 ? LISTS_THE_FAILED.exec(lines[lead] as string) : null;
  // The lead line names the failed ("…recipient(s): userx@…") after its lead words; whose mail was
  // refused ("…not accepting mail from us@lists.example:") is not one of them.
  const rest = leadWords ? leadWords.input.slice(leadWords.index + leadWords[0].length) : '';
  const below = lead > -1 ? lines.slice(lead + 1, lead + 6) : [];
  const listed =
    found([rest.replace(/\bfrom\s+\S+@\S+/gi, ''), ...below].filter((l) => !HEADER_LINE.test(l)))[0] ??
    ownUser(input.from, below);
  if (listed) return listed;
  // "the message from sam@… to lee@… was quarantined": who it came from is us, whoever's name is on it.
  const notFrom = lines.map((l) => l.replace(/\bfrom\s+<?[^\s@<>]+@[^\s>]+>?/gi, ''));
  const candidates = [...found(notFrom.filter((l) => !HEADER_LINE.test(l))), ...found(lines)];
  // An address the report names that our returned message was also sent to ("To:", "for <…>")
  // beats an example the report's prose happens to contain ("lastname@host").
  const sentTo = new Set([
    ...(input.returnedTo ?? []),
    ...[...copy.matchAll(/(?:^\s*>?\s*(?:to|cc)\s*:.*|\bfor\s+<[^>\s]+>)/gim)].flatMap((m) =>
      [...m[0].matchAll(ADDRESS)].map((a) => a[0].toLowerCase()),
    ),
  ]);
  return (
    candidates.find((a) => sentTo.has(a)) ?? candidates[0] ?? input.returnedTo?.find((a) => !ours.has(a))
  );
}

/**
 * The first mailbox listed under the lead, named without a domain (AOL, Yale's directory): one of
 * the reporting server's own users, so at that server's domain ("MAILER-DAEMON@mr2.its.yale.edu"
 * reports for yale.edu).
 */
function ownUser(from: string, listed: string[]): string | undefined {
  const domain = getDomain(from.split('@')[1] ?? '');
  const mailbox = listed.map((l) => BARE_MAILBOX.exec(l)?.[1]).find((m) => m !== undefined);
  return domain && mailbox ? `${mailbox}@${domain}`.toLowerCase() : undefined;
}
