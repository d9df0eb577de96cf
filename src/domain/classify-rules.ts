/**
 * The classifier's vocabulary, as data, in one place (English and Russian). Each rule names
 * the signal it records, so a reply's classification says what decided. Text rules read only
 * the reply's own text (quoted history removed), lower-cased, "ё" read as "е", curly quotes
 * straightened, never the pitch it quotes.
 */
export const categories = [
  'interested',
  'not_interested',
  'out_of_office',
  'bounce',
  'unsubscribe',
  'other',
] as const;
export type Category = (typeof categories)[number];

export const topics = ['pricing', 'demo', 'security', 'integration', 'contract'] as const;
export type Topic = (typeof topics)[number];

export interface TextRule {
  signal: string;
  pattern: RegExp;
}
const rule = (signal: string, pattern: RegExp): TextRule => ({ signal, pattern });

/** Automatic-reply subjects (absence notes, in several languages). */
export const autoReplySubject = rule(
  'subject:auto-reply',
  /\b(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (the )?office|ooo|away from (the )?office|on vacation|on holiday|annual leave|away:|abwesenheit|absence|réponse automatique)\b|автоответ|автоматический ответ|нет в офисе|вне офиса|в отпуске/i,
);

/** An absence written in the text (when no header or subject says so). */
export const outOfOfficeText = [
  rule(
    'text:ooo:en',
    /\b(out of (the )?office|ooo\b|on (annual|parental|maternity|paternity|sick|medical) leave|(i am|i'm|i will be) (currently )?(on (vacation|holiday|leave)|away|travell?ing|out)\b|limited (access to )?(e-?mail|internet)|(respond|reply|get back to you) (up)?on my return|(mailbox|address|inbox) is no longer (monitored|in use|active)|(office|offices) (is|are|will be) closed|closed for the (holidays?|holiday season|break|season)|(we'?ll|we will|i'?ll|i will) (reply|respond|get back to you)( to you)? (as soon as|when) (we'?re|we are|i'?m|i am) back|nicht im büro)/,
  ),
  rule(
    'text:ooo:ru',
    /(в отпуске|в командировке|вне офиса|не в офисе|нет в офисе|нет на месте|на больничном|вернусь \d|буду отсутствовать)/,
  ),
];

/**
 * "No longer works here": an auto-responder's when a header or subject says it is one; a
 * person writing it ("I'm no longer at this company") is telling us we have the wrong person.
 */
export const leftCompany = rule(
  'text:left-company',
  /(no longer (work|with|at|employed)|has left (the company|[a-z]+)|больше не работает|не работаю в)/,
);

/** Ticket systems and "we got your message" confirmations. */
export const autoAck = {
  subject: rule(
    'subject:ticket',
    /(\[(#|ticket|case|request|incident|support)|ticket\s*(#|no\.?|number)?\s*[a-z]*-?\d|\bcase\s*#?\s*[a-z]*-?\d|\binc\d{4,}|request (has been )?received|we'?ve received your|has been (received|logged|created)|обращени[еяю]\s*№?\s*\d|заявк[аи]\s*№?\s*\d|зарегистрирован|принят[аоы]?\b|^[a-z]{1,4}-\d{4,}:)/,
  ),
  text: rule(
    'text:auto-ack',
    /((we have|we've|has been) (received|logged|registered)|(request|ticket|message|email|enquiry|inquiry)( has been| was)? (received|logged|created|registered)|(ticket|case|reference|tracking) (number|#|id|no)|(mailbox|inbox|address|email account) (is )?(not|no longer|isn'?t) (monitored|checked|attended)|unmonitored (mailbox|inbox|address)|thank(s| you) for contacting (the |our )?[a-z]+( [a-z]+)? (support|help|service|customer|sales|team)|a member of (our|the) team will (reach out|respond|reply|get back|contact)|this is an automat(ed|ic) (response|reply|confirmation|message|notification)|do not reply (above|to) this|please do not reply|(обращение|заявка)( №\s*\d+)? (принят|зарегистрирован)|номер (заявки|обращения)|сформировано автоматически|отправлено автоматически|(support|service|customer care|help ?desk) (representative|agent|team|specialist) will (respond|reply|get back|contact|be in touch)|(we|our team) (typically|usually|normally|aim to) (reply|respond|get back to you) within|(we'?ll|we will) (get back to you|be in touch|respond|reply)( to you)? (soon|shortly|as soon as (we can|possible)|asap)|сформировано автоматически|(мы )?получили ваше (сообщение|письмо|обращение)|(ваше )?(письмо|обращение|сообщение) получено|ответим в ближайшее время|получили ваш (запрос|вопрос)|номер запроса|ответим в течение|thanks for writing in|we'?ve got your message|conversation id|someone from (the|our) team will (get back|be in touch|reply|respond)|type your reply above this line|request \(?#?\d+\)? (has been|was) (received|logged|created))/,
  ),
};

/** A person asking to stop: wins over everything a person writes ("not interested, stop"). */
export const unsubscribe = [
  rule(
    'text:unsubscribe:en',
    /\b((requesting|request the|request) deletion of|deletion of (all )?(my|the) (personal )?(data|information)|(do not|don'?t) contact\b(?! (sales|support|our))|unsubscribe|unsub\b|otpishite|remove (me|my (email|address|details|name|data))|take me off|opt (me )?out|opt-out|stop (emailing|e-mailing|contacting|messaging|sending|writing|spamming|reaching out|following up|pinging|bugging|bothering)|(do not|don'?t|never) (email|e-mail|contact|write to|message) (this|that|my) (address|email|inbox|mailbox)|please stop\b|^(please )?(stop|remove( me| us)?)[.!]*( (thanks|thank you|regards|best|cheers|sent from|get outlook)\b.*)?$|(asked|requested|told you) .{0,30}(to be removed|removal|to unsubscribe|to stop)|(do not|don'?t|never) (email|e-mail|contact|write to|message) (me|us)|no more (emails|messages)|(from|off) (your|all|the) (mailing |distribution |email |contact )?(list|database|mailings|future mailings)|remove it from your|quit (emailing|messaging|spamming|sending|contacting)|knock it off|never (contact|email|e-mail|write to|message) me again|(no|any) further (emails|contact|communication|messages)|оставьте (меня|нас) в покое|(^|[.!?]\s+)enough[.!]+(\s|$)|(emailed|contacted|written to|messaged) me (\w+ ){0,2}times|(^|[.!?]\s+)(please )?stop( it| now| this)?[.!]+(\s|$)|(do not|don'?t|no longer) wish to (be contacted|receive|hear from)|cease (all )?(contact|communication)|cease (immediately|now|at once)|cease sending|stop sending these|further messages will be|cease and desist contacting|remov(e|ed|ing) me\b|delete (my|me)\b|erase (it|them|my|me|all|everything|this|that)\b|delete (all|any) (of )?(my |the )?(personal )?(data|information|details)|one more (of these|email)|lose my (number|email|address)|(did ?n[o']t|never) (opt(ed)? in|sign(ed)? up|subscribe)|stop sending|(do not|don'?t|never) (reach out|send|write)|(from|off) (this|your|the) (mailing |email )?list|(?<!can-)\bspam(ming|med)?\b|reported (you|your)|^(please )?remove( me| us)?[.!]*$|remove (us|my name|this (email|address))|take (my name|us|my (email|address|details)) off|off (whatever|any|every|your|this) (mailing |email )?(list|distribution)|(asked|told) you (to stop|not to)|(no longer|do not|don'?t) (wish|want) (to receive|to hear|these|your|any more)|leave (me|us) alone|harass(ment|ing)?\b)/m,
  ),
  rule(
    'text:unsubscribe:ru',
    /(прекрати(ть|те) (рассылк|присылать|писать)|отпишите|отписаться|отпишитесь|удалите (меня|мой|мои|адрес)|не пишите (мне|нам|больше)|больше не (пишите|присылайте|беспокойте)|прекратите (мне |нам )?(писать|рассылку|присылать)|спам|больше не присылать|если не прекратите|исключите (меня|мой)|не присылайте|хватит (мне )?(писать|присылать|слать|спамить)|(^|[.!?]\s+)хватит[.!]+|уже (второе|третье|четвертое|пятое|\d+-?е) письмо|не беспокойте|уберите (меня|мой)|прошу (больше )?не (писать|присылать|беспокоить)|это спам|буду жаловаться|уберите (нас|меня|мой|из)|из (рассылки|базы|списка|ваших списков)|исключите (нас|из)|удалите (нас|из)|отстаньте|если (рассылка|письма|это) (продолжится|продолжатся|не прекратится)|оставьте (меня|нас) в покое|не пишите)/,
  ),
];

/** A "no": the reply declines, now or for good. */
export const notInterested = [
  rule('text:no:emoji', /^(❌|👎|🚫|⛔|🙅)+[.!]*$/u),
  rule(
    'text:no:en',
    /\b((not|isn'?t|aren'?t|no longer) (interested|a (good |great )?fit|for us|something (we|i)('re| are)? (need|looking|interested)|relevant|a priority|in the market|looking|going to (buy|move|proceed|change))|no,? thanks?( you)?|thanks?,? but no|(the )?answer is (still )?(a )?(firm )?no\b|nice try\b|yeah,? right\b|not a chance|(?<!is there )no way\b(?! to\b)|hard pass|still a no\b|(go(ing)?|went|gone|decided to go) (in )?(a different|another) direction|(we'?ll|i'?ll|going to|gonna|think we'?ll|we will) (skip|sit (this|it) out)|(skip|sit out) this one|sit this one out|not something (we|i)('d| would)? (invest|spend|pay)|(well|fully|already) covered (on|for|here)|(does ?n'?t|does not|do ?n'?t|do not) (fit|match|align with) (our|my) (priorities|needs|strategy|plans|roadmap)|keep doing it (by hand|manually|ourselves|in-house)|no need|(do ?n[o']t|dont|won'?t) need|(is ?n'?t|is not|not) a problem we have|(do ?n'?t|do not) have (this|that) problem|(do ?n'?t|do not|have no|has no) (have )?(the |a |any )?budget|stay(ing)? with (our|what we have|the current)|don'?t think (this|it) is|we('re| are) (all set|happy|good|covered|set)|happy with (our|the|what)|already (use|using|have|work with|signed|chose|bought|went)|(have|got) (a |an )?(solution|tool|vendor|system|process|platform) (already )?in place|(will|we'll|i'll|we're going to|hard|gonna|i'm going to) pass\b(?! (it|this|that|these|them|your \w+|the \w+) (on|along|up|over|to))|(^|[.!?]\s+)pass[.!]*(\s|$)|worst (\w+ ){0,3}(outreach|emails?|pitch(es)?|messages?)|should be ashamed|wrong company|(we|i) (have|has) no (outbound|sales|sdr|bdr)|(do ?n[o']t|never) (do|have|run) (any )?(outbound|cold|sales|sdrs?|bdrs?)\b|no budget|built (this|it|our own|something) in-?house|too small|(went|go|decided to go|going) with (a |another |someone|[a-z]+ )?(competitor|vendor|provider|else)|standardi[sz]ed on|no room for|hard no|not going to buy|(we're|we are|i'm|i am) (good|fine|ok|okay),? thanks|not for (us|me)\b|no use for|(have to|must|will|going to|we) decline|declin(e|ing) (this|the|your)|different direction|it'?s a no|a no from|not buying|^(no|nope|nah)\b|(just|exactly) what my inbox (needed|needs)|just what (i|we) needed|^(oh )?(great|wonderful|fantastic|perfect|yay),? (just )?another\b|bridge to sell|truly a compelling|another (cold|sales|spam) email|(fourth|fifth|sixth|\d+th) (follow-?up|email)|(does ?n[o']t|does not|won'?t|wouldn'?t) (apply|fit|work|make sense) (to|for) (us|me|our)|not applicable|stick(ing)? with (what we have|our (current|existing)|the current)|(just |already |recently )?(signed|went|partnered|contracted) with (a |another |our |an? )?(competitor|vendor|provider|other|different|someone)|(do ?n[o']t|do not) have (a|any) need|(have|has) no need|no interest\b|not (something|anything) we need|not a (match|priority for us)|we sell (only )?through partners|so personali[sz]ed|(feels|looks) like you (researched|read)|clearly (a template|automated|mass)|best of luck|good luck with|(do ?n[o']t|do not) see (a|the|any) need|(do ?n[o']t|do not|can'?t|cannot) see (the |much |any )?(value|point|benefit)|we (went|decided to go|are going|have gone) with\b|thanks anyway|keep your (details|info|information|email|contact) on file|(we'?ll|we will|i'?ll|i will) (reach out|be in touch|let you know|get in touch) (if|when|should) (anything|something|that|things|our needs) (changes?|comes? up)|not at this (stage|point)|\bne (aktualn|interesn|nado|nuzhn)\w*|keep (things|it|everything) (as (it is|they are)|the way (it is|they are))|not (switching|changing)\b|(homegrown|home-grown|in-house|internal) (tool|solution|system)|overkill|((?<!was |were )going to|have to|will|must|'ll) say no\b(?!,? but)|(decided|chosen|chose|opted) not to (move forward|proceed|pursue|go ahead|continue)|(do not|don'?t|cannot|can'?t) accept unsolicited|(works|working) (fine|well|great) for us|we('ve| have)? (already )?solved (this|that|it)\b|(just |already |recently )?signed (a |an )?[\w-]+( year)? (deal|contract|agreement) with|(not|nor) in the foreseeable future)/m,
  ),
  // The synonym pass: other words for the same no.
  rule(
    'text:no:en',
    /\b((zero|no) budget for (this|it|that)|there'?s (zero|no) budget|(not|never) (gonna|going to) happen|ain'?t happening|already (does|do|handles?|covers?|solves?) (this|that|it)\b|^(lol|lmao|haha)[,.!]* ?(no|nope|nah)\b|no appetite (for|to)|not pursuing|decided against (it|this|that|moving|going|buying|proceeding)|pass on (this|it|that)|not on our (radar|roadmap|agenda|list)|(we'?re|we are) not (buying|shopping|in the market)|not in (the|our) (budget|plans)|(can'?t|cannot) (justify|afford)|out of (budget|scope) for us|(do ?n'?t|do not) (need|want) (it|this|that|another|any more)|not (something|anything) we (need|want|use)|no need for (it|this|that))\b/,
  ),
  rule(
    'text:no:ru',
    /(не интересн|не интересует|нет интереса|не заинтересован|не в приоритете|нет бюджета|бюджета нет|не тратьте|^не[,.!]? ?(спс|спасибо)|подписали (договор|контракт)|с другим (поставщиком|подрядчиком|вендором)|неинтересн|не нужн|не нужен|не требуется|не актуальн|неактуальн|спасибо,? (но )?нет|нет,? спасибо|^нет(?![а-яё])|уже (есть|работаем|используем|пользуемся)|не рассматриваем|не планируем|не наш профиль|не подходит|не наш формат|не надо|откаж(усь|емся)|отказаться|отказываемся|нет необходимости|не имеет смысла|(уже )?(все|всё) (настроено|есть|решено)|обойдемся|мы пас|не закупаем|нам такое не|нет потребности|не видим (смысла|необходимости)|не в этот раз|нет отдела продаж|так что мимо|^мимо(?![а-яё]))/m,
  ),
];

/** Not now, later: a "no" with a time to come back (the date is read separately). */
export const notNow = [
  rule(
    'text:not-now:en',
    /\b(not (right )?now|not at the moment|(put|set) (a|in a) reminder|(we'?ll|let'?s|we can) talk (then|again (in|after|then))|revert (back )?(to (me|us) )?(in|after|around|by|next|post)\b|(we are|we're) (currently )?in (budgeting|budget season|planning season|a (hiring |budget )?freeze)|hit (me|us) (back|up) (in|after|around|next|later|post)|ask (me |us )?again (in|after|next|around|later|post)|try (me |us )?again (in|after|post|around|next|later|once|when)|post-(launch|migration|merger|renewal|holidays|reorg)\b|budget (for (this|next) year )?(is|was|has been|'s)( already)? (locked|frozen|allocated|spent|committed|set|closed|final)|(going to|gonna|we'?ll|we will|have to|need to|want to) hold off|holding off|(anything|nothing) new until|\buntil (q[1-4]|next (year|quarter|month)|the new year)\b|(send|reach out|try|write|ping|email|contact) (me |us )?(something |again |back )?then\b|review (vendors|tools|suppliers|budgets?) (once a year|annually|every year|yearly)|not this (quarter|year|month)|not a priority|timing is (bad|not right|off)|bad timing|not the right time|(wrong|bad|not a good) time( for us)?\b|(reach|circle|check|touch|come|get) back (to us |with me )?(in|after|next|later|then|(at the )?end of|around|by|early|late|mid)|hit (me|us) up (in|after|next|later|around)|not until\b|check in (with me )?(in|after|next)|follow up (with me )?(in|after|next)|ping me (in|after|next|later)|reach (back )?out (again )?(in|after|next|later)|revisit|try (me|us) again|try again (in|after|next|later|once|when)|until (the|our) (merger|acquisition|reorg|restructuring|audit|migration|funding|rollout|launch) (closes|is done|settles|completes|is over|finishes)|too early|not ready (yet)?|maybe (next|in|after|later)|(frozen|locked in) until|talk next (year|quarter|month)|let'?s talk (in|after) (q[1-4]|the new year|next|january|february|march|april|may|june|july|august|september|october|november|december)|heads-down|not a (good|great) time|(ask|contact|try|email|write|ping|call) (me|us) (again )?(in|after|next|around|later|then|once)|(locked|tied) (in|into) .{0,40}until|under contract (until|till|through)|try (then|again then|us then)|(later|early) (in the|next) (year|quarter)|after the (holidays|new year|summer|quarter)|down the (road|line)|(some )?other time|(get|come) back to (me|us) (later|in|after|next)|pick (this|it|things) (back )?up (in|after|next|later|once|when)|touch base (in|after|around|once|when)|hold (that|the|this) thought|pick (this|it|things) (back )?up (again )?(in|after|next|later|around|once|when)|reconnect (with (me|us) )?(once|when|after)|(first|second) half of (next|the) year|\bh[12] (of )?(next year|20\d\d)|reconnect (in|after|next|later|once|when)|(when|once) (that|it|our contract|the contract)('s| is) (up|over|done)|(when|once) (that|it|our contract|the contract) (expires|ends|runs out))/,
  ),
  // The synonym pass: other words for "later".
  rule(
    'text:not-now:en',
    /\b((nudge|remind) (me|us) (in|after|next|around|later|again)|at a later (date|stage|time|point)|(some )?other time|another time|give (it|us|me) (a few|some|a couple of) (weeks|months)|(revisit|reconsider|review) (this|it) (in|after|next|later|once)|later (this|next) (year|quarter)|(early|late|mid)[- ]next year|once (we|our|the) [a-z ]{1,30} (is|are) (done|complete|finished|over|settled|live))\b/,
  ),
  rule(
    'text:not-now:ru',
    /(вернемся к (этому|разговору|вопросу|теме)|бюджет[^.]{0,30}(уже )?(распределен|утвержден|сверстан|заморожен|закрыт)|вернитесь к (этому|разговору|вопросу|нам|теме)|не сейчас|попозже|вернуться к (этому|разговору|вопросу)|отложим|давайте позже|(свяжитесь|напишите|вернемся) ближе к|после (отпуска|запуска|внедрения|аудита)|сейчас не время|сейчас не до|пока не до|пока не готовы|пока не (надо|нужно)|может (весной|летом|осенью|зимой|позже|потом)|напиши(те)? (мне |нам )?(через|в|весной|летом|осенью|зимой|после|позже|ближе)|после (нового года|праздников|нг)|сейчас (завал|аврал|не до этого)|в другой раз|возвращайтесь|бюджет (закрыт|исчерпан|распределен)|(свяжитесь|вернитесь|напомните) (с нами |со мной |о себе )?(через|позже|после|в |весной|летом|осенью)|вернитесь (к нам )?(через|в|после|позже)|вернемся к этому|давайте вернемся|в этом году (бюджета )?нет|в следующем (году|квартале)|(давайте|напишите|вернемся|можно) через (пару|несколько|\d+) (недель|месяц)|через (полгода|месяц|год))/,
  ),
];

/** A "yes" or an opening: interest, a meeting, a next step. */
export const interested = [
  rule('text:yes:emoji', /^(👍|👌|✅|🙌|👏|🤝|🔥)+[.!]*$/u),
  rule(
    'text:yes:en',
    /\b((?<!not |no |n't |un)interest(ed|ing)|intrigued|curious|sounds (good|great|interesting|promising|useful)|looks (promising|interesting|great|good)|(could|might|may) (actually |really |genuinely )?(be )?(a fit|useful|work|help|be useful|solve|fix)|when (are|would) you (be )?(free|available)|could actually help|worth a (conversation|chat|call|look|try)|let'?s (talk|chat|meet|connect|do it|set|find|schedule|book|go|discuss)|happy to (chat|talk|meet|connect|discuss)|(i'?d|we'?d) welcome (a|the) (conversation|call|chat|meeting|demo|walkthrough)|count me in|sign me up|put me down for|open to|(send|share|forward) (me |us |over )?(the |a |your |some )?(deck|details|info|information|proposal|pricing|prices|quote|deck|materials)|send details|book (a|some|something|\d+|time|a slot)|calendar invite|grab a slot|(can|could) we (pick this up|talk|chat|meet|connect|speak)( on)? (mon|tue|wed|thu|fri|tomorrow|next)|(booking |calendar |scheduling )?link to (book|schedule)|(send|share) (me |us )?(a |your )?(booking|calendar|scheduling) link|(free|available) (on |at |for |after |this |next )?(mon|tue|wed|thu|fri|tomorrow|next|this|after)|works for me|(mon|tues?|wed|wednes|thu|thurs?|fri)(day)? (works|is fine|is good|suits)|when can we (meet|talk)|call me|i'?m in(?! [a-z])\b|(good|great|perfect) timing|timely|keen|i'?d (love|like) (to|a|some)|tell me more|learn more|(what|how) (would|does) a pilot|a pilot would|(can|could) we (do|meet|talk|schedule)|struggling with (exactly )?this|been looking for|just discussing|evaluating|please book|set (something|it|a call|a meeting) up|set up a (call|meeting|demo)|why not|send (me )?(some )?times|find (\d+|some|a|half an hour|an hour) ?(minutes|mins|time|slot|hour)?|send it over|take a look(?! when (i|we) (can|get a chance|have (the )?time))|(ping|shoot|drop|flick) (me|us) (the |a |some |over )?(details|info|deck|pricing|overview|one-pager)|one-pager|on (our|my) radar|(been )?asking for (exactly )?this|exactly what we need|send (me |us )?what you('ve| have) got|(we|i) could use (this|something like this|a tool like this)|(we'?re|we are|i'?m|i am) (evaluating|reviewing|exploring|researching|looking at) (options|tools|vendors|solutions|a few)|(send|share) (me |us )?(more|further|additional) (info|information|details)|more info(rmation)? (please|would)|put (something|some time|time|it) (on|in) (my|our) calendar|sure thing|sounds like a plan|count (me|us) in|(i'?m|i am) the right person|love (this|it|the idea)|set up a (call|meeting|time|chat)|(got|have) (\d+|a few|some) ?(min|mins|minutes)\b|what times work|(i'?d|i would|we'?d|we would) be (happy|glad|open) to|this (is|looks|sounds) (great|good|cool|neat|relevant|helpful)|(we'?re|we are) (interested|looking for)|yes please|makes sense|next steps?|(?<!not to |n'?t |not )move forward|(we )?have (the )?budget|how do we (start|proceed|begin)|^(yes|yep|yeah|yup|sure|absolutely|definitely|ok(?!,? (thanks|thank you|thx)[.!]*$)|okay(?!,? (thanks|thank you|thx)[.!]*$)|fine|great)\b)/m,
  ),
  // The synonym pass: other words for the same yes, written before the sixteenth blind part.
  rule(
    'text:yes:en',
    /\b(sounds (like a plan|fair|reasonable|compelling|cool|neat|intriguing|worth (a|exploring))|(i'?m|we'?re) (game|up for it|open to (it|this|that|a (chat|call|conversation)))|(would|could) be (worth (a|exploring|discussing)|helpful|valuable|of interest)|of (some )?interest to (us|me)|worth exploring|let'?s explore|(i'?d|we'?d) like to (know|learn|hear|see) more|go ahead and (send|book|set)|pencil (me|us|something|it) in|send (me |us |over )?(an |the |a calendar )?invite|what('s| is| are) the next steps?|set (it|something|a call|a time) up)\b/,
  ),
  rule(
    'text:yes:ru',
    /((?<!не )интересн|(?<!не )интересу|на радаре|сколько (будет )?стоит|(?<!не )актуальн|давайте|готовы (обсудить|встретиться|рассмотреть)|расскажите|пришлите|покажите|удобно (в|созвониться|встретиться|завтра)|перезвоните|позвоните (мне|нам)|наберите (мне|меня|нас)|было бы интересно|звучит (интересно|любопытно|неплохо)|хотелось бы (узнать|посмотреть|обсудить)|назначим (звонок|встречу|созвон)|когда (вам )?удобно|можно (посмотреть|созвониться|встретиться|обсудить)|созвонимся|обсудим|связаться|обсудить подробнее|хочу (обсудить|посмотреть|узнать|попробовать)|^(да|хорошо|конечно|ок)(?![а-яё])(?!,? (принято|спасибо|понял|поняла|получил|получила)))/m,
  ),
];

/** Wrong person, and the phrases that hand the conversation to someone else. */
export const wrongPerson = rule(
  'text:wrong-person',
  /((i|we) (do ?n[o']t|do not) (buy|purchase) (software|tools|anything)|i only (handle|do|look after) [a-z ]{2,20}(tickets|support|hardware)|not (the|a) (buyer|decision[- ]maker)|я отвечаю только за|(i'?m|i am) (just )?(a |an )?(freelancer|student|intern|retiree|sole trader)\b|(i|we) (do ?n[o']t|do not) have a sales team|wrong (person|contact|guy|address)|the wrong (email|one|person)|(confused|mixed) (me )?(up )?with (someone|somebody|another|a different)|not (sure|certain) who (handles|owns|deals with|looks after|is responsible for) (this|that|these|it)|(do ?n[o']t|do not) work in (sales|marketing|revops|sales ops|procurement|purchasing|that (area|department|team))|not the right (person|contact|one)|not my (area|department|call|decision|team)|(i )?(do ?n[o']t|no longer) (handle|manage|deal with|own|work on) (this|that|these)|this isn'?t my|(i'?m|i am) no longer (at|with|in)|(i )?left (the|acme|[a-z]+ )?(company|team|ops team|role)|no longer (at|with) the company|i work in (finance|hr|legal|marketing|it|engineering)|(^|[.!?]\s+|got the |have the )wrong (?!(time|timing|moment|quarter|year|month|week|day|company|product|idea|number)\b)[a-z]+( i'?m afraid| sorry| here)?([,.!;]|$)|(moved|switched|changed) (to )?(a )?(new|different) (role|team|position|department)|changed (roles|teams|jobs)|не ко мне|не мой вопрос|не имею отношения|(адрес|ящик|почта) (больше |уже )?не используется|(outside|out of|beyond) my (scope|purview|wheelhouse)|not my (remit|wheelhouse|responsibility|job)|(i'?m|i am) (just|only) (an?|the) (intern|assistant|engineer|developer|designer|consultant|contractor)|не я отвечаю|(do ?n'?t|do not) make (the )?(purchasing|buying|these|those|such|tooling) decisions|shared (inbox|mailbox)|general (inbox|mailbox)|общий ящик|(к этому|к нему|к ней|к этим вопросам) (отношения )?не имею|это не мой|этим не занимаюсь|не занимаюсь (этим|такими)|обратитесь (к|в)|не принимаю (такие |эти )?решени|не по адресу|я не отвечаю за|не решаю|(я )?(в этой компании |здесь )?уже не работаю|не в моей компетенции|не моя (зона|сфера)|я не лпр|not involved in (purchasing|buying|this|these|the decision)|(do ?n[o']t|do not) make (the |these |those |such |purchasing |buying )?(decisions|purchasing)|not (the|a) decision[- ]maker|outside my (role|remit|area)|i (have|'ve got) nothing to do with|(reached|got|emailed|contacted) the wrong|i'?m (just )?an? (engineer|developer|designer|accountant|recruiter|intern|student|retiree|teacher)\b[^.?!]{0,40}\b(not|nothing|no)\b|namesake|(meant|intended) to (reach|email|write to|contact) (someone|somebody|my|another|a different)|не отвечаю за|больше не занимаюсь|ошиблись (адресом|адресатом|человеком)|не тот (адресат|человек))/,
);
/** "I'm in finance": the wrong person only when the reply asks nothing ("I'm in finance. Can you share your invoicing terms?" asks). */
export const wrongDepartment =
  /(i'?m|i am) in (accounts( payable| receivable)?|accounting|finance|hr|human resources|legal|engineering|customer support|facilities|marketing|it|product|design|recruiting|talent acquisition)\b/;
/** A reply that opens with a plain no ("Not interested — and I left that role"). */
export const opensWithNo = /^(not interested|no thanks|не интересно)/;
export const referralPhrase = rule(
  'text:referral',
  /((^|[,.;:]\s*)по [а-я-]+( [а-я-]+){0,2}\s*[—–-]?\s*(к|пишите|обращайтесь)\s|direct (this|it|that|your (email|message|note|request|enquiry|inquiry)) to|talk to|speak (to|with)|best person|right person (is|would be|to (talk|speak) to)|reachable at|reach (him|her|them) at|pass(ed|ing)? (your|this|it)( note| email| message)?( on| along)? to|(my )?(friend|contact|former colleague|old colleague|buddy) (at|from|over at) |that('d| would) be (our|my)\b|the (person|people|one|guy) (you want|you need|to (talk|speak) to|for (this|that))|reach out to|forward(ing|ed)? (this |it )?to|colleague|looks after|in charge of|responsible for|contact|get in touch with|try [a-z]|write to|email|ping|loop(ing)? in|cc'?(ing|'d)?|copying|adding|over to you|who (handles|owns|runs)|you('d| would)? (want|need) (our|my|to talk|[a-z]+ [a-z]+,)|(better|best) (to )?(talk|speak|reach|contact|write)|связаться|лучше (написать|обратиться)|пересылаю|переслал[аи]?|перешлите|передайте|коллеге|(handles|owns|runs|manages|leads|decides on|looks after|takes care of) (this|that|these|our|sales|revops|procurement|purchasing|tool(s|ing)?|vendors?|software|buying)\b|напишите|обратитесь|свяжитесь|пишите|переадресую|передаю|вопрос(ам|у|ы)?\s*[—–-]?\s*к (?!вам|нам|тебе)[а-я]+|руководит (продажами|отделом)|отвечает за (продажи|закупки|это))/,
);

/** Legal threats: strong words alone, weaker ones only with a threat beside them. */
export const legal = {
  strong: rule(
    'text:legal',
    /(attorney|lawyer|lawsuit|legal action|general counsel|\bccpa\b|\bcpra\b|\bpecr\b|\blgpd\b|\bpipeda\b|нарушени[а-я]* [^.]{0,20}(152|фз|закон)|under (the )?gdpr|gdpr (article|request|right)|what (personal )?data you (hold|have|keep)|sue (you|your)|cease and desist|can-?spam|casl|in violation of|violat(es|ing) (the )?(law|gdpr|regulation)|(violate|violates|violating|in breach of)\b[^.]{0,40}\b(law|regulation|gdpr|can-?spam)|article \d{1,2}\b[^.]{0,10}gdpr|object to the processing|subject access request|article 15|right to erasure|\bico\b|information commissioner|\bftc\b|data protection (authority|regulator)|no consent|without (my |our )?consent|в суд|судебн|незаконн|прокуратур|роскомнадзор|(?<![а-яё])фас(?![а-яё])|закон[ау]? о (рекламе|персональных)|без (моего |нашего )?согласия|(направ|предъяв|отправ|подад|получите)[а-я]* (вам )?претензи)/,
  ),
  weak: /(legal|counsel|юрист|закон)/,
  threat:
    /(unsolicited|repeated|if (this|you) (continue|don'?t stop|keep)|be in touch regarding|has been copied|will (be )?(refer|report|forward|escalate)|если не прекратите|передам|отправлю|спам|(forward(ed|ing)|referr(ed|ing)|report(ed|ing)|sen(t|ding)|escalat(ed|ing))( this| it)? to (our|my|the) (legal|lawyers?|attorneys?|counsel|general counsel)|в случае (повторн|дальнейш|продолжени)|(будем|буду) вынужден|обрат(имся|иться|ится) к юрист|any further (emails?|messages?|contact))/,
};

/** A request to see one's data (GDPR article 15) is a legal matter, not a demand to stop. */
export const dataAccess =
  /(subject access request|article 15|(copy of|what) (all )?(the )?(personal )?data you (hold|have|keep)|какие (мои )?(персональные )?данные)/;

/** Complaints that can hurt the brand: public posts, spam reports, harsh words. */
export const brand = rule(
  'text:brand',
  /((?<!can-)\bspam(ming|med|my)?\b|unprofessional|obnoxious|harass|garbage|\btrash\b|\bcrap\b|annoying|(post|posting|share|sharing|tag|tagging|call(ing)? you out) .{0,30}(linkedin|twitter|reddit|glassdoor|\bx\b|social media)|(on|to) (linkedin|twitter|reddit|glassdoor)|tagging your|((will|'ll|to|gonna|and|or|\bi) report|report(ed|ing)) (you|this|your (domain|company|emails?))|blacklist|block(ed|ing)? your domain|fil(e|ing) a complaint|information commissioner|complain(t|ing|ed)? (to|about)|(were|was|is|are|so|very|extremely|incredibly|really) (rude|pushy|aggressive)|report(ed|ing)? (it|this|them|you|us)? ?to (the )?(ico|ftc|fcc|cnil|bbb|regulator|authorit|data protection)|(contact|complain to|write to|go to) the (data protection authority|ico|ftc|regulator)|less likely to (ever )?(buy|work with|trust|do business)|should be ashamed|worst (\w+ ){0,3}(outreach|emails?|pitch(es)?|messages?)|embarrass(ing|ment)|спам|жалоб|пожалуюсь|роскомнадзор|пожалуемся|жаловаться|непрофессионально|отзыв о (компании|вас)|оставлю отзыв|черный список)/,
);

/** Question topics: what the prospect asks about. */
export const topicRules: Record<Topic, RegExp> = {
  pricing:
    /\b(commercials|licen[cs](e|ing) (model|fees?|costs?|terms)|licensing|what'?s the damage|(a )?dozen (seats|users|licen[cs]es|reps)|kommercheskoe predlozhenie|prais|stoimost\w*|pric(e|es|ed|ing)|cost(s)?|quote|budget|rates?|per (seat|user)|\d+ (seats|users|licen[cs]es)|how much|ballpark|discounts?|what (would|does|will) (it|this) run|per[- ](head|rep|seller|license|licence|month)|rate card|fees?\b|(price|pricing) (list|sheet|page)|price list|total cost|tco|subscription (cost|fee|price)|licen[cs]ing (cost|model|fee)|((pricing|paid|free|enterprise|starter|team|pro|business|premium|basic|annual|yearly|monthly|which|what|your|the cheapest|a cheaper) (plans?|tiers?)|(plans?|tiers?) (and|&) pric\w*|(plans?|tiers?) (start|cost)\w*)\b|licen[cs]e fee|pay (monthly|annually|yearly|quarterly|per)|billed (monthly|annually|yearly)|billing)\b|цен[аыуе]|платить|оплачивать|помесячн|ежемесячн|стоимост|стоить|скидк|тариф|сколько стоит|расценк|обойд[её]тся|во сколько|коммерческое предложение|(?<![а-я])кп(?![а-я])|^сколько[?!.]*$|безнал|по сч[её]ту|прайс|бюджет|(?<![а-я])сч[её]т(?![а-я])|\d+ лиценз/,
  demo: /\b(let'?s see it|(short|quick|brief) (video|recording|clip)|walk (me|us) through (it|this|the (product|tool|platform))|recording (i|we) (can|could) watch|(pre-?)?recorded (demo|walkthrough|video)|video (demo|walkthrough|of (it|the (product|tool|platform)))|show (me|us) (it|around|how it works|the (product|tool|platform)|on (zoom|teams|a call|google meet|meet))\b|walk-?through|demo|(live|working) version|(product )?tour|test[- ]drive|try (it|this) out|hands-on|screen ?share|live (session|preview)|(can|could|may) (i|we) see it|see it first|see (it|this|the (product|tool|platform)) (with|on|against|running|work(ing)?|in action|live)\b|(happy|glad|keen|willing) to (see|take a look at) (it|a demo|how it works|the product)|walk (me|us|the team|my team) through|walkthrough|see it (in action|live)|show (me|us) around|trial|pilot|poc|proof of concept|sandbox|show (me|us) (how|the product|it)|see how (it|this|that|the product) works|(session|presentation|walk-?through) for (me|us|my|our|the)( whole)? (team|group|department|leadership)|(do|run|give|hold|book) a (session|presentation) for)\b|демо|посмотреть,? как (это |оно |все |всё |система |сервис |продукт )?работает|увидеть,? как (это |оно )?работает|покажите|показать продукт|(провести|проведите|проведем) презентаци|тестов(ый|ого) доступ|протестировать|потестировать|попробовать (на|в|у)|пробн(ый|ого|ая|ую) (период|верси)|триал|тест-драйв/,
  security:
    /\b(bug bounty|third[- ]party audit|security audit|encrypt\w*|subprocessors?|caiq|security questionnaire|who (at your company )?can access|security|gdpr (compliance|compliant|requirements?)|(handle|support|comply with|meet) (the )?gdpr|privacy (policy|questions?|review)|data protection (policy|agreement|addendum|officer)|soc ?2|iso ?27001|pen(etration)? ?tests?|infosec|sso|saml|okta|data (is )?stored|on-?prem(ise)?s?|self-hosted|our own (servers|infrastructure|cloud)|data deletion|deletion requests?|right to be forgotten|compliance|compliant|audit (log|trail|report)s?|vulnerabilit|data (retention|processing|handling|privacy)|access control|rbac|role-based access|two-factor|2fa|\bmfa\b|multi-factor|where (the |our |my )?data (lives|is kept|sits|resides)|third-party clouds?|admin rights|permissions|scopes|access rights|azure ad|entra id|active directory|onelogin|public cloud|data residency|encrypt\w*|hosted|hosting|data cent(er|re)s?|gdpr compliant|hipaa|sub-?processors?|iso( ?\d+)? certifi\w*|(where are|location of) your servers|servers? (are )?(located|hosted))\b|безопасност|сертификат|персональн[а-я]* данн|(на|у) (наших|своих|нас на) сервер|храни(те|м|т) (данные|информаци)|на сво(й|ем|их) сервер|облак|права доступа|развернуть у (нас|себя)|коробочн|шифрован|152-фз|хранятся данные|хранение данных|где хранятся/,
  integration:
    /\b(saml|integrat\w*|api|salesforce|hubspot|(?<!(sales|cold|your|the|this|email|linkedin|of|spam) )outreach|salesloft|pipedrive|zapier|gong|zoominfo|dynamics|(microsoft|ms|in|on|into|with) teams|slack|jira|google workspace|(microsoft|office) 365|microsoft shop|native (app|integration)|marketplace|google sheets|notion|sales navigator|apollo|(work|play|integrate) (with|alongside) (our|the|my) (crm|stack|tools?|systems?)|(our|your|a|the) crm|hooks? (in)?to|connectors?\b|plug-?ins?\b|compatible with|syncs? (with|to)|export (to|as|into) (csv|excel|xlsx|sheets)|\bcsv\b|gmail|bcc|(our|your|with|in|from|to) outlook\b|runs? (in|on|inside) |scim|zoho|azure ad|entra id|active directory|onelogin|marketo|webhooks?|sso|okta|plug(s)? into|works? with (?!(companies|teams|businesses|customers|clients|startups|agencies|people|firms|organi[sz]ations|anyone|someone|us\b|me\b|you\b))|connect(s)? to|fit (in|into|with)|plays? (well |nicely )?with)\b|интеграц|\bapi\b|битрикс|amocrm|1с/,
  contract:
    /\b(refunds?( policy)?|money[- ]back|exit clause|termination (clause|rights|terms)|insurance certificate|supplier (onboarding|form)|w-?9|minimum commitment|commitment (term|period|length)|cancel(lation)? (policy|terms|anytime|any time)|notice period|renewal terms|auto-?renew\w*|month-to-month|lock-?in|procurement (process|requirements)|order form|terms of (service|use)|tos|sla|master (services )?agreement|contract|msa|redlines?|dpa|purchase order|payment terms|agreement|minimum term|(?<!under (an? |mutual |our |your )?)nda|terms)\b|договор|контракт|оферт|услови[яй] расторжени|соглашени|услови[яй] (по )?оплат/,
};

/** A request or question sentence (where a topic counts as asked, not just mentioned). */
export const asks =
  /(\?|\bif you have (one|any|it)\b|^(sure|ok|okay|yes|great|fine)?,? ?(walk|show|send|bring|share) (me|us|it|over|pricing)\b|\bbring (the )?(pricing|prices|numbers|a quote)\b|\blet'?s see it\b|\b(can|could|would|will) you\b|\b(send|share|provide|forward)\b|\bplease do\b|\bcurious (how|whether|if|about|what)\b|\blet me see\b|\b(prishlite|skinte|otpravte|vyshlite)\b|\bdepends on\b|\bwe (need|require|must have)\b|\b(would|'d) love (a|an|to see|to get)\b|count me in|sign me up|put me down for|\bplease\b|пожалуйста|плиз|\b(happy|glad|keen|willing) to (see|take a look at) (it|a demo|how it works|the product)\b|\bplease (submit|include|send|share|provide)\b|\binclude (your|the)\b|\b(would|will) you be able to\b|\bare you able to\b|направьте|вышлите|отправьте|скиньте|(хотел[аи]? бы|хочу|хотим|готов[аы]?) (посмотреть|увидеть|узнать|получить)|\b(do|does|is|are) (you|it|there|the)\b|\bhow (much|does|do|many)\b|\bwhat (is|are|'s|would|does)\b|\bneeds? (to see|a|an|your|the)\b|\bi'?d (like|love) (to see|a|to get|to know)\b|\bsee (how|whether|if) (it|this|that|the product) (works|fits|integrates) with\b|\b(will|'ll) (need|want)\b|\bmust\b|\b(need|want|like) to (know|understand|confirm|check|see)\b|\bwonder(ing)?\b|\bwhether\b|\bany (chance|way)\b|\blet me know (if|whether)\b|(?<![а-яё])ли(?![а-яё])|(?<![а-яё])где(?![а-яё])|подскажите|\bwe'?d want\b|пришлите|покажите|сколько|есть ли|какая|какие|какой|можно|нужн)/;
/** What a question about the offer itself speaks of (not "what's your company again?"). */
export const aboutTheOffer =
  /((built|designed|made|meant) for|(teams?|companies|businesses) (of )?our size|product|tool|platform|solution|offer|service|software|\bapp\b|onboard|rollout|pilot|customers?\b|clients|(work(ed)? with|serve|support) (companies|teams|businesses|startups|agencies|firms|organi[sz]ations)|industr(y|ies)|case stud(y|ies)|внедрени|приложени|who else|uses? (it|this|the (product|tool))|how long (does|would|will) (it|this|the (setup|migration|rollout|onboarding))|migrat|references?\b|use(s)? you|different|catch|get(ting)? started|set (it|this|us) up|setup|implement|how (does|do|would) (it|you|this)|(would|does|will|could) (this|it) work for|what (does|would) (it|this)|работает|продукт|решени|клиент)/;

/** A bare "does it?": asks about the sentence before it. */
export const bareQuestion = /^(and )?(does|do|can|will|is|are|would|could) (it|you|they|there|that)\??$/;

/** "Not now, but send me pricing": a request after the "not now" wins over it. */
export const butSend =
  /\b(but|that said|however|still|anyway)\b[^.?!]{0,30}\b((send|share|forward|email) (me|us|over)|i'?d (take a look|look at|watch|happily look))\b/;

/** "What makes you different from Salesloft?": a tool named to compare, not to connect to. */
export const comparesTools =
  /(different from|compared? (to|with)|\bvs\.?\s|versus|better than|instead of|alternative to|switch(ing)? from|replac(e|ing))/;
export const connects = /(integrat|\bapi\b|sync|plug|connect|works? with|talk to|on top of|layer)/;

/** A request for material ("can you share a customer reference?"): a next step, not a question. */
export const requestsMaterial =
  /\b(can|could|would) you (please |kindly )?(share|send|forward|provide|email|pass along)\b|^(please )?(share|send|forward)\b/;

/** Scheduling, not a question about the product ("can we do Monday?"). */
export const scheduling =
  /\b(mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|tomorrow|next week|this week|\d+ ?(min|minutes)|calendar|slot|time(s)? (that )?work|free|available|call|meet)\b|созвон|встрет|во вторник|в среду|в четверг/;
/** Questions that are not interest: who is this, what is it about, housekeeping. */
export const puzzled =
  /(resend|broken|attachment|typo|noted|принято|(what|which) company|your company (again|name)|which (product|tool|app|service) is (this|it)|what (product|tool) is this|have we (spoken|met|talked)|do (i|we) know (you|each other)|automated (email|message)|is this (a bot|real|automated)|who is this|who are you|what is this (regarding|about)|which company|where (did )?we met|remind me|did you mean|^(ok,? )?(thanks|thank you) for (the|your) (note|email|message|reply)[.!]*$|^received[.!]*$|cool story|do you (actually|even|really) read|what are you asking|not sure what you|кто вы|о чем (это|речь)|откуда у вас)/;
