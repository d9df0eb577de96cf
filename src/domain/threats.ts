import { legalBasisAsked } from './classify-rules.js';
import {
  ANOTHER_VENDOR,
  AT_US,
  BAD_OF_US,
  HARSH,
  HARSH_OF_US,
  OUR_CONDUCT,
  sentencesOf,
  VERDICT,
  YOU_NEUTRALLY,
} from './harsh-words.js';
import { criticalPress, madeAnExample, takenPublic } from './made-public.js';
import { ridicules } from './sneers.js';

/**
 * Legal threats and brand complaints read as ideas rather than phrases. The phrase lists in
 * classify-rules.ts catch wordings already seen; on wordings written later, only a few in every
 * fifteen were caught, because a threat is rarely said the same way twice ("my counsel has been
 * instructed to respond on my behalf", "I've logged this with the Federal Trade Commission").
 * What stays the same is the idea:
 * - legal: a sentence names the law, a lawyer or a regulator and does something hostile with it
 *   (files, reports, instructs, demands), in a reply that complains about our mail; or it says
 *   our mail is a wrong in law ("violates", "in breach of", "actionable"); or it takes a
 *   complaint to a regulator, the police or a court, which needs no other context;
 *   and, in a reply that neither says yes nor asks about the product, legal words aimed at us
 *   (our mail, our conduct, a warning or a demand), unless the law is the reason for a no ("GDPR
 *   makes this too complicated") or the words describe the writer ("we're a law firm");
 * - brand: a sentence takes our mail to an audience (a review site, a community, "my network"),
 *   makes it a lesson, takes it over a rep's head, rates us low, says our reputation is at stake,
 *   calls it the worst of its kind, judges our conduct in harsh words, gets their name wrong (a
 *   merge tag left unfilled, a name corrected), or swears never to recommend us;
 * - contempt for the pitch (mock praise, exasperation, scorn for templates) is a no, no flag.
 * Each part is a small vocabulary, named for what it means (the harsh words and what they are
 * said of live in harsh-words.ts); text is the classifier's normal form (lower case, one space, ё
 * as е). Measured set by set in the README ("Legal and brand as ideas", "Brand complaints in many
 * registers", "After the registers", "Another round in new shapes"); the corpus parts blind35/ to blind41/ hold the sets.
 */

/**
 * The law itself and what it deals in: laws, articles, rights, damages, consent as a legal
 * ground, in the languages a prospect may switch to when angry. Everyday words among them
 * ("consent", "personal data") count only in a reply that complains or threatens.
 */
const LAW =
  /\b(laws?|legislation|legal(ly)?|statut\w+|regulations?|regulatory|(privacy|data protection) compliance|non-?compliant|(would|will|could) ?n[o']?t pass (any|an|a) (audit|review|compliance)|directives?|ordinance|gdpr|e-?privacy|dsgvo|rgpd|ccpa|cpra|casl|can-?spam|pecr|tcpa|lgpd|pipeda|uwg|(privacy|protection|spam|communications|consumer|marketing|telecommunications|electronic|commerce) act|(our|my|all|legal|privacy) rights|terms of (service|use|engagement|business)|(their|its|[a-z]+'s) terms|[a-z]+'s privacy polic(y|ies)|formally|formal (action|complaint|proceedings|steps|notice)|art(icle|\.)? ?\d+|(lawful|legal) (basis|grounds?)|legitimate interests?|data subject|right to object|(prior|explicit|express|written) consent|damages|compensation|(formal )?objection|processing of (my|our) (personal )?(data|details|information)|liabilit(y|ies)|dsars?|data subject (access )?requests?|eras(e|ure) (of )?(my|our|all) (personal )?(data|details|information)|opt-?in (record|proof|evidence)|fined|fines|penalt(y|ies)|sanctions?|injunction|litigat\w+|trademarks?|copyright|defamat\w+|libel|slander|not (allowed|permitted|legal) (here|in|under)|prohibited|gesetz\w*|abmahnung|datenschutz\w*|mise en demeure|ley de)\b|(?<![а-яё])(закон[а-яё]*|фз|152|стать[а-яё]* \d+|ст\. ?\d+|коап|гк рф|ук рф|штраф[а-яё]*|ущерб[а-яё]*|неустойк[а-яё]*|возмещени[а-яё]*|правомерн[а-яё]*|какое право|по какому праву|персональн[а-яё]* данн[а-яё]*)(?![а-яё])/;

/** People whose work is the law. */
const LAWYERS =
  /\b(counsel|lawyers?|attorneys?|solicitors?|barristers?|law firm|legal (team|department|dept|counsel)|in-house legal|data protection (officer|team|office)|privacy (team|office|officer)|dpo|compliance (team|officer|department)|anwalt|rechtsanwalt|avocats?|abogad[oa]s?|avvocat[oi])\b|(?<![а-яё])(юрист[а-яё]*|адвокат[а-яё]*|юридическ[а-яё]*|юротдел[а-яё]*)/;

/** Bodies a complaint is taken to; a complaint there is a legal matter whatever else is said. */
const REGULATOR =
  /\b(regulators?|(data|privacy|telecoms?|marketing) regulator|(trade|federal|european|competition|communications|securities|data protection|information|privacy) commission(er)?|commissioner|watchdog|ombudsman|(data protection|supervisory|consumer( protection)?|competition|antitrust) authorit(y|ies)|the authorities|(relevant|appropriate|competent|proper) authorit(y|ies)|(?<=\b(to|with) )authorit(y|ies)|datenschutzbeh\w*|attorney general|(state )?ag'?s office|better business bureau|(communications|media|privacy|data|consumer|competition|telecoms?|information)( and media)? authority|state ag|ico|ftc|fcc|crtc|acma|oaic|cnil|aepd|garante|uodo|imy|bfdi|cnpd|autoriteit persoonsgegevens|advertising standards( authority)?|edpb|cfpb|bbb|datatilsynet|ofcom|trading standards|consumer affairs|bundesnetzagentur)\b|(?<![а-яё])(роскомнадзор[а-яё]*|роспотребнадзор[а-яё]*|антимонопольн[а-яё]*|фас|ркн|регулятор[а-яё]*|надзорн[а-яё]*( орган[а-яё]*)?)(?![а-яё])/;

/**
 * Courts and the police (India's "cyber cell", the UK's Action Fraud, the FBI's IC3): legal, but
 * (unlike a regulator) no public complaint about the brand.
 */
const ENFORCEMENT =
  /\b(courts?|tribunal|police|prosecutors?|small[- ]claims|cyber ?(crime )?cell|cyber ?crime (unit|department|division|branch|portal|police)|action fraud|ic3|fbi)\b|(?<![а-яё])(суд[а-яё]*|прокуратур[а-яё]*|полици[а-яё]*)(?![а-яё])/;

const authority = (s: string) => REGULATOR.test(s) || ENFORCEMENT.test(s);

/** What one does with the law against someone, also abroad ("signaler à la CNIL", "Anwalt einschalten", "queja ante la AEPD"). */
const HOSTILE_ACT =
  /\b(fil(e|es|ed|ing)|lodg(e|ed|ing)|submit(s|ted|ting)?|(speak|speaking|talk|talking) (with|to)|(been )?(passed|forwarded|sent|referred|escalated|handed) (on |over )?to (our|my|the)|rais(e|es|ed|ing) (this|it|the matter) with|go(es|ing)? (straight |right |directly )?to|(send|sending|sent|forward(ed|ing)?|pass(ed|ing)?) (it|this|them|these|this (thread|chain|conversation|e-?mail|message)|your (message|e-?mail|mail|note)) (on |straight |along )?to|be in (touch|contact)|logged|report(s|ed|ing)?|complain(t|ts|ed|ing)?|take (it|this|the matter|this matter) (up|further)|take (you|your company|this|it|the matter) to|see you in|instructed|on (my|our) behalf|(asked|told|advised|instructed) (me|us) to|demand(s|ed|ing)?|pursu(e|ing)|escalat\w+|refer(red|ring)? (it|this|the matter)|notif(y|ied)|proof|you must|prepar(e|es|ed|ing)|(will|'ll|shall|going to) (respond|reply|be in touch|contact you|write to you|hear)|(will|'ll|shall) be hearing|hear(ing)? from|involv(e|ed|ing))\b|(?<![a-zà-ÿ])(signaler|signalerai|porter plainte|saisir|saisirai|plainte|denunciar[ée]?|denuncia|queja|reclamaci[oó]n|presentar[ée]?|einschalten|schalte|schalten|anzeigen|anzeige|beschwerde|segnalare|segnaler[oò]|denunciare|denuncer[oò]|reclamo|klacht|aangifte)(?![a-zà-ÿ])|(?<![а-яё])(жалоб[а-яё]*|заявлени[а-яё]*|претензи[а-яё]*|иск|готовит|готовят|подам|подадим|обращ[а-яё]*|обрат[а-яё]*|привлеч[а-яё]*|ответственност[а-яё]*)(?![а-яё])/;

/**
 * Legal words doing paperwork or gatekeeping: a contract, an NDA, a questionnaire, a security
 * review ("Our legal team requires a security review: SOC 2 report…" was a threat), legal who
 * must approve a vendor ("legal won't sign off on tools that read email" is a no, not a threat).
 */
const PAPERWORK =
  /\b(contracts?|msa|nda|dpa|agreements?|redlines?|order form|questionnaires?|due diligence|procurement|vendor (review|onboarding|assessment)|(security|privacy|compliance|risk|legal) (review|assessment|audit)|soc ?2|iso ?27001|pen ?tests?|penetration tests?|subprocessors?|approv\w*|said no|says no|saying no|(block(s|ed)?|bans?|banned|reject(s|ed)?|veto(es|ed)?|froze|freezes?|frozen) (all |any )?(new )?(tools?|vendors?|saas|software|purchases|spend|apps?)|(your|the|our) terms\b(?! of)|sign(s|ed)? off|allow(s|ed)?|(won'?t|doesn'?t|does not|will not|would ?n'?t|can'?t|cannot) (let|allow|permit)|polic(y|ies)|vet(s|ted|ting)?|legal ops|legal operations|tenders?|rfps?|bids?|(i'?m|i am|i work|works?) (in|for|on) (the )?legal)\b|(?<![а-яё])(договор[а-яё]*|соглашени[а-яё]*|согласовани[а-яё]*|тендер[а-яё]*|торг[аиуео]?в?|закуп[а-яё]*|площадк[а-яё]*|44-фз|223-фз)(?![а-яё])/;

/** A request to know one's legal position with us: a legal matter even said politely. */
const RIGHTS_ASKED = new RegExp(
  `${legalBasisAsked.source}|(?<![а-яё])(на каком основании|какое право|по какому праву)(?![а-яё])`,
);

/** Breaking a rule: a legal wrong only when the rule is a law ("our company policy" is not). */
const BREACH =
  /\b(breach(es|ed|ing)?|violat[a-z]+|infring[a-z]+)\b|(?<![а-яё])(наруша[а-яё]*|нарушени[а-яё]*)/;

/** Words that call our mail a wrong in law by themselves. */
const WRONG =
  /\b(illegal(ly)?|unlawful(ly)?|actionable|liable|reserve (all|our|my) rights|who gave you (permission|consent|the right))\b|(?<![а-яё])незаконн[а-яё]*/;

/** The reply is about our mail being unwanted: the context a threat needs. */
const OUR_MAIL =
  /\b(unsolicited|unwanted|uninvited|unrequested|(?<!can-)spam\w*|mailing lists?|(these|those|such|repeated) (e-?mails|messages|mails)|cold (e-?mail|outreach)|mass[- ]e-?mail\w*|(e-?mailing|contacting|messaging) (me|us|our|my|strangers|people)|put (me|us) on|added (me|us)|harvest\w*|scrap(e|ed|ing)|(where|how) (did )?you (get|got|obtain(ed)?|find|found) (my|our)|obtained (my|our)|stop(?! by)|(second|third|fourth|fifth|sixth|seventh|\d+(st|nd|rd|th)) (unwanted |unsolicited )?(e-?mail|message|time)|unsubscrib\w*|remove (me|us|all|our|my)|(you )?(hold|have|keep|store) (on|about) (me|us)|(erase|delete) everything|who you got|take (me|us) off|delete (them|my|our|it)|opt(ed)?[- ]?in)\b|(?<![а-яё])(ваши письма|ваших писем|рассылк[а-яё]*|спам[а-яё]*|отпишите|удалите)|(?<![а-яё])откуда (у вас|вы (получили|взяли|нашли|достали|узнали))(?![а-яё])/;

/** Evidence gathered against us: "documenting every email you send", "keeping a record of all your messages". */
const RECORDS_KEPT = /\b(documenting|keeping (a )?record of|logging) (every|all|each)\b/;
/** A reply that warns or demands: the other context a legal word needs to be a threat. */
const WARNING =
  /\b(or else|otherwise|final warning|last warning|expect (a|an|to|legal|my|our|further)|you('ll| will) (hear|regret|be hearing)|(next|one more|another) (one|e-?mail|message)|if (i|we) (receive|get|see) (anything|another|one more|any more|more)|(i|we) (demand|require you|insist)|(formal )?objection|failing (which|that|a reply)|if (i|we) (do ?n'?t|do not) (hear|get a reply|receive a (reply|response))|or (we|i)('ll| will| shall)|if (this|you|it) (continues?|keeps?|happens|do ?n'?t)|acknowledge receipt|how dare|never (signed up|subscribed|opted in|asked|agreed|consented|gave)|(i'?m|i am|we'?re|we are|i'?ve|we'?ve|i have|we have|been|am|are|will be|'ll be|and) document(ing|ed)|keeping (a )?(record|log)|i (formally |hereby )?object|object to|seek(ing)? (damages|compensation)|what right|by what right|your use of (our|my)|hereby)\b|(?<![а-яё])(ждите|иначе|требую|требуем|в случае (отсутствия|неполучения) ответа|в противном случае|последнее предупреждение|ещ[её] (раз|одно)|какое право|по какому праву|не давал[аи]?|не подписывал[аи]?|вынужден[аы]?)(?![а-яё])/;

/** A reply that likes us: sharing it with a network is praise, not a complaint. */
const PLEASED =
  /\b((annoyingly|really|very|genuinely|surprisingly|pretty|actually) good|well[- ](written|done|crafted|researched|targeted)|if (it|the pilot|this|the trial|things|that) (works|goes well|pans out|delivers)|been asking (about|for) (exactly )?(this|that|something like (this|it))|great|love|loved|interesting|impressed|cool|useful|helpful|thanks|thank you|amazing|prais(e|ed|es|ing)|nice|keen|excited|fan|liked|spot on|refreshing(ly)?|on point|pitch-perfect|just right)\b|(?<![а-яё])(заинтересовал[а-яё]*|интересн[а-яё]*|спасибо|отлично|круто|класс[а-яё]*|понравил[а-яё]*|нравится)/;

/** The worst of its kind: "the laziest prospecting I've seen", "worst cold email I've received". */
const SUPERLATIVE =
  /\b(worst|laziest|sloppiest|dumbest|creepiest|cheesiest|tackiest|rudest|most (irritating|intrusive|invasive|relentless|tedious|pointless|misleading|patroni[sz]ing|condescending|lazy|generic|annoying|obnoxious|aggressive|desperate|tone-deaf|irrelevant|unprofessional|pushy|bizarre|insulting|cringe\w*|clueless|tasteless)) [a-z -]{0,30}\b(i'?ve|i have|i'?d|i had|we'?ve|we have)( ever)? (seen|received|gotten|got|read|had|come across|encountered|been (on the receiving end of|sent|subjected to|enrolled in|added to|put (in|on|through)|signed up (to|for)))\b|(?<![а-яё])(худш[а-яё]*|самое (ленивое|тупое|наглое|безграмотное)) [а-яё ]{0,30}(что|которое|какое) (я|мы) (видел|получал|читал)/;

/** Our reputation said to be at stake: "whoever runs your outbound is burning your brand". */
const REPUTATION =
  /(?<![а-яё])(не с лучшей стороны|не в лучшем свете)(?![а-яё])|\b(i )?(haven'?t|have not|wasn'?t|was not|won'?t be|will not be) (been )?(kind|generous|complimentary|flattering|charitable|positive)\b|\b(none of it|nothing|not|hardly) (was |is |has been )?(flattering|complimentary) (to|for|about) (you|your)\b|\b(makes?|made|making) (you|your (company|brand|team|firm)) look (bad|terrible|awful|desperate|cheap|amateur\w*|unprofessional|clueless|foolish|silly|ridiculous)\b|\b((will|'ll|going to|gonna) (burn|hurt|damage|kill|ruin|tank|trash|tarnish|destroy|wreck)|burn(ing|s|ed|t)|hurt(ing|s)|damag(es|ed|ing)|kill(ing|s|ed)|ruin(ing|s|ed)|tank(ing|s|ed)|trash(ing|es|ed)|tarnish(ing|es|ed)|destroy(ing|s|ed)|wreck(ing|s|ed)) (your|the company'?s|your (company|firm|brand|team)'?s) (own )?(brand|reputation|name|credibility|image|goodwill)\b|\b(running |standing )?joke (about|at the expense of) (you|your)\b|\bburn(ing|s|ed|t)? (through |all |any )?(the |your )?goodwill\b(?! (with|among|of|in) (our|my|the)\b)|\byour (brand|reputation) (is|will be|is going to be) (toast|ruined|damaged|trashed|done|suffering)\b|(?<![а-яё])(порт[а-яё]*|губ[а-яё]*|испортил[а-яё]*|подмочил[а-яё]*|подрыва[а-яё]*) (себе |вам |свою |вашу |своей |вашей )*(репутаци[а-яё]*|имидж|бренд)|репутаци[а-яё]* (вашей компании |компании )?(страдает|под угрозой)/;

/** The tone of our mail named by someone not pleased: "the tone of your last three emails has made me…". */
const OUR_TONE =
  /\bthe tone of (your|these|those|this|that|the) (last |recent |previous |latest )?(\w+ )?(e-?mails?|messages?|follow-?ups?|pitch(es)?|outreach|sequence|calls?)\b/;

/** A bad public rating: "this email confirms my two stars", "поставил одну звезду". */
const LOW_RATING = /\b(one|two|1|2|zero|0)[- ]stars?\b|(?<![а-яё])(одн[уаой]|две|два|1|2) звезд[а-яё]*/;

/** Our own bosses, whom a complaint goes over a rep's head to. */
const OUR_BOSSES =
  /\byour (ceo|founder|co-?founder|head of [a-z]+|manager|boss|vp( of [a-z]+)?|cro|cmo|leadership( team)?|management|board|chief [a-z]+ officer|superiors?|supervisor)\b|(?<![а-яё])(вашему|вашим|ваше|вашего|вашей) (руководств[а-яё]*|начальств[а-яё]*|начальник[а-яё]*|директор[а-яё]*|генеральн[а-яё]*|гендиректор[а-яё]*|руководител[а-яё]*)/;
/** Others who answer for how we got or use their details: an event's organisers, a data provider, our investors. */
const THIRD_PARTIES =
  /\b(organi[sz]ers|(event|conference|show|summit) (team|hosts?|staff)|the (conference|event|summit|expo|platform|list (provider|vendor|broker)|data (provider|vendor|broker))|(zoominfo|apollo|lusha|linkedin|cognism|seamless)\b|your (investors|customers|partners|clients|board|data (provider|vendor|supplier))|your ((web ?)?hosting|e-?mail|mail|domain|sending)( service)? (provider|host|registrar|platform))\b|(?<![а-яё])(ваш[а-яё]* )?(хостинг|хостинг-провайдер|регистратор|почтов[а-яё]* (сервис|провайдер))[а-яё]*/;
/** Taking it to them: "raised it with", "cc'd", "I'll make sure he knows", "пожалуюсь". */
const COMPLAINED =
  /\b((raised|raising|raise) (this|it|my concerns?|a complaint|the (matter|issue))|escalat(ed|ing) (this|it)|(will|going to|gonna|i'?ll) (escalate|report|complain)|complain\w*|reported (this|it|you|your)|cc'?d|cc'?ing|copied (in )?your|copying (in )?your|flagged (this|it|you)|(writ(e|ing)|wrote|written) (to|directly to)|(should|will|needs to|ought to) (know|hear)|make sure (he|she|they) (knows?|does|hears?)|shar(e|ed|ing) (this|it|the thread|this thread|your (e-?mails?|messages?)) with|forward(ed|ing)? (this|it) to|(won'?t|will not|wouldn'?t|would not) be (pleased|happy|impressed|thrilled))\b|(?<![а-яё])(пожалу[а-яё]*|напишу|написал[аи]?|сообщу|переслал[аи]?|перешлю|поставил[аи]? в копию|жалоб[а-яё]*|доложу)(?![а-яё])/;

/** Their list of vendors never to use, with us not on it: "you're not on it yet!" */
const NOT_ON_IT =
  /\b(you'?re|you are) not (on it|on that list|one of them)\b|\bnot on (it|that list|the list) yet\b/;

/** Others on the writer's list, not us: "can your tool block reps from emailing accounts on our do-not-contact list?". */
const OTHERS_LISTED =
  /\b(accounts|contacts|leads|prospects|customers|clients|people|numbers|domains|addresses|emails)\b[^.!?]{0,30}\b(on|in) (our|my|the) ([a-z-]+ )?lists?\b/;

/** A vow never to recommend or deal with us. */
const NEVER =
  /\b(i'?d|i would|we'?d|we would) (sooner|rather) [^.!?]{1,40} than (sign|buy|work|deal|do business|renew)\w* (again|with you|from you)\b|(?<![а-яё])(вас|вашу компанию|ваш (сервис|продукт)) (никому|никогда) (бы )?не (порекоменд|посовет|рекоменд)[а-яё]*|(?<![а-яё])(никому|никогда) (бы )?не (порекоменд|посовет|рекоменд)[а-яё]* (вас|вашу|ваш)(?![а-яё])|\b(stopped|quit|no longer) (recommending|recommend|referring|vouching for) (you|your)\b|\b(ashamed|embarrassed|regret|sorry) (to have |that i |i ever |i )?(recommended|recommending|referred|referring|vouched for) (you|your)\b|\b(used to|once) (recommend|rave about|champion|vouch for|think highly of|respect|admire|trust|rate) (you|your|a company|this company)\b|\b(never|not ever|won'?t ever|would ?n'?t|would not|won'?t|will not|could ?n'?t) (again )?(recommend|buy from|work with|do business with|trust|deal with) (you|your)|\b(made|on|onto|to|added to) (my|our)( internal| company'?s?| team'?s?)? ['"]?(never|do[- ]not|don'?t|banned|blocked|avoid)\b|\bas (a|the) (vendor|company|supplier|provider|brand)s? to avoid\b|\b(a company|a brand|a vendor|people|someone|a team) (i|we) (used to|once) (think highly of|respect|admire|trust|rate|recommend)\b|\bfrom ['"]?(maybe|possibly|perhaps)['"]? to ['"]?(never|no|hell no|not a chance)\b|\b(do ?n'?t|do not|won'?t|will not|never) do business with (people|companies|vendors|anyone|firms) (who|that|like)\b|\b(avoid|boycott) (you|your company)\b|\b(vendors|companies|tools|suppliers|list)[^.!?]{0,20}\b(we|i)( will|'ll| would|'d)? never (use|buy from|work with|touch|consider|recommend)\b/;

/**
 * Legal words in a reply that is not buying: a lawyer, a regulator or the law named by someone
 * who neither says yes nor asks about the product is rarely making small talk ("our counsel is
 * aware of your campaign"). The classifier asks this only of such replies.
 */
export const legalWordsSaid = (said: string) => {
  const text = withoutWritersJob(said);
  return (
    (LAW.test(text) || LAWYERS.test(text) || authority(text)) &&
    !PAPERWORK.test(text) &&
    // Aimed at us: "we're a law firm" and "GDPR makes this too complicated" describe themselves.
    (OUR_MAIL.test(text) || WARNING.test(text) || AT_OUR_CONDUCT.test(text) || HOSTILE_ACT.test(text)) &&
    !lawAsAReason(text)
  );
};

/**
 * The writer's own job ("I am the company's attorney and have no need for this", "я юрист"): who
 * writes, not a lawyer set on us. Kept when the reply warns or demands ("As counsel for Acme, I
 * demand that you…" is a lawyer's threat).
 */
const WRITERS_JOB =
  /\b(i'?m|i am|i work as|speaking as) (the |a |an |their |this |[a-z]+'s )?((company|firm|group|team)'?s |in-house |general |corporate |senior |associate |chief |lead |outside )*(attorney|lawyer|counsel|solicitor|paralegal|legal counsel|data protection officer|dpo|compliance officer|privacy officer)\b|(?<![а-яё])я (—\s*|- )?(юрист|адвокат|юрисконсульт)[а-яё]*/g;
const withoutWritersJob = (text: string) => (WARNING.test(text) ? text : text.replace(WRITERS_JOB, ' '));

/** Our conduct named as the object: "aware of your campaign", "your firm's marketing practices". */
const AT_OUR_CONDUCT =
  /\b(aware of|regarding|concerning|about|in relation to|flagged) your\b|\byour (campaign|firm|company'?s?|organi[sz]ation|marketing|practices|outreach|conduct|domain|correspondence|contact|dpo|data protection officer)\b|\byourselves\b|(?<![а-яё])ваш[а-яё]* (письм|рассылк|компани|организаци|действи)[а-яё]*/;

/**
 * The law as the reason for a no ("GDPR makes this too complicated for us", "из-за 152-ФЗ мы не
 * используем облака", "we're in the middle of a lawsuit, no new projects"): no threat, unless the
 * reply also complains about our mail or warns.
 */
const LAW_AS_A_REASON =
  /\b(because of|due to|given) (the |our )?(new )?(gdpr|ccpa|hipaa|regulations?|regulators?|compliance|legal|the law)\b|\b(we'?re|we are) under (a |an )?(legal hold|consent decree|court order|regulatory order)|\b(gdpr|ccpa|hipaa|regulations?|compliance( rules)?|the law|[a-z]+ rules|consent decree|(court|regulatory) order)( we'?re under| we are under)? (makes?|mean|means|rules? out|prevents?|forbids?|limits?|restricts?|prohibits?|(does|do)(n'?t| not) (allow|let)|won'?t (allow|let)|stops?)\b|\b(in the middle of|dealing with|going through|tied up (in|with)|busy with) (a |an |the )?(lawsuit|litigation|legal (case|dispute|matter)|audit|merger|regulatory)|(?<![а-яё])(из-за|из за|в связи с|согласно|по требованию) [^.!?]{0,25}(фз|закон|регулятор|требовани|суд)|(?<![а-яё])суд[а-яё]* (у нас )?идет по другому/;

export const lawAsAReason = (text: string) => LAW_AS_A_REASON.test(text) && !threatContext(text);

/** The writer and their side: "we", "our firm", "I", "my clients". */
const WRITERS_SIDE = /\b(we|we'?re|we'?ve|our|ours|us|i|i'?m|i'?ve|my)\b/;
/** Anything pointing at us, our mail or a step to come: what a threat has and a description lacks. */
const AT_US_OR_AHEAD =
  /\b(you|your|yours|yourself|yourselves|y'?all|this|that|these|those|it|such|will|'ll|shall|going to|gonna|would|'d|consider\w*|reserve|threaten\w*|intend\w*|plan(ning)?|next)\b|(?<![а-яё])(вы|вас|вам|ваш[а-яё]*|это|будет|будем)(?![а-яё])/;

/** Legal matters named as things (a lawsuit, litigation), not acts against anyone ("counsel has been copied"). */
const LEGAL_MATTER =
  /\b(lawsuits?|litigation|class[- ]actions?|legal (action|proceedings)|unlawful(ly)?|illegal(ly)?)\b/g;

/**
 * Legal matters of the writer's own business, in a reply that neither complains of our mail nor
 * warns: "We're a law firm handling personal injury lawsuits", "We had two lawsuits last year, so
 * legal vets every vendor". Each sentence with a strong legal word names only such matters, speaks
 * of the writer's side and of nothing of ours or ahead ("We will take legal action", "I think this
 * is illegal" and "Our counsel has been copied" stay threats).
 */
export const theirOwnLegalMatters = (text: string, strong: RegExp) =>
  strong.test(text) &&
  !threatContext(text) &&
  sentencesOf(text)
    .filter((s) => strong.test(s))
    .every(
      (s) => !strong.test(s.replace(LEGAL_MATTER, ' ')) && WRITERS_SIDE.test(s) && !AT_US_OR_AHEAD.test(s),
    );

/**
 * A claim about trademarks, copyright or defamation: legal, but about what we wrote, not that we
 * wrote; no stop unless the reply also complains about our mail.
 */
export const intellectualPropertyClaim = (text: string) =>
  (/\b(trademarks?|copyright\w*|defamat\w+|libel\w*|slander\w*|passing off)\b/.test(text) ||
    // "…without permission. Take it down or our lawyers will." threatens: a stop (`blind37/`).
    (OUR_MARK_TAKEN.test(text) && !LAWYERS.test(text) && !WARNING.test(text))) &&
  !OUR_MAIL.test(text);

/**
 * Our own logo or name used without our leave ("you're using our logo without permission",
 * "используете наш логотип без разрешения"): a legal claim even with no lawyer named. A client's
 * logo is theirs to claim (`blind37/` labels that brand).
 */
const OUR_MARK_TAKEN =
  /\b(us(e|es|ed|ing)|display(s|ed|ing)?|show(s|ed|ing)?|put|feature[sd]?|featuring) our (logo|trademark|brand name|company name|name)\b[^.!?]{0,50}\bwithout (our |any )?(permission|consent|asking|approval)|(?<![а-яё])(использует[а-яё]*|разместил[а-яё]*|показывает[а-яё]*) наш (логотип|товарный знак|бренд)[^.!?]{0,50}без (нашего )?(разрешения|согласия)/;

/** A complaint taken to whoever carries our mail ("…with your email provider", "to your ESP"): brand, no law. */
const TO_A_MAIL_SERVICE =
  /\bcomplaint (to|with) (your|their|the) ((e-?mail|mail|sending|hosting|internet|web) )?(service )?(provider|esp|isp|host|abuse (desk|team)|platform)\b/;

/** The reply warns or demands ("failing a reply, I go to the regulator"). */
export const warns = (text: string) => WARNING.test(text);

/** The reply complains about our mail or warns: a legal word beside a product question needs this. */
export const threatContext = (text: string) => OUR_MAIL.test(text) || WARNING.test(text);

/** A threat to take our mail to law: a lawyer, a regulator, a court, or the law itself. */
export function legalThreatSaid(said: string): boolean {
  if (OUR_MARK_TAKEN.test(said)) return true;
  const text = withoutWritersJob(said);
  // Most replies name no law at all: say so before reading sentence by sentence.
  const lawSaid = LAW.test(text) || LAWYERS.test(text) || authority(text);
  const quiet =
    !WRONG.test(text) && !RIGHTS_ASKED.test(text) && !/\bcomplaint\b/.test(text) && !RECORDS_KEPT.test(text);
  if (!lawSaid && quiet) return false;
  const aboutOurMail = OUR_MAIL.test(text);
  const warns = WARNING.test(text);
  return sentencesOf(text).some(
    (s) =>
      (authority(s) && HOSTILE_ACT.test(s)) ||
      (BREACH.test(s) && (LAW.test(s) || LAWYERS.test(s) || authority(s))) ||
      (aboutOurMail && WRONG.test(s)) ||
      RIGHTS_ASKED.test(s) ||
      // "I am documenting every one of these emails for my complaint.", "Stop. I'm documenting every email you send."
      (aboutOurMail &&
        ((warns && /\bcomplaint\b/.test(s)) || RECORDS_KEPT.test(s)) &&
        !TO_A_MAIL_SERVICE.test(s)) ||
      (LAW.test(s) && LAWYERS.test(s) && HOSTILE_ACT.test(s) && !PAPERWORK.test(s)) ||
      ((LAW.test(s) || LAWYERS.test(s)) && (aboutOurMail || warns) && !PAPERWORK.test(s)),
  );
}

/**
 * Our mail got their name, their company or their logo wrong: brand (the corpus's labels, three
 * times over), however it is said.
 */
const NAME_WRONG =
  /\b((you'?ve|you have|you) (confused|mixed|mixed up|mistaken) (us|our (company|firm|business)) (with|for)|mistook (us|our (company|firm|business)) for|(first|last|full|company|contact|account)_names?\b|firstname\b|fname\b|(not|didn'?t|couldn'?t|can'?t) even (get |spell )?(my|our|the) (name|company)|(can'?t|cannot|couldn'?t|didn'?t|unable to) (spell|get) (my|our) (company( name)?|name|business name|brand( name)?)( right)?|(spelled|spelt|misspelled|got|getting|gets|wrote|typed) (my|our) (company|name|company'?s name|business)( name)? wrong( twice| again)?|misspell(ed|ing) (my|our)|wrong (name|logo|company name)|competitor'?s (logo|name)|(by|with|using|under|to|as) (my|her|his|our|their|the)( [a-z]+'?s)? (old|former|maiden|previous) (married )?(company )?name|you (addressed|named|referred to) (me|us|my|our)|you called (me|us) (?!(last|yesterday|today|this|on|at|in|twice|again|back|earlier|before|about|and|but|a|an|the|from|to|for|when|while|three|several|many|about|out|up|over)\b)['"‘“]?[a-z]+|(\d+|two|three|four|five|several|multiple) misspellings|my name is (spelled|spelt)|(my|our|her|his) name is [a-z'’-]+( [a-z'’-]+)?,? not [a-z'’-]+)\b|['"‘“«][a-zа-яё-]+['"’”»][^.!?]{0,30}\b(my name is|i'?m|it'?s)\b|(?<![а-яё])(обращаетесь ко мне|обратились ко мне|назвали (меня|нас|нашу компанию)|называете (меня|нас))(?![а-яё])|\{\{?\s*[a-zа-яё_. ]{0,20}(name|имя|фамили[яи]|company|компани[яи]|title|должность|отчество)[a-zа-яё_ ]{0,10}\s*\}\}?|\[\s*(first |last |full |company |contact |prospect )?(name|company|title|имя|компания|фио)\s*\]|%[a-z_]*(name|company)%|<<\s*[a-z_ ]*name\s*>>|(?<![а-яё])(имя|название|фамили)[^.!?]{0,30}(перепутал|переврал|неправильн|с ошибк)|(перепутал|переврал)[а-яё]*[^.!?]{0,20}(имя|название)|перепутал[аи]? (нас|нашу компанию|компанию)( [^.!?]{0,20})? с (конкурент|другой компани)[а-яё]*|\b(meant|intended|written|prepared) for (another|a different|some other) (company|business|firm|client)\b|(предложение|письмо|кп|презентаци[а-яё]*) для (другой|чужой) (компании|организации|фирмы)|\b((confused|mixed) (us|our company) up|(confused|mixed up) (us|our company)) with (a |your |another |some )?(competitor|rival|different company|other company)/;

/** Our mail got their name or company wrong, or left a merge tag unfilled. */
export const nameGotWrong = (text: string) => sentencesOf(text).some((s) => NAME_WRONG.test(s));

/** A complaint that can hurt the brand: made public, said harshly, or a vow never to recommend. */
export function brandComplaintSaid(text: string): boolean {
  const pleased = PLEASED.test(text);
  const sentences = sentencesOf(text);
  return sentences.some(
    (s, i) =>
      (!pleased && (takenPublic(s) || madeAnExample(s) || criticalPress(s))) ||
      // Praise beside ridicule is mock praise ("Great email! I'll use it as an example of what not to do").
      ridicules(s) ||
      // A complaint to a regulator is public by design (the labelling rule: legal and brand).
      (REGULATOR.test(s) && HOSTILE_ACT.test(s)) ||
      // "…this kind of outreach. Poorly done.": a short verdict judges the sentence before.
      ((HARSH.test(s) || HARSH_OF_US.test(s)) &&
        !ANOTHER_VENDOR.test(s) &&
        (AT_US.test(s.replace(YOU_NEUTRALLY, ' ')) ||
          (s.split(' ').length <= 5 && AT_US.test(sentences[i - 1] ?? '')))) ||
      (BAD_OF_US.test(s) && !ANOTHER_VENDOR.test(s)) ||
      (OUR_CONDUCT.test(s) && !ANOTHER_VENDOR.test(s)) ||
      NAME_WRONG.test(s) ||
      REPUTATION.test(s) ||
      SUPERLATIVE.test(s) ||
      LOW_RATING.test(s) ||
      (OUR_TONE.test(s) && !pleased) ||
      // Over a rep's head: "I've raised it with your Head of Sales", "пожалуюсь вашему руководству".
      ((OUR_BOSSES.test(s) || THIRD_PARTIES.test(s)) && COMPLAINED.test(s) && !pleased) ||
      VERDICT.test(s.trim()) ||
      (NEVER.test(s) && !NOT_ON_IT.test(s) && !OTHERS_LISTED.test(s)),
  );
}
