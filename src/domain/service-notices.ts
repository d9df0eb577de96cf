import { NUMBER, TITLE } from './notice-parts.js';
import { fromWordStart } from './word-start.js';

/**
 * A service telling its user what became of what they did (applied, subscribed, joined a waitlist,
 * paid, registered, booked a meeting, joined a community, got a quote, a discount code or an account
 * manager) or reminding them of it (a trial ending, a new sign-in, an event's tickets on sale): sent
 * to whoever is on its list, never an answer to us, and written to sound glad ("Excited to have
 * you!"), so it must not read as a yes. Read on the reply's normal form; kept in groups by what the
 * service is telling, one phrase a line, so a new notice finds its place (auto-reply-rules.ts uses
 * the whole list; work apps' and errands' notices are in
 * work-app-notices.ts, the European languages' in notices-abroad.ts: each its own pattern, as one
 * pattern past 20 KB is one V8 no longer optimises, 15 times slower on the corpus).
 */

/**
 * An enquiry, an application or a request received, and what became of it: "Thanks for your
 * inquiry. A representative will be in touch", "Your application has been approved", "Our team is
 * reviewing your request".
 */
const ASKED_AND_APPLIED = [
  String.raw`thank(s| you) for your (inquiry|enquiry|interest)[.!]\s*(an?|one of our|our) ([a-z]+ ){0,2}(representative|specialist|consultant|advisor|adviser|team member|team) will (be in touch|reach out|contact you|get back to you)`,
  String.raw`your (account|customer success|success|onboarding) (manager|specialist|representative|rep)(, [a-z]+,)? will (be in touch|reach out|contact you)[^.!?]{0,60}\bto (get you|help you) (set up|started|onboarded|up and running)`,
  String.raw`your (application|(request|claim)(?= (for|to) ))( (for|to) [^.!?]{1,40})? (has been|was) (approved|accepted|declined|denied|processed|received)`,
  String.raw`we('ve| have)? received your (application|order|payment|resume|cv|return|returned items?|(return|refund|exchange|cancellation) request)`,
  String.raw`your (demo|trial|quote|access|meeting|call|consultation|appointment|booking|reservation) request (has been|was|is) (received|confirmed|submitted)`,
  String.raw`your request to join [^.!?]{1,60} (has been received|is pending|is awaiting)`,
  String.raw`(our|the) team is (reviewing|looking (at|into)) your (message|request|inquiry|enquiry|application)`,
  String.raw`thank(s| you) for (your submission|submitting (the|our|your|this) (form|request|details|application|information))\b`,
  String.raw`your (timesheet|expense report|expense claim|leave request|time[- ]off request|pto request|vacation request|purchase request)( ${TITLE})?( for [^.!?]{1,40})? (has been|was|is) (approved|rejected|declined|submitted( for (approval|review))?)\b`,
];

/**
 * A sign-up: a newsletter, a community, a waitlist, a download, a new account to confirm or to
 * invite colleagues to.
 */
const SIGNED_UP = [
  String.raw`\bon joining (the |our )?([\w&'-]+ ){0,3}(community|program|programme|club|network)\b`,
  String.raw`thank(s| you) for downloading (our|the) ([a-z-]+ )?(guide|e-?book|report|whitepaper|white paper|checklist|template|playbook)`,
  String.raw`thank(s| you) for (applying|subscribing|registering|signing up|your (order|purchase|application|payment|subscription|registration))\b`,
  String.raw`welcome to (the |our )?([\w&'-]+ ){1,4}(newsletter|community|waitlist|mailing list|program|programme|club)\b`,
  String.raw`(you'?re|you are|you'?ve been added|you have been added) (on|to) (the |our )?wait ?list`,
  String.raw`we'?ll (let you know|notify you|email you) (as soon as|when|once) (early access|beta access|the beta|your spot|a spot) (opens|is (ready|available|open))`,
  String.raw`your (new )?account is (now )?(ready|active|set up|created)`,
  String.raw`^your (new )?([\w-]+ )?(dashboard|workspace|site|website|store|portal|page) is (now )?(ready|live|set up)\b(?!\s*\?)`,
  String.raw`invite your (teammates|team ?mates|colleagues|team) to (join|get started|collaborate)`,
  String.raw`click here to (get started|activate|verify|confirm)`,
  String.raw`\b(please )?confirm your (e-?mail( address)?|subscription|sign-?up|account)`,
  String.raw`welcome to (?!(the|our|my|your)\b)[\w&'.-]+( [\w&'.-]+){0,3}[!.]\s*here'?s how to get (you )?started`,
  String.raw`get started with your new (workspace|account|team|site|project)\b`,
];

/**
 * An event or a meeting booked, moved or on sale: "Your appointment with Dr. Patel is confirmed",
 * "Your Zoom meeting has been scheduled", "Early bird tickets are live".
 */
const EVENTS_AND_MEETINGS = [
  String.raw`thank(s| you) for booking (a|your) (call|demo|meeting|consultation|session|appointment) with us\b`,
  String.raw`\b(early[- ]bird )?tickets are (now )?(live|on sale|available)`,
  String.raw`you'?re all set[.!]\s*your (appointment|booking|reservation|order|spot|seat|ticket|account)\b`,
  String.raw`your (appointment|booking|reservation) (with|at|for) [^!?]{1,40}? (is|has been) (confirmed|booked|scheduled|reserved)\b`,
  // Set, moved or recorded, told by the calendar or the recorder: 'Your Zoom meeting "Weekly
  // pipeline" has been rescheduled to Thursday 3:00 PM.', "Your call with Dana Lee has been
  // recorded." (a person's "Your meeting with our CTO has been scheduled" is theirs to tell, and
  // "Your call was moved to Friday? I never got a notice." asks).
  String.raw`^your ([\w.&'-]+ )?(demo|meeting|call|event|webinar|appointment|session|consultation)( ${TITLE}| with (?!(our|my|me|us)\b)[^.!?]{1,40}?)? (has been|was) (rescheduled|moved|scheduled|booked|recorded)\b(?![^?]*\?)`,
  String.raw`your (demo|meeting|call|appointment|session|consultation)( with [^.!?]{1,40})? (is|has been) (confirmed|scheduled|booked)\b[\s\S]{0,80}\b(add (it )?to (your )?calendar|(a )?calendar (invitation|invite) (has been|was) sent|you'?ll (receive|get) a calendar (invitation|invite))`,
  String.raw`you'?re invited[:!]`,
  String.raw`(reserve|save|claim|secure) your (seat|spot)( today| now)?[.!]`,
  String.raw`your (spot|seat|place|registration|ticket) (for|at) [^.!?]{1,60} (is|has been) (confirmed|reserved|booked)`,
  String.raw`your (zoom|teams|google meet|webex|microsoft teams) meeting\b[^.!?]{0,80}\b(has been|was|is) (scheduled|created|updated|cancell?ed)`,
  String.raw`your flight( [a-z0-9]{2,3} ?\d{1,4})?( (to|from) [^.!?]{1,40})? (is|has been) (delayed|cancell?ed|rescheduled|on time|boarding)`,
  String.raw`new departure time\b`,
  String.raw`^your ([\w-]+ ){0,2}(meeting|webinar|event|call|session|class)( ${TITLE})? (is starting|starts|begins|is about to (start|begin)) (in \d+ (minutes?|mins?)|now|shortly)\b(?!\s*\?)`,
  String.raw`check in (now )?for your (flight|stay|trip)\b`,
  String.raw`your (calendly|chili ?piper|savvycal|acuity|hubspot|youcanbook\.?me|doodle) (meeting|event|booking|appointment)\b`,
  String.raw`your ([\w]+ ){0,2}event( ${TITLE})? (was|has been) (updated|cancell?ed|moved|rescheduled) by\b`,
];

/**
 * A marketer's offer dressed as news: a discount, a survey with a gift card, a free upgrade, "we
 * miss you", an exclusive beta, a role that may fit.
 */
const OFFERS = [
  String.raw`you'?ve unlocked \d+ ?% off`,
  String.raw`use (the )?code [a-z0-9]+ at checkout`,
  String.raw`take our \d+[- ]minute survey`,
  String.raw`(get|receive|earn) a \$\d+ (gift card|amazon card|voucher)`,
  String.raw`qualif(y|ies) for a (free|complimentary) (upgrade|gift|trial|month)`,
  String.raw`we miss you[.!]`,
  String.raw`come back and (get|save|enjoy)\b`,
  String.raw`you'?ve been (selected|chosen|invited) (for|to join) (an? |our )?(exclusive |early[- ]access |private )?(customer )?(beta|preview|pilot|program|programme|advisory board|council|panel)`,
  String.raw`if your (profile|experience|background|skills) (matches|match|fits) (an? |one of our |any of our )?(open )?(role|position|opening|vacanc)`,
  String.raw`your (post|article|video|story) is (trending|getting (noticed|attention)|popular)\b`,
];

/**
 * An account's security: a new sign-in or device, a password changed, reset or expiring, an
 * account locked, an address not verified.
 */
const ACCOUNT_AND_SIGN_IN = [
  String.raw`a new (device|phone|browser|computer) (was|has been) (added|used|detected|connected)`,
  String.raw`\b(we )?(could not|couldn'?t|were unable to) verify your (e-?mail|account|identity)`,
  String.raw`we noticed a new (sign-?in|log-?in|login)\b`,
  String.raw`(new|unusual|suspicious) (sign-?in|log-?in|login)( attempt| activity)?( (was |has been )?detected)? (to|on|from|for|in) your ([\w-]+ )?account\b`,
  String.raw`(unusual|suspicious) (sign-?in|log-?in|login) (activity|attempt)`,
  // An app's name after it: "New login to Slack from Safari on macOS."
  String.raw`^(new|unusual|suspicious) (sign-?in|log-?in|login)( attempt| activity)? (to|on|at) (?!(our|my|the|your)\b)[\w.&'-]+( [\w.&'-]+)? (from|on|via|using)\b(?![^?]*\?)`,
  String.raw`security alert( for (your )?[^.!?:]{1,40})?[:!]`,
  String.raw`critical security alert\b`,
  String.raw`someone (just |may have )?used your password\b`,
  String.raw`someone (just |recently )?(tried|attempted) to (log ?in|sign ?in|access)\b[^.!?]{0,30}\byour ([\w-]+ )?account\b`,
  String.raw`\bif this was you,? (no (further )?action is (needed|required)|you can (safely )?ignore)`,
  String.raw`your account (has been|was|is) (temporarily )?(locked|suspended|disabled|deactivated|reactivated)\b`,
  String.raw`too many (failed |unsuccessful )?(sign-?in|log-?in|login|password) attempts`,
  String.raw`you requested a password reset`,
  String.raw`if you did ?n'?t request (this|a password reset)`,
  String.raw`your password( for [^.!?]{1,40})? (expires|will expire|has expired|is about to expire)\b`,
  String.raw`your password (has been|was) (successfully )?(changed|reset|updated)`,
  String.raw`your ([\w.-]+ )?(verification|security|one-time|login|log-in|sign-?in|confirmation|access|2fa|mfa|otp|authentication) (code|pin|passcode) is\b`,
  // …and with any words before it, a number after: "Your password reset code is 882913."
  String.raw`^your ([\w-]+ ){0,3}(code|pin|otp|passcode) is:? ?\d{3}[\s-]?\d{3,5}\b(?!\s*\?)`,
  String.raw`(verification|security|one-time) (code|passcode)[: ]+\d{4,8}\b`,
  String.raw`verify your identity to (continue|keep) (using|accessing)\b`,
  String.raw`your apple id was used to sign in\b`,
  String.raw`was used to sign in to [^.!?]{1,40} on a new (device|iphone|ipad|mac|phone|computer|browser)\b`,
  String.raw`your (2-step|two-step|two-factor|2fa|mfa|multi-factor)( verification| authentication)?( settings| method| phone( number)?)? (were|was|have been|has been) (changed|updated|turned (on|off)|enabled|disabled)\b`,
  String.raw`your account (will be|is scheduled to be|is going to be) (deleted|closed|deactivated|suspended|removed)\b`,
  String.raw`(was|has been) (accessed|signed in(to)?|logged in(to)?) from a new (device|location|browser|ip( address)?)\b`,
  String.raw`it'?s been a while since you (last )?(logged|signed) in\b`,
];

/**
 * Money and plans: a quote, a payment, an invoice or a refund, a card to update, a trial ending,
 * a subscription cancelled.
 */
const BILLING = [
  String.raw`quote is ready[!.]\s*(review|view|accept|sign)`,
  String.raw`payment (received|confirmed|successful)`,
  String.raw`your ([\w.&'-]+ ){0,2}?(invoice|payment|receipt|order|refund)${NUMBER}( (for|of) [^!?]{1,40}?)? ((has been|was|is) (now )?(paid|received|processed|confirmed|shipped|issued|available|declined)|has shipped|is on its way|failed)`,
  String.raw`(we'?re|we are) (so )?sorry to see you go\b`,
  String.raw`update your (card|payment method|billing (details|information|info)) to avoid\b`,
  String.raw`your ([\w.&'-]+ ){0,2}?(free )?trial( of [^.!?]{1,30})? (is (now )?(ready|active|live)|(has been|was) extended|(ends|expires|is ending|will end|ended|has ended|has expired) (in \d+ days?|today|tomorrow|soon)|(has ended|has expired|expired)(?=[.!]))`,
  // …after more words of its name: "Your LinkedIn Sales Navigator trial has ended." (a complaint to
  // the brand model).
  String.raw`^your ([\w.&'-]+ ){0,4}trial( of [^.!?]{1,30}?)? (has )?(ended|expired|is over|run out)\b`,
  String.raw`your ([\w.&'-]+ )?order${NUMBER}( of [^!?]{1,60}?)? ((has been|was) (delivered|dispatched|cancell?ed|shipped)|has shipped)\b(?!\?)`,
  String.raw`your ([\w.&'-]+ )?(statement|e-?statement|bill)( for [^.!?]{1,40})? is (now )?(available|ready)\b`,
  String.raw`\baccount ending in \d{2,4}\b`,
  String.raw`^your ([\w.&'-]+ )?receipt (for|from)\b`,
  String.raw`your ([\w-]+ )?(transfer|wire|deposit|withdrawal|direct debit)( of [^!?]{1,30}?)? (has been|was|is) (completed|received|processed|sent|initiated|scheduled)\b`,
  String.raw`your (domain|subscription|plan|licen[cs]e|membership|(ssl )?certificate)( [\w.-]+| (to|for) [^.!?]{1,40}?)? (renews|expires|will (renew|expire)|is (due|set) to (renew|expire)) (in \d+ days?|on|soon|tomorrow|today)\b`,
  String.raw`your (package|parcel|shipment)${NUMBER} (is|has been|was) (out for delivery|delivered|on (its|the) way|in transit)\b`,
  String.raw`your ([\w-]+ ){0,2}(permit|licen[cs]e|membership|passport|registration|card|policy|warranty) (expires|will expire|is expiring|is due for renewal) (on|in|soon|today|tomorrow)\b`,
  // The same lapse and renewal with more words before the thing: "Your Salesforce password will
  // expire in 5 days.", "Your credit card ending in 4242 expires next month.", "Your organization's
  // Slack plan will renew on January 1.", "Your LinkedIn Sales Navigator seat will expire in 5 days."
  String.raw`^your ([\w.&'-]+ ){0,3}(password|certificate|token|api key|licen[cs]e|card|trial|subscription|plan|domain|session|link|invitation|invite|passcode|seat)s?( ending in \d+)? (will expire|expires?|is expiring|are expiring) (in \d+ (days?|hours?)|soon|today|tomorrow|on|next (week|month))\b`,
  String.raw`^your ([\w.&'-]+ ){0,3}(plan|subscription|licen[cs]e|membership|domain)s? (will )?(renews?|auto-?renews?|expires?) (on|in|at)\b`,
  String.raw`your invoice${NUMBER} is (now )?(overdue|past due|due (today|tomorrow|soon|in \d+ days?))\b`,
  String.raw`to avoid (a )?(service )?(interruption|suspension)\b`,
  String.raw`we'?ve (updated|changed|upgraded|downgraded) your (plan|subscription) to [^.!?]{1,30}\.`,
  String.raw`your card will be charged\b`,
  String.raw`^(payment|invoice|billing|renewal) reminder\b`,
  String.raw`thanks for (riding|flying|shopping|staying|ordering|dining)( with [\w&'. -]{1,30})?[.!]`,
  String.raw`^your (ride|trip|order|stay|booking) with [\w&'.-]+( [\w&'.-]+)? on [a-z]{3,9}\.? \d{1,2}\b`,
  String.raw`your ([\w-]+ )?(tax documents?|tax forms?|1099s?|w-2s?) (for \d{4} )?(are|is) (now )?(ready|available)\b`,
];

/**
 * A workspace telling its user what arrived: a file shared or signed, a mention, a message or a
 * voicemail waiting, an export ready, storage full, a weekly summary, a reminder, a policy updated.
 */
const FILES_AND_MESSAGES = [
  String.raw`(has been|was) (signed|completed) by all parties`,
  String.raw`you have (a|\d+) (new |unread )+(voicemails?|voice messages?|faxe?s?|messages|notifications)\b`,
  String.raw`reply above this line`,
  String.raw`\b(mentioned|tagged) you in (a|an|the) (comment|post|message|thread|document|doc|task|note)\b`,
  String.raw`your (export|download|data export|archive|backup) is (now )?ready\b`,
  String.raw`(has|have) been shared with you\b`,
  String.raw`shared an? (file|folder|document|doc|spreadsheet|presentation|link) with you\b`,
  String.raw`all parties have (completed|signed)`,
  String.raw`completed the envelope`,
  String.raw`invited you to join (the )?#?[\w-]+ (channel|workspace|team|group)`,
  String.raw`we'?ve updated our (privacy policy|terms( of (service|use))?|cookie policy)`,
  String.raw`this inbox uses sanebox`,
  String.raw`(this |the |a |your )?(message|e-?mail)\b[^.!?]{0,40} (was|has been) (quarantined|held( for review)?) by your (administrator|admin|it (department|team)|e-?mail (security|filter))\b`,
  String.raw`(has been|was) moved to a folder (the recipient|they) checks?`,
  String.raw`\bsent you (a (new )?message|\d+ new messages) on (linkedin|slack|teams|whatsapp|facebook|instagram|xing)\b`,
  String.raw`^reminder: `,
  String.raw`\bassigned [a-z][a-z0-9]+-\d+ to you\b`,
  String.raw`(pull|merge) request( #?!?\d+)? (was|has been) (merged|closed|approved|opened)\b`,
  String.raw`you'?ve (received|got) a (new |secure )?message from [^.!?]{1,40}[.!]\s*(log ?in|sign ?in|click|tap)`,
  String.raw`(^|[.!]\s+)(please )?(log ?in|sign ?in) to (view|read|see) (it|the message|your message|them)\b`,
  String.raw`(build|pipeline|workflow|deploy(ment)?|job|run) #?\d+ (failed|passed|succeeded|is fixed|was fixed|is broken)\b`,
  String.raw`new (comments?|replies|reactions?|likes?) (on|to) your (post|comment|photo|article|story|video)\b`,
  String.raw`you have (a|\d+) (new|pending) (followers?|connections?|connection requests?|endorsements?)\b`,
  String.raw`^[\w.'-]+( [\w.'-]+)? (commented|replied|reacted) (on|to) ${TITLE}`,
  String.raw`your (weekly|daily|monthly|quarterly|annual|yearly) (summary|digest|report|recap|stats|statement)( for [^.!?]{1,30})? is (now )?(ready|available)\b`,
  // Storage running out, a mailbox's or a drive's: "Your Dropbox is almost full.", "Your mailbox has
  // exceeded its storage limit.", "Your Google Workspace storage is 95% full."
  String.raw`your ([\w-]+ ){0,2}(mailbox|inbox|storage|drive|dropbox|onedrive|icloud|box|cloud storage|storage quota)( account| storage| space)? (is (almost |nearly |over |at |\d{1,3} ?% )?(full|capacity|its (limit|quota))|has (exceeded|reached|almost reached|nearly reached) its (storage )?(limit|quota))\b(?!\s*\?)`,
  String.raw`your (slack|teams|linkedin|whatsapp|sms|text) message (could not|couldn'?t|was not|wasn'?t) (be )?(delivered|sent)\b`,
  String.raw`you'?ve (earned|unlocked|received|been awarded) (a|an|the) (${TITLE} |new |[\w-]+ )?(badge|achievement|certificate|reward|level)\b`,
  String.raw`invited you to (edit|view|comment on|collaborate on) ${TITLE}`,
  String.raw`your (scheduled |automated )?(report|export|digest)( ${TITLE})? is (attached|ready|available)\b`,
  String.raw`^your ([\w-]+ ){0,2}(backup|sync|upload|import|migration) (has )?(completed|finished|succeeded)( successfully)?\b(?!\s*\?)`,
  String.raw`^(daily|weekly|monthly) (digest|summary|recap|report)\s*:`,
  String.raw`stories (picked|selected|chosen|curated) for you\b`,
  String.raw`your ([\w-]+ )?(cloud )?recording( ${TITLE})? is (now )?(available|ready)\b`,
  String.raw`has a new member\b`,
  String.raw`(?<!\b(i|we) (just )?)\bjoined #[\w-]+`,
  String.raw`you'?ve been added to (the |a )?(${TITLE} )?(board|project|channel|group|team|workspace|space|list)\b`,
];

/** A help desk's ticket moved on, or feedback thanked for. */
const TICKETS = [
  String.raw`(request|ticket|case)${NUMBER} (has been|was|is) (marked as )?(solved|resolved|closed|escalated to|assigned to|reopened|updated)\b`,
  String.raw`thank(s| you) for your feedback[.!]\s*(we|our team) (read|review|appreciate|value|look at)\b`,
  String.raw`your (feedback|response|survey( response)?|answers|submission|rating) (has been|was) (submitted|received|recorded)\b`,
  String.raw`your refund (will be|has been|is being) (issued|processed|credited)\b`,
];

/** The same notices in Russian: "спасибо за регистрацию", "ваш платёж не прошёл", "письмо получено и передано". */
const RUSSIAN = [
  String.raw`спасибо за (регистрацию|подписку|заказ|покупку)`,
  String.raw`благодарим за (регистрацию|подписку|заказ|покупку)`,
  String.raw`ваш (аккаунт|заказ|платеж|платёж|кабинет)( №\s?[\w-]+)? (создан|принят|получен|оплачен|зарегистрирован)`,
  String.raw`ваш[аеи]? (платеж|платёж|оплата) не (прошел|прошёл|прошла)`,
  String.raw`(ваше )?(письмо|обращение|сообщение|заявка) (получен[оа]|принят[оа]) и (передан[оа]|направлен[оа])`,
  String.raw`ваш сч[её]т №\s?[\w-]+ (оплачен|получен)`,
  String.raw`ваш[аеи]? (заявка|регистрация|запись|встреча|демонстрация|консультация|презентация)( (на|с) [^.!?]{1,40})? (подтверждена|принята|одобрена|назначена|забронирована)`,
  String.raw`ваш пароль (успешно )?(изменён|изменен|сброшен)`,
  String.raw`подтвердите (ваш |свой )?(email|e-mail|адрес|почту|электронную почту|регистрацию)`,
  String.raw`добро пожаловать в [^.!?]{0,30}(сообщество|клуб|программу|рассылку)`,
  String.raw`(войдите|перейдите) в личный кабинет`,
  String.raw`менеджер свяжется с вами в течение`,
  String.raw`ваш заказ( №\s?[\w-]+)? (передан|отправлен|доставлен|собран|готов)`,
  String.raw`(?<![а-яё])спасибо за (вашу )?заявку( на [а-яё]+)?[!.]\s*(наш )?(менеджер|специалист|сотрудник|консультант) свяжется`,
  String.raw`(?<![а-яё])ваша подписка (успешно )?(продлена|оформлена|активирована|отменена)`,
  String.raw`(?<![а-яё])рады видеть вас (среди|в числе) (наших )?(клиентов|пользователей|участников)`,
  String.raw`(?<![а-яё])ваш доступ (к [а-яё]+ )?(активирован|открыт|готов)`,
  String.raw`вы успешно (отписались|подписались|зарегистрировались)`,
  String.raw`^напоминаем:? (что )?(оплатите|продлите|вебинар|встреча|мероприятие|конференция|событие|семинар|трансляция)`,
  String.raw`(?<![а-яё])я( [а-яё]+,)? (—|-|–)? ?(чат-бот|бот|виртуальный (помощник|ассистент|менеджер|консультант)|ии-ассистент|ии-помощник|ai-ассистент)( компании)?(?![а-яё])(?!\s*\?)`,
  String.raw`приглашаем (вас )?на (вебинар|конференцию|мероприятие|семинар|трансляцию|форум|митап|презентацию)[^!?]{0,100}(зарегистр|регистрац)[а-яё]*`,
  String.raw`насколько вероятно,? что вы (порекомендуете|посоветуете)`,
  String.raw`вы получили доступ к (закрытому |раннему )?(бета|тестированию|бета-тестированию)`,
  String.raw`спасибо, что (написали|обратились) в (отдел|службу|компанию|поддержку|наш)`,
  String.raw`пока (ждёте|ждете) ответа,? (посмотрите|ознакомьтесь|загляните|почитайте)`,
  String.raw`ваш (запрос|заявка) на (демо|демонстрацию|звонок|консультацию|презентацию|тест|пробный период)[а-яё]* (получен|принят)[аоы]?`,
  String.raw`ваш (одноразовый )?код (подтверждения|для входа|доступа|верификации)`,
  String.raw`код (подтверждения|для входа):? \d{4,8}`,
  String.raw`вход в (ваш )?(аккаунт|личный кабинет|уч[её]тную запись|профиль) с нового (устройства|браузера|компьютера)`,
  String.raw`если это (были )?не вы,? (смените|измените|сбросьте) пароль`,
  String.raw`ваш[аеи]? (посылка|заказ|отправление)( №\s?[\w-]+)? (прибыл[аио]?|доставлен[аоы]?|ожидает (вас|получения)|передан[аоы]? в доставку)`,
  String.raw`оплатите сч[её]т до`,
  String.raw`ваш тариф (изменён|изменен|продл[её]н|подключ[её]н|обновл[её]н)`,
  String.raw`списание \d`,
  String.raw`новый вход в (ваш )?(аккаунт|уч[её]тную запись|профиль|личный кабинет)`,
  String.raw`ваша подписка (истекает|заканчивается|закончится|истеч[её]т)`,
  String.raw`упомянул[аи]? вас в (комментари|задач|обсуждени|чате|сообщени)[а-яё]*`,
  String.raw`ваш (отч[её]т|документ|файл|экспорт|архив)( [^.!?]{1,30})? (готов|сформирован)`,
  String.raw`оцените,? (пожалуйста,? )?(качество|работу|нашу работу|ответ|консультаци[а-яё]*)`,
  String.raw`вы (выиграли|получили|заработали) (скидку|приз|бонус|промокод|подарок|баллы)`,
];

export const serviceNotice = fromWordStart(
  new RegExp(
    [
      ...ASKED_AND_APPLIED,
      ...SIGNED_UP,
      ...EVENTS_AND_MEETINGS,
      ...OFFERS,
      ...ACCOUNT_AND_SIGN_IN,
      ...BILLING,
      ...FILES_AND_MESSAGES,
      ...TICKETS,
      String.raw`(?<![а-яё])(${RUSSIAN.join('|')})(?![а-яё])`,
    ].join('|'),
  ),
);

/**
 * Written the way a service writes, not a buyer: in English, never saying "I", "we" or "let's", nor
 * asking, and either opening on the reader's own thing ("Your Amazon order … has shipped and will
 * arrive Thursday.", "Good news!") or naming no slot ("Payroll for the period Nov 16 - Nov 30 has
 * been processed."); a person's yes with no "I" names one ("Thursday 3pm works", "ok, 15 minutes —
 * go"). The trained model's yes gives way to it (a yes the rules read stands: "Your email made me
 * laugh. Let's talk."). Russian is left out: it drops its pronouns ("👍 жду презентацию").
 */
const OPENS_ON_THE_READER = /^(your|good news|congratulations|congrats|new)\b/;
const THE_WRITER_SPEAKS = /\b(i|me|my|mine|we|us|our|ours|let'?s)\b|\?/;
/** "Your booking is confirmed: Demo with Sam…": a meeting booked with us is the prospect's yes (the corpus's). */
const A_MEETING = /\b(demo|meeting|call|booking|appointment)\b/;
/** "Thursday 3pm works", "tuesday after 3", "ok, 15 minutes — go": a person's yes names a slot. */
const A_SLOT =
  /\b((mon|tue|wed|thu|fri|sat|sun)[a-z]*|today|tomorrow|(this|next) week|\d{1,2}(:\d\d)? ?(am|pm)|\d{1,2}:\d\d|\d+ ?(min|mins|minutes))\b|\bafter \d/;
export const readsLikeANotice = (text: string) =>
  !/[а-яё]/.test(text) &&
  !THE_WRITER_SPEAKS.test(text) &&
  !A_MEETING.test(text) &&
  (OPENS_ON_THE_READER.test(text) || !A_SLOT.test(text));
