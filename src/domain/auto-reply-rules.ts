import { rule } from './phrase-rule.js';
import { fromWordStart } from './word-start.js';

/**
 * Machine mail's vocabulary (classify-rules.ts re-exports it): automatic-reply subjects, absence
 * text, a help desk's words, acknowledgements, read receipts. English, Russian and the languages
 * absence notes come in; read on the reply's normal form.
 */

/** Automatic-reply subjects (absence notes, in several languages). */
export const autoReplySubject = rule(
  'subject:auto-reply',
  /\b(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (the )?office|ooo|away from (the )?office|on vacation|on holiday|annual leave|away:|abwesenheit|absence|automatische antwort|automatisch antwoord|afwezig|respuesta automática|resposta automática|risposta automatica|fuera de la oficina|fuori sede|^auto(?=:)|automatic response|autosvar|automatisk svar|abwesenheitsnotiz|poza biurem|automatyczna odpowied\w*|otomatik (yan\w*|cevap)|automaattinen vastaus|automatick\w* odpov\w*|automatikus v\w*|r\w*spuns automat|afwezigheidsmelding|niet aanwezig|fr\w*nvaro|frav\w*r)\b|réponse automatique|автоответ|自動応答|自動返信|自动回复|自動回覆|不在通知|休暇のお知らせ|автоматический ответ|(?<![а-яё])нет в офисе|вне офиса|в отпуске/i,
);

/** An absence written in the text (when no header or subject says so). */
export const outOfOfficeText = [
  rule(
    'text:ooo:en',
    /\b((out|off|home) (sick|ill)\b|(i'?m|i am|we'?re|we are) (now |currently )?(away )?on (my |our |the )?(summer|winter|christmas|xmas|holiday|easter|spring|festive|year-end) (break|holidays?|vacation|shutdown)\b|(i'?m|i am|i'?ll be|i will be) (currently )?(offline|on a (flight|plane)|in the air)\b|(i'?ll|will) (reply|respond|answer|get back to you) (when|once) i'?m back\b|(on|at|doing|called (up )?for) jury duty|^(i'?ll be |i'?m |i will be )?(back|returning|back in the office) (on )?(next )?(mon|tues|wednes|thurs|fri)day[.!]*$|^(i'?ll be |i'?m |i will be )?(back|returning|in the office|back in the office)( on| from)? ((mon|tues|wednes|thurs|fri)day,? )?((the )?\d{1,2}(st|nd|rd|th)?([ ./]|$)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)|\bout (until|till|through|thru)\b|\bon leave (until|till|through|from|this|next|for)\b|^(i'?m |i am )?on leave\b|out of (the )?office(?! (replies|reply|messages?|responders?|notes?|notices?|auto-?replies|e-?mails|settings?)\b)|out of station|ooo\b|on (pto|vacay|vaca|hols)\b|back in the office|(not |un)available until|currently on vacation|intermittent (email|e-mail) access|(will )?respond (to your (email|message) )?(when|once|after) i (return|am back|'m back)|respond to your (email|message) (after|upon|on)|on (annual|parental|maternity|paternity|sick|medical) leave|on (a )?sabbatical|(i am|i'm|i will be) (currently )?(on (vacation|holiday|leave)|away|travell?ing|out)\b|limited (access to )?(e-?mail|internet)|checking (my )?e-?mails? (only )?(once|twice|a few times|periodically|intermittently|sporadically)|(this |my |the )?(inbox|mailbox|e-?mail( address| account)?) is (only )?(checked|monitored|read) (only )?(once|twice|a few times|periodically|intermittently|sporadically|occasionally|weekly|infrequently|irregularly)|(respond|reply|get back to you) (up)?on my return|(mailbox|address|inbox) is no longer (monitored|in use|active)|(office|offices) (is|are|will be) closed|closed for the (holidays?|holiday season|break|season)|(we'?ll|we will|i'?ll|i will) (reply|respond|get back to you)( to you)? (as soon as|when) (we'?re|we are|i'?m|i am) back|nicht im büro|(i am|i'?m) (currently )?(attending|at) (a|an|the) (conference|trade ?show|summit|offsite|off-site|training|workshop)\b[^.!?]{0,40}\b(respond|reply|get back|back|return)|(i )?work part[- ]time|(on|by) my next (working|business|office) day)/,
  ),
  // Absence notes in other languages (German, French, Spanish, Portuguese, Italian, Dutch,
  // Swedish, Polish, Turkish, Japanese, Chinese…): recognised; their dates are read in
  // return-date.ts where the month names are known (dates.ts).
  rule(
    'text:ooo:intl',
    /(?<!\p{L})(nicht im büro|außer haus|ausser haus|im urlaub|abwesend|absente? du bureau|en congés?|en vacances|absente? jusqu|fuera de la oficina|de vacaciones|ausente hasta|fora do escritório|de férias|ausente até|fuori ufficio|in ferie|assente fino|niet op kantoor|met vakantie|afwezig|elternzeit|im mutterschutz|wieder erreichbar|på semester|föräldraledig|tjänstledig|på ferie|på barsel|na urlopie|poza biurem|nieobecn\p{L}*|ofis dışında|izindeyim|izinliyim|lomalla|na dovolené|szabadságon)(?!\p{L})|出張|休暇|不在|外出中|休假|出差|不在办公室|年假/u,
  ),
  rule(
    'text:ooo:ru',
    /(^(мы |я )?(на|в) (праздниках|каникулах|новогодних каникулах|новогодних праздниках|выходных) (до|по) |^(меня )?не будет (в офисе |на связи |на месте |на работе )?(до|по) (\d|(следующ[а-я]+ )?(понедельник|вторник|сред|четверг|пятниц|конца недели))|^(я )?буду в офисе (с|после) \d|^(я )?буду на связи (с|после) \d|вернусь (в офис |на работу |к работе )?\d|(^|[.!?] )(я )?отсутствую|буду отсутствовать|в декрете|в декретном отпуске|в отпуске по уходу|(?<!(директор|руководитель|начальник|шеф|он|она|коллега|владелец|собственник|генеральный) )в отпуске|в командировке|вне офиса|(?<![а-яё])не в офисе|(?<![а-яё])нет в офисе|(?<![а-яё])нет на месте|(офис|компания|мы|я) не работа(ет|ем|ю) (с \d|до \d|по \d|в праздни)|(^|[.!?] )с \d{1,2}(\.\d{1,2})? (по|до) \d{1,2}[^.!?]{0,30}(офис|компания|мы) (не работа(ет|ем)|закрыт)|на больничном|вернусь \d|буду отсутствовать)/,
  ),
];

/**
 * "No longer works here": an auto-responder's when a header or subject says it is one; a
 * person writing it ("I'm no longer at this company") is telling us we have the wrong person.
 */
export const leftCompany = rule(
  'text:left-company',
  /(no longer (work|with|at|employed)|(i'?ve|i have) (left [a-z]+ and )?(joined|moved (on )?to|started (a new role )?at) [a-z0-9&.-]+[\s\S]{0,80}?\b(this|my (old|previous|former)) (e-?mail |mail )?(address|mailbox|inbox|account) (will|is going to) (stop working|be (closed|deactivated|disabled|shut down|retired)|no longer be (monitored|active|checked))|(this|my|the) (e-?mail |mail )?(address|mailbox|inbox|account) is no longer (in use|active|used|valid|in service)|has left (the company|(?!(for|early|today|the (office|building|country))\b)[a-z]+)|больше не работает|(?<![а-яё])не работаю в|nicht mehr (im unternehmen|in der firma|bei|für)\b|nicht mehr (tätig|beschäftigt)|(hat|haben) (das unternehmen|die firma) verlassen|ne (fais|fait) plus partie|ne travaille plus (chez|pour|à|au sein|dans)|n'est plus (chez|au sein|en poste|dans)|a quitté (la société|l'entreprise|le groupe)|ya no (trabajo|trabaja|forma parte|formo parte)|ha dejado (la empresa|la compañía)|non (lavoro|lavora) più|non (fa|faccio) più parte|ha lasciato (l'azienda|la società)|não (faço|faz) mais parte|não (trabalho|trabalha) mais|deixou a empresa|niet langer werkzaam|(werk|werkt) niet meer bij|is niet meer werkzaam)/,
);

/**
 * A verb asking to be contacted later ("try me in January", "reach out in August", "напишите
 * в марте"): it marks the clause a follow-up date is read from, and tells a person's "not now"
 * from an absence note that only names its dates.
 */
export const comeBackLater = fromWordStart(
  /\b(reach(ing)? out|reach|ping|circle back|check (back|in)|follow up|touch base|revisit|reconnect|(?<!\b(to|and|can|does|it|will) )connect|try|revert|hit (me|us) (back|up)|ask (me |us )?again|talk|contact|(?<!\b(to|no|my|the|your|this|an|by|via|of|over|in|on|work|personal) )e-?mail|call|write|get back|come back|loop back|pick (this|it|things) (back )?up|resume|remind (me|us)|(push|postpone|defer|park|bump)(ing|ed)? (this|it|that))\b|перезвоните|наберите|напишите|пишите|вернитесь|вернемся|возвращайтесь|свяжитесь|позвоните|обсудим|давайте/,
);

/**
 * How an auto-responder words an absence and a person answering by hand does not: "limited access
 * to email", "checking email sporadically", "I will respond as soon as I return", "if this is
 * urgent". Beside absence text, the note's "I'd love to connect when I'm back" is a courtesy, not
 * a yes.
 */
export const autoResponderWording = fromWordStart(
  /(?<![а-яё])(с ограниченным доступом к (почте|интернету|электронной почте)|(это )?автоответ|автоматический ответ|почту (проверяю|читаю) (редко|нерегулярно|периодически))(?![а-яё])|\b((limited|no|intermittent|sporadic|spotty|restricted) (access to (e-?mail|the internet|internet|my (e-?mail|inbox))|(e-?mail |internet )?(access|connectivity|connection|reception|wi-?fi))|checking (my )?(e-?mails?|messages|inbox) (only )?(infrequently|sporadically|intermittently|periodically|occasionally|rarely|irregularly)|(reply|respond|get back to you|answer) (to (your|all) (e-?mails?|messages?) )?(as soon as|when|once) (possible )?(upon my return|i (return|am back|'m back|get back))|if (this|it|your (matter|request|message|enquiry|inquiry)) is urgent|for (urgent|immediate) (matters|assistance|requests|issues|inquiries|enquiries)|thank(s| you) for your (e-?mail|message)[.!])/,
);

/** An absence note's cover line: "for urgent matters, please contact…", "in my absence". */
export const absenceCover = fromWordStart(
  /\b(for (urgent|anything urgent|immediate|pressing|anything (time[- ]sensitive|pressing|that can'?t wait))|if (it'?s |this is |your (matter|request|query) is )?urgent|in my absence|while i'?m (away|out|on leave|off)|during my absence|until i return|in the meantime|meanwhile|until then|if you need (immediate |urgent )?(help|assistance|support))\b|по срочным вопросам|в мое отсутствие|моего отсутствия|в случае срочности|(пишите|обращайтесь|направляйте)( [а-я]+)? (моей |моему )?(коллеге|заместителю|замещающ)|\b(please )?(contact|reach|email|write to) my (colleague|deputy|backup|team)\b/,
);

/**
 * Words only a help desk's or ticket system's confirmation carries, which a person's "we got your
 * note" does not: "automatic", a ticket or incident number, "reply above this line", the desk's name.
 */
export const helpDesk = fromWordStart(
  /automat|an? (sales |support |customer (service |success |care )?|account |client )?(representative|specialist|consultant|advisor|adviser|agent|team member) will (contact|reach out to|respond to|reply to|get back to|be in touch with|call) you|автомат|ticket|заявк|обращени|(мы )?ответим (вам )?в течение ((одного|1|двух|2|трех|трёх|3) )?рабоч[а-я]+ (дня|дней)|(no longer|not) monitored|unmonitored|reply above this line|(request|case|incident) \(?#?[a-z]{0,4}\d{3,}|(case|incident|request|reference) (number|#|id|no)|support (staff|team|representative)|service desk|help ?desk|a member of (our|the) ((sales|support|customer (success|service|care|support)|client (services|success)|success|service|help ?desk) )?team will|(someone|one) from (our|the) (sales|support|customer (success|service|care|support)|client (services|success)|success|service|help ?desk) team will|one of our (specialists|representatives|reps|consultants|experts|advisors|agents) will|experiencing (a )?(high|higher than (usual|normal)|heavy|increased|unusually high) (volume|demand)( of (requests|inquiries|enquiries|e-?mails|messages|tickets|calls))?[.,;!]|due to (a |the )?(high|higher than (usual|normal)|heavy|increased|unusually high) (volume|number|demand)( of (requests|inquiries|enquiries|e-?mails|messages|tickets|calls))?,? (responses?|replies|our (response|reply) times?) (may|might|can|will|could) take\b|в течение (рабочего дня|\d+ (часов|часа|рабочих))|help ?cent(er|re)|knowledge ?base|support (portal|cent(er|re))|(has been|was) (forwarded|routed|assigned) to (the|an?) (appropriate|relevant|responsible) (department|team|person)|your (message|e-?mail|mail) to [^\s@]+@[^\s@]+ (has been|was) received|on your behalf|powered by (zendesk|freshdesk|jira|help ?scout|intercom|zoho|servicenow|front|gorgias|kayako)|we run on intercom|back online|(the )?team is (away|offline|out)|solicitud|demande|anfrage|chamado|richiesta/,
);

/**
 * A machine telling us what became of our mail (a read receipt, a mailing list holding it) or of
 * theirs (Outlook's recall of a message already sent: "Jane Doe would like to recall the message").
 */
export const mailNotice = {
  signal: 'notice:mail',
  subject: fromWordStart(
    /^(read|not read|прочитано|не прочитано|gelesen|nicht gelesen|lu|non lu|le[ií]do|recall|message recall (success|failure|report))\s*:|awaiting (moderator|moderation) (approval|review)|(is|has been) held for moderation|ожидает модерации|^how did we do\b|\b(customer )?satisfaction survey\b|^rate (your|our) (support|service|experience|conversation)|оцените (качество|работу|обслуживание)/,
  ),
  text: fromWordStart(
    /\byour (message|email)\b.{0,160}\b(was read on|(was )?deleted without being read|was (successfully )?recalled)\b|would like to recall the message|хочет отозвать (сообщение|письмо)|möchte die nachricht\b.{0,160}\bzurückrufen|ваше (сообщение|письмо).{0,160}(было прочитано|удалено без прочтения)|being held until the list moderator|held for moderation|awaiting (moderator approval|moderation)|(?<!\b(confirm|confirm that|sure|make sure|ensure|check|check that|whether|if) )(you have|you've) been (successfully (unsubscribed|removed)|(unsubscribed|removed) from (the |our )?([\w-]+ ){0,3}(newsletter|mailing list|digest))\b|held for (administrator |admin )?review|verify (that )?you(?:'re| are) (a )?(human|real person|not a (robot|bot))|(sender|e-?mail) verification (request|required|needed)|(before|so that|for) your (message|email) (can be|will be|is) delivered|\b(boxbe|spamarrest|mailwasher|sanebox)\b|(i'?m|i am) protecting (myself|my inbox|my mailbox|my e-?mail) (from|against) (receiving )?(junk|spam|unsolicited)[^.!?]{0,20}[.!]\s*(please )?(click|verify|confirm|follow|use|visit)\b|(click|follow|use) (on )?(the|this) link[^.!?]{0,40}\bto (complete|finish) (the |a )?verification\b|\b(request|ticket|case)( #?\d+)? (has been |was )?(marked (as )?)?(solved|resolved|closed)\b[^.!?]{0,80}\b(rate|feedback|survey|how (did we do|we did))/,
  ),
};

/**
 * A marketing platform's thank-you, sent with a List-Unsubscribe header (a person's reply carries
 * none): "Thanks for reaching out! We're excited to learn more about you. Book a demo: …".
 */
export const bulkAck = {
  signal: 'bulk:acknowledgement',
  text: fromWordStart(
    /\b(thank(s| you)( so much)? for (reaching out|getting in touch|contacting|your (message|e-?mail|note|interest|inquiry|enquiry|request))|we('ve| have) (got|received) your (message|e-?mail|note|request)|(please )?confirm your (subscription|sign-?up|e-?mail address))\b|(?<![а-яё])(спасибо за (обращение|ваше письмо|письмо|интерес)|мы получили ваше (письмо|сообщение|обращение)|подтвердите (вашу |свою )?подписку)/,
  ),
};

/** Ticket systems and "we got your message" confirmations. */
export const autoAck = {
  subject: rule(
    'subject:ticket',
    /(\[(#|ticket|case|request|incident|support)|ticket\s*(#|no\.?|number)?\s*[a-z]*-?\d|\bcase\s*#?\s*[a-z]*-?\d|\binc\d{4,}|request (has been )?received|we'?ve received your|has been (received|logged|created)|обращени[еяю]\s*№?\s*\d|заявк[аи]\s*№?\s*\d|зарегистрирован|принят[аоы]?\b|^[a-z]{1,4}-\d{4,}:)/,
  ),
  text: rule(
    'text:auto-ack',
    /((?<![а-яё])ваш[еа] (письмо|обращение|сообщение|заявка) (получен[оа]|принят[оа]|зарегистрирован[оа])(?![а-яё])|(?<![a-zà-ÿ])(wir haben ihre (nachricht|e-?mail|anfrage|mail) erhalten|ihre (nachricht|e-?mail|anfrage) (ist (bei uns )?eingegangen|wurde empfangen)|nous avons (bien )?reçu votre (message|e-?mail|courriel|demande)|nous l'avons bien reçu|votre (message|e-?mail|courriel|demande) a (bien )?été reçue?|hemos recibido (su|tu) (correo|mensaje|e-?mail|solicitud|consulta)|abbiamo ricevuto (la sua|la vostra|il suo|il vostro|la tua|il tuo) (e-?mail|mail|messaggio|richiesta)|recebemos (a sua|sua|o seu|seu) (mensagem|e-?mail|solicitação|pedido)|wij hebben uw (e-?mail|bericht|aanvraag|mail) (goed )?ontvangen|wir melden uns (schnellstmöglich|so schnell wie möglich|zeitnah|in kürze)|(nous )?vous répondrons dans les (plus brefs|meilleurs) délais|(le|te|les) (responderemos|contestaremos) (a la mayor brevedad|lo antes posible|en breve)|(le|vi|ti) risponderemo (al più presto|il prima possibile|quanto prima|a breve)|responderemos (o mais breve possível|assim que possível|em breve)|nemen (zo snel mogelijk|spoedig|binnenkort) contact met u op)(?![a-zà-ÿ])|(we have|we've|has been) (received|logged|registered)|(request|ticket|message|email|enquiry|inquiry|incident|case)( #?[a-z]{0,4}-?\d{3,})?( has been| was)? (received|logged|created|registered|opened|raised)|(we'?ll|we will) be back online|you'?ll get (replies|a reply|an answer) (here|by email)|(ticket|case|reference|tracking) (number|#|id|no)|(we|we'?ll|(our|the) team will) (typically |usually )?(reply|respond|get back to you) within (one|two|a few|\d+(\s*[-–]\s*\d+)?) (business |working )?(days?|hours?)|(mailbox|inbox|address|email account) (is )?(not|no longer|isn'?t) (monitored|checked|attended)|((someone|one of our ([a-z]+ )?(specialists|representatives|reps|consultants|experts|advisors|agents|team members)|an? (representative|specialist|consultant|team member)) (from (our|the) (sales|support|customer (success|service|care|support)|client (services|success)|success|service|help ?desk) team )?|(someone|one) from (our|the) (sales|support|customer (success|service|care|support)|client (services|success)|success|service|help ?desk) team )will (reach out|respond|reply|get back|contact|be in touch)|(we'?ll|we will) (respond|reply|get back to you) as soon as (possible|we can)|experiencing (a )?(high|higher than (usual|normal)|heavy|increased|unusually high) (volume|demand)( of (requests|inquiries|enquiries|e-?mails|messages|tickets|calls))?[.,;!]|due to (a |the )?(high|higher than (usual|normal)|heavy|increased|unusually high) (volume|number|demand)( of (requests|inquiries|enquiries|e-?mails|messages|tickets|calls))?,? (responses?|replies|our (response|reply) times?) (may|might|can|will|could) take\b|(?<![а-яё])ваш (запрос|вопрос|заказ) (передан|направлен|перенаправлен) (менеджеру|специалисту|ответственному|в (отдел|службу))|(inquiry|enquiry|request|message|e-?mail) (has been|was) (forwarded|routed|passed on|assigned) to (the|an?) (appropriate|relevant|right|correct|responsible) (department|team|person|colleague|representative)|your (message|e-?mail|mail) to [^\s@]+@[^\s@]+ (has been|was) received|unmonitored (mailbox|inbox|address)|thank(s| you) for contacting (the |our )?[a-z]+( [a-z]+)? (support|help|service|customer|sales|team)|a member of (our|the) ([a-z]+ )?team will (reach out|respond|reply|get back|contact|be in touch)|this is an automat(ed|ic) (response|reply|confirmation|message|notification)|(это|данное (письмо|сообщение)( является)?) (автоматическ[а-яё]+ (ответ|сообщение|уведомление|рассылк[а-яё]+)|автоответ)|do not reply (above|to) this|please do not reply|(обращение|заявка)( №\s*\d+)? (принят|зарегистрирован)|номер (заявки|обращения)|сформировано автоматически|отправлено автоматически|(support|service|customer care|help ?desk) (representative|agent|team|specialist) will (respond|reply|get back|contact|be in touch)|(we|our team) (typically|usually|normally|aim to) (reply|respond|get back to you) within|(we'?ll|we will) (get back to you|be in touch|respond|reply)( to you)? (soon|shortly|as soon as (we can|possible)|asap)|сформировано автоматически|(мы )?получили ваше (сообщение|письмо|обращение)|(ваше )?(письмо|обращение|сообщение) получено|ответим в ближайшее время|получили ваш (запрос|вопрос)|номер запроса|ответим в течение|thanks for writing in|we('?ve| have)? got your (message|email|e-mail|note|request|enquiry|inquiry)|(automatically|auto-) ?generated in response to|(ticket|case|request) has been assigned (an? )?(id|number|reference)|(wir haben|haben wir) ihre (nachricht|anfrage|e-mail|mail)( [a-zäöüß]+){0,2} erhalten|nous avons (bien )?re(c|ç)u votre (message|demande|e-mail|courriel)|hemos recibido (su|tu) (mensaje|solicitud|correo|consulta)|abbiamo ricevuto (la sua|la tua|il suo|il tuo) (richiesta|email|e-mail|messaggio)|conversation id|someone from (the|our) team will (get back|be in touch|reply|respond)|type your reply above this line|request \(?#?\d+\)? (has been|was) (received|logged|created)|(su|tu) (solicitud|consulta|mensaje|ticket|caso)( \(?#?[a-z]{0,6}-?\d+\)?)? (ha sido|fue) (recibid|registrad|cread)[ao]|n[uú]mero de (ticket|caso|solicitud|incidencia)|escriba su respuesta por encima|(automatische|automatisch (erzeugte|generierte)) (bestätigung|antwort|nachricht|e-mail)|eingangsbestätigung|ticket-?nummer|vorgangsnummer|ihre (anfrage|nachricht|e-mail|mail) (ist|wurde) (bei uns )?(eingegangen|erhalten|registriert)|wir ihre (nachricht|anfrage|e-mail|mail) erhalten haben|accus(ons|é|e) (de )?r[ée]ception|votre (demande|message|ticket|requ[êe]te)( n° ?\d+)? a (bien )?[ée]t[ée] (re[çc]u|enregistr[ée]|cr[ée][ée])|num[ée]ro de (ticket|demande|dossier)|la (sua|tua) richiesta (è|e'|e) stata (ricevuta|registrata)|numero (di )?ticket|(recebemos|registramos) (a )?(sua|tua) (solicita[çc][ãa]o|mensagem|pedido)|n[uú]mero do (chamado|ticket|protocolo)|(?<![а-яё])(обращение|заявка)( (№\s*)?[a-z]{0,6}-?\d+)? (принят|зарегистрирован)|(unable|not able) to (respond|reply) to (every|each|all)( [a-z]+)? (individually|personally)|due to (the )?(high|large) volume of (e-?mails|emails|messages|inquiries|enquiries|applications|requests))/,
  ),
};
