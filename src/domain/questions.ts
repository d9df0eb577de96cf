import { asksCJK } from './cjk-rules.js';
import type { Topic } from './classify-rules.js';
import * as rules from './classify-rules.js';
import { withoutQuotes } from './mentions.js';

/**
 * Questions in a reply: which topics it asks about (pricing, demo, security, integration,
 * contract) and whether it asks about the product itself. A topic only mentioned ("no budget")
 * is not asked.
 */

/**
 * Where a sentence ends: not after "vs.", "e.g.", "i.e.", "etc." inside one ("seat vs. platform");
 * after a run of "。！？", which need no space after them (a split after each of a long run of
 * them made as many sentences to read).
 */
const SENTENCE_END =
  /(?<=[.!?])(?<!\b(?:vs|e\.g|i\.e|etc|approx|incl)\.)\s+|(?<=\bbut first)\s*[,:;—–-]?\s+|(?<=[。！？])\s*(?=[^。！？\s])/;

/** Topics asked about: a topic word in a sentence that asks or requests something. */
export function questionTopics(text: string): Topic[] {
  const found = new Set<Topic>();
  // "No budget this year, but I'd look at a demo video": the clause after "but" is the ask.
  const sentences = text.split(
    new RegExp(`${SENTENCE_END.source}|,?\\s+but\\s+(?=i'?d|we'?d|i would|we would|send|share|can|could)`),
  );
  for (const [i, sentence] of sentences.entries()) {
    if (!rules.asks.test(sentence) && !asksCJK.test(sentence)) continue;
    // "Who told you we use Outreach?" asks where we heard it, not about Outreach.
    if (HOW_YOU_KNOW.test(sentence)) continue;
    // "…if it plugs into Dynamics 365. Does it?", "У нас всё на 1С. Подойдёт?": a short question
    // with no topic of its own (and not about a time) asks about the sentence before.
    // "We're on Outreach. Would this sit on top of it or replace it?" asks how it connects to the
    // tool named before. "How fast can you deploy?" asks about the product, not the sentence before.
    // "Can you fill it in before we book the demo?": a demo named as a time is no topic of its own.
    const ownTopic = rules.topics.some((t) => rules.mentions(t, sentence.replace(rules.demoAsTime, '')));
    const leans =
      rules.bareQuestion.test(sentence) ||
      CONDITION_REFERS_BACK.test(sentence) ||
      (!ownTopic && ((sentence.includes('?') && REFERS_BACK.test(sentence)) || SETS_ONE_UP.test(sentence))) ||
      (sentence.includes('?') &&
        !ownTopic &&
        (rules.connects.test(sentence) ||
          (sentence.split(/\s+/).length <= 6 &&
            !rules.scheduling.test(sentence) &&
            !rules.aboutTheOffer.test(sentence))));
    // "How many of your customers are in healthcare? We have HIPAA constraints.", "Who else in
    // staffing uses this? We're very particular about how client data is handled.": a question
    // with no topic of its own, then the constraint it asks about, stated after it.
    const next = sentences[i + 1] ?? '';
    const constraintAfter =
      !leans && !ownTopic && sentence.includes('?') && !rules.asks.test(next) && CONSTRAINT_STATED.test(next);
    const about = leans
      ? `${sentences[i - 1] ?? ''} ${sentence}`
      : constraintAfter
        ? `${sentence} ${next}`
        : sentence;
    const comparing = rules.comparesTools.test(about) && !rules.connects.test(about);
    for (const t of rules.topics) {
      const said = t === 'demo' ? about.replace(rules.demoAsTime, '').replace(rules.demoDeclined, '') : about;
      if (rules.mentions(t, said) && !(t === 'integration' && comparing)) found.add(t);
    }
  }
  return rules.topics.filter((t) => found.has(t));
}

/** A question about where we heard something: "who told you…", "how do you know we…". */
const HOW_YOU_KNOW =
  /\bwho (told|tells) you\b|\bhow (do|did) you (know|find out|hear|learn) (that |about |what )?(we|our|i|my)\b|\bwhere did you (hear|get|read|find) (that|about)\b/;

/** A constraint stated as a fact: "We have HIPAA constraints.", "PCI rules apply to us." */
const CONSTRAINT_STATED =
  /\b(constraints?|requirements?|restrictions?|obligations?|rules apply|regulated|mandatory|non-negotiable|(we'?re|we are) (under|subject to|bound by|covered by)|(very |quite |extremely |really )?(particular|strict|careful|picky|sensitive) about)\b/;

/**
 * A question pointing at what the sentence before named: "…goes through a pen test first. Have you
 * had one done recently, and can we see the summary?" asks about the pen test; "…internal notes in
 * Salesforce. Can your tool read them?" about Salesforce; "…monthly only. Do you offer that?" about
 * the contract.
 */
const REFERS_BACK =
  /\b(had|have|got|run|ran|passed|completed|done|do|hold) (one|ones)\b|\b(had|have|got) (it|them|that|those) (done|run|completed|audited|tested|reviewed|certified)\b|\b(see|share|send|get) (the|its|their|a copy of the) (summary|results|findings|report|certificate|attestation|letter)\b|\b(read|import|sync|pull|ingest|access|handle|export|support|work with|play (nicely |nice |well )?with|coexist with|offer|sign) (them|it|those|these|that)\s*\?|\b(fill|complete) (it|this|that|them|those|these) (in|out)\b|\b(send|share|email|forward) (us |me )?(yours|one)( over| across| along)?\b/;

/**
 * A condition pointing back, whatever else its sentence asks: "…Dynamics 365 + Teams. I didn't see
 * either on your integrations page. If you support both, I'd be happy to get a demo" asks about the
 * integrations as well as the demo.
 */
const CONDITION_REFERS_BACK =
  /\bif (you|it) (already )?(support|supports|integrate with|integrates with|work with|works with|connect to|connects to|sync with|syncs with|run (in|on)|runs (in|on)) (both|either|them|it|those|that|these)\b|\bif (neither|none of (these|those|them)|either|both|those|these)( one)? (is|are|'s|is not|are not) (a |an )?(blocker|problem|issue|deal-?breaker|dealbreaker)s?\b/;

/**
 * A request pointing back the same way: "If the pilot goes well you'd be on it. Let's set one up.",
 * "Направляем опросный лист по ИБ. Просим заполнить…".
 */
const SETS_ONE_UP =
  /^let'?s (set|book|schedule|arrange|get) (one|it) (up|going|started|booked|scheduled|in)\b|^(просим|прошу) (вас )?(заполнить|заполните)(?![а-яё])/;

/** A question about the product itself (not "can we do Monday?" nor "who is this?"). */
export function productQuestionIn(text: string): boolean {
  return text.split(SENTENCE_END).some(
    (s) =>
      (s.includes('?') || INDIRECT.test(s) || rules.unclearHow.test(s)) &&
      (LANGUAGES_ASKED.test(s) ||
        // "…differ from the tools that pitched me this week?" compares; "this week" books nothing.
        // "…before I take a call" names a call as a time: the question is still about the product.
        ((!rules.scheduling.test(s.replace(rules.demoAsTime, '')) || rules.comparesTools.test(s)) &&
          !rules.puzzled.test(s) &&
          !rules.requestsMaterial.test(s) &&
          !AT_THE_SENDER.test(withoutQuotes(s)) &&
          (rules.aboutTheOffer.test(s) || ASKS_THE_VENDOR.test(s)))),
  );
}

/** A question about the product that is no reproach ("Is this how you treat customers?" is one). */
export const asksAboutTheTool = (sentence: string) =>
  productQuestionIn(sentence) && !RHETORICAL.test(sentence);

/** A question that is a reproach: "Is this how you treat potential customers?", "What part of 'no'…?". */
const RHETORICAL =
  /\b(is|was) (this|that) how you\b|\bwho (taught|told|trained) you\b|\b(do|did|does|are|were) you (even|really|actually|honestly|seriously|just)\b|\bwhat part of\b|\bhow dare\b/;

/** "Is it available in German?": the product's languages ("available" would read as a time asked). */
const LANGUAGES_ASKED =
  /\b(is (it|this|the (app|tool|product|interface|ui|platform))|are you) (also )?(available|offered|locali[sz]ed) in (german|french|spanish|italian|portuguese|dutch|polish|russian|japanese|chinese|korean|arabic|hebrew|turkish|swedish|norwegian|danish|finnish|czech|hindi|other languages|any other languages?|[a-z]+ language)\b|\bdo you (support|offer|have) (german|french|spanish|italian|portuguese|dutch|polish|japanese|chinese|other languages|localization|localisation)\b/;

/**
 * A question put to the vendor about what it does or how ("how do you handle reps in two
 * territories?", "does it flag duplicates across brands?", "а оно умеет…?", "you didn't support
 * Dynamics. Has that changed?", "not sure we have this problem. How common is it?"): about the offer
 * even when no word of the offer's own is in it.
 * Scheduling, puzzlement and requests for material are ruled out before.
 */
const ASKS_THE_VENDOR =
  /\b(are you|is (your|the) (company|business|firm|startup)) ([a-z]+[- ])?(backed|funded|bootstrapped|profitable)\b|\bhow long have you( guys| folks| all)? been (around|in business|operating|in the market|doing this)\b|\bwho are your (investors|backers|customers|clients|main customers|biggest customers)\b|\bwhere are you( guys)? (based|located|headquartered)\b|(?<![а-яё])(где вы|вы где) (территориально |физически )?(находитесь|расположены|базируетесь)|(?<![а-яё])сколько (лет )?вы (уже )?на рынке|(?<![а-яё])кто ваши (клиенты|инвесторы)(?![а-яё])|\bhow (big|large|old) is your (team|company|business|firm|startup)\b|\bwhat('?s| is) your (funding|runway|headcount|financial (situation|position))\b|\bwho (covers|handles|manages|looks after|is responsible for|supports|serves) [a-z ]{1,30}? (on|at|from) your (side|end|company|team)\b|\bis there (a|an) (version|edition|plan|flavou?r|variant|build|connector|integration|app|plugin|plug-in|add-?on|option) (for|that works with|with|on)\b|\bhow (do|would|can|will) (we|i) know (this|it|that|your (tool|product|app|platform))\b|\bhow do (other|your) (teams|customers|clients|companies|users|reps|orgs|organi[sz]ations) (get|make|handle|use|deal with|manage|roll|drive|ensure|keep)\b|(?<![а-яё])(подойд[её]т|подходит) ли(?![а-яё])|^(а |and |so )?(есть|будет|умеет|умеете|поддерживает|поддерживаете|does it|can it|will it)\?$|\b(has|have) (that|this|it|anything) changed( since)?\?|\bhow (common|frequent|widespread|typical|usual) is (it|this|that)( (really|actually))?\?|\bhow (does|do|would|will|can) (claimdesk|the (tool|app|product|system|bot|slack app)|your (tool|app|product|system|bot|slack app)) (decide|know|tell|pick|choose|work out|handle|resolve)\b|\bwhat('?s| is) the (added|extra|incremental) value\b[^.!?]{0,40}\?|(^|[.!?]\s+)(а )?(он|она|оно|они|такой|такая|такое|такие)( у вас)? (есть|будет|поддерживается|предусмотрен[аоы]?)\?|\b(can|could|is) (the|a|each|your) ([a-z-]+ ){0,2}(be )?(customi[sz]ed|configured|changed|adjusted|set|tuned|overridden)( (per|by|for|on a) [a-z -]{1,30})?\?|\b(is (it|support|your support|the support)|do you (offer|provide|have)) (24\/7|24x7|round[- ]the[- ]clock)|\b(anything|what'?s|what has|what is|what) ((actually|really|genuinely|truly) )?(new|changed|different|improved)( with you| on your (side|end)| since( then| last (year|time))?| in the (last|past) (year|few months|months))?\?|\b(has|have) (anything|much|the (product|tool|pricing|price)) (changed|improved|moved on)\b[^?]{0,30}\?|\bis (that|this|it) still (the case|true|so)\?|\b(can|could|does|will|would) yours (\w+ )?(show|do|handle|track|tell|flag|catch|stop|work|support|sync|export|report|log|record|let|allow)\b|\b(can|could) (you|it|this|your (tool|product|app|platform)) help (us )?(with (that|this|it)|there)\?|\bhow (quickly|fast|soon|long) (could|can|would|will|does it take( for)?) (we|i|it|this|us|me) (to )?(get|be) (set up|up and running|live|started|running|onboarded|going)\b|\bwho would (we|i) (talk|speak|work|deal) (to|with)\b|^(and )?(is|are) (that|this|it|those|these|both) (supported|possible|doable|available|included|an option)\?|(?<![а-яё])расскажите,? (что|как|чем) (вы|ваш[а-яё]*|это|он[аио]?)(?![а-яё])|\bwho('s| is) (the|your) (account (exec|executive|manager)|(sales )?rep|representative|ae|point of contact) (for|in|covering)\b|\bwho('s| is| would be) (the )?(right |best )?(person|contact|one|team) (to (talk|speak) (to|with) )?(on your (side|end)|at your (company|end)|from your (side|team))\b|\b(would|could|will|can|does|might) (this|it|your (tool|product|app|platform)) ((help (us |me )?(to )?)?(fix|solve|sort( out)?|address|stop|end|prevent)|help with) (it|this|that|the (problem|issue|mess))\b|\b(is (that|this)|so (that|this) is) how you (sell|work|operate|price|go to market|reach (customers|buyers)|find (customers|buyers))\b|\b(can|could|would|will) you (please )?(explain|describe|clarify|break down|summari[sz]e|walk me through) (it|this|that|what|how|simply|in plain|your (tool|product|app|platform|offer))\b|\bwhat (this|it|your (tool|product|app|platform)) (actually |really |even |exactly )?does\b|\b(how|what|when|where|which|who)( else)? (do|does|would|will|can|could) (you|it|this|they)\b|\b(could|can|would|will|might) (this|it|your (tool|product|app|platform)) help( us| me| here| with that| with this)?\?|\b(could|can|would|will|does) (this|it|your (tool|product|app|platform)) (also )?help (us |me )?(with|for) [^?]{1,60}\?|\bwhat('s| is) the difference between\b|\bhow long have you (been around|been in business|existed|been doing this)\b|\bwho (backs|funds|owns|invested in) you\b|\bwhat (would|does|will) (switching|the switch|a switch|migrating|migration|moving (over|to you)|onboarding|implementation|a pilot|a rollout|the (process|rollout|setup)|the first (\d+|few|couple of) (days|weeks|months)) look like\b|\bwhy (would|should) (we|i) (switch|move|change|consider (you|it|this)|pick you|choose you|go with you)\b|\b(can|could|do|does|will|would) (managers?|admins?|reps?|(team )?leads?|users?|ops|revops) (override|reassign|transfer|change|edit|undo|see|export|approve|release|dispute|delete|set|configure|customi[sz]e)\b|\b(can|could) (we|i) (override|reassign|transfer|export|configure|customi[sz]e|claim|lock|reserve|release|set (up )?(a |an |our own )?(rule|rules|filter|threshold|alert|default|limit)s?)\b|\bis there a way (to|for)\b|\bhow (accurate|reliable|good|smart|precise) (is|are) (it|this|the [a-z]+( [a-z]+)?|your [a-z]+( [a-z]+)?)\b|\bwhat if (two|a|an|the|one|both|our|my|we|i|someone|somebody|they|he|she)\b[^?]{0,80}\?|\bhow (do|would|can|could|will|should) (i|we) (remove|add|set( up)?|change|configure|assign|transfer|reassign|export|move|handle|see|undo|release|override|edit|manage)\b|\bwhat('s| is) the (learning curve|ramp(-up)?( time)?|setup time|time to value|onboarding|rollout) like\b|\bwhat('s| is) your (proof|evidence|track record|secret sauce|differentiator|edge)\b|\b(can|could) you (tell|show) (me|us) (what|how|whether|if|which|who)\b|\b(unless|only if|as long as|provided( that)?) (you|your (system|tool|product|platform|app)|it|the (tool|product|system|platform|app)) (can |could |will |does |do |really )?[a-z]+s?\b|\bwhat('s| is| are) (your|the) (typical |average |usual |actual |real )?(adoption|success|churn|retention|renewal|usage|activation|onboarding|implementation|setup|ramp|response) (rate|rates|time|times|numbers|metrics|stats)\b|\bwhat happens (to [a-z' ]{1,30} )?(when|if)\b|\b(if|when|once) (a|the|one|any) (lead|contact|prospect|rep|recipient|customer|person|buyer|client)\b[^?]{0,80}\?|\b(if|when|once) (someone|somebody|anyone|one of (our|my|the) [a-z]+|a (colleague|teammate|seller|salesperson|sdr|bdr|ae|manager))\b[^?,]{0,60}, (do|does|will|would|can|could|is|are) (their|the|his|her|its|they|it|that)\b[^?]{0,60}\?|\b(how|whether|if) (you|it|this|the (tool|product|system|platform)) (handles?|deals? with|works?|decides?|treats?|copes? with|picks?|resolves?|flags?|catches|stops|prevents|tracks|detects|supports|syncs)\b|\bwhere (is|are) (your company|you|your team|your (head )?office) (based|located|headquartered)\b|\b(teams?|compan(y|ies)|customers?|clients?) (that )?you (usually |typically )?(work with|serve|sell to|support)\b|\bis (it|this|there a way) (smart enough|able|possible|clever enough)\b|(^|[—–:;,]\s*|\s-\s)(and |so |but )?(do|does|can|could|will|would|is|are) (you|it|this|(the|your) (tool|product|platform|app|system|service|software|solution|bot|slack app)) (\w+ )?(dm|message|ping|post|handle|support|work|track|flag|catch|detect|cover|do|deal|allow|let|stop|prevent|show|send|use|rely|sync|assign|route|notify|know|decide|require|need|offer|include|have|come|store|keep|retain|log|record|save|hold|encrypt|delete|export|archive|report|measure|forecast|generate|analy[sz]e|scale|merge|alert|enrich|score|dedupe|respect|hono(u)?r|suppress|skip|exclude|pause|block|warn|escalate|tell|distinguish|differentiate|recogni[sz]e|classify|spot|read|filter|parse|sort|triage|ignore|hide)\b|(^|[—–:;,-]\s*)(and |so |but )?(is|are|would|will|could) (it|this|the (tool|product|platform|app|system|service)) (be |really be )?((suitable|relevant|a (good |right )?fit|right|built|designed|meant|made|overkill|enough|useful) for|used by)\b|(?<![а-яё])(а )?как (ваш[а-яё]* )?(вы|оно|она|система|сервис|продукт|решение|инструмент|платформа) (это )?[а-яё]+(ете|ет|ите|ит)(?![а-яё])|(?<![а-яё])(а )?(вы|оно|она|система|сервис|ваш[а-яё]* (инструмент|продукт|решение|платформа|сервис|система|приложение|софт)) (умеет|умеете|поддерживает|поддерживаете|может|можете|работает|работаете|позволяет|учитывает|учитываете|показывает|видит)|(?<![а-яё])(а )?(система|сервис|ваш[а-яё]* (инструмент|продукт|решение|платформа|сервис|система|приложение|софт))( это| такое| с этим)? (решает|решит|поможет|справляется|справится|закрывает|отслеживает|умеет|может|позволяет)[^.!?]*\?|(?<![а-яё])(а )?(вы|система|сервис|бот|оно)(?![^?]*(?<![а-яё])(вообще|хоть раз|серь[её]зно|правда)(?![а-яё]))( [а-яё-]+){0,4} (помеча|отмеча|лов|распозна|понима|отлича|фильтру|обрабатыва|учитыва|напомн|уведомля|останавлива|блокиру|различа|определя)[а-яё]*[^.!?]*\?|(?<![а-яё])(а )?если (клиент|контакт|письмо|получатель|лид|менеджер|кто-то|два|сотрудник)[а-яё]*[^?]{0,80}\?|(?<![а-яё])(это|такое|такая проблема) (решается|лечится|закрывается|возможно|реально)\?|(?<![а-яё])можно ли (настроить|отметить|пометить|сделать|передать|выгрузить|подключить|изменить|назначить|переназначить|отключить|включить|видеть|увидеть|посмотреть|ограничить|запретить|разрешить)(?![а-яё])|(?<![а-яё])кто (у вас|с вашей стороны|в вашей компании) (отвечает за|занимается|ведёт|ведет|курирует)(?![а-яё])/;

/** A question at the sender, not the offer: "why do you keep emailing me?", "what do you want?". */
const AT_THE_SENDER = new RegExp(
  `${/\binterview you\b|\bfor my (thesis|dissertation|class|course|coursework|school project|university project)\b|\b(keep|keeps|still) (emailing|e-mailing|writing|messaging|contacting|sending|spamming|bugging|pinging)\b|\b(keep|keeps) (getting|receiving) (these|this|your|e-?mails|messages)\b|\b(emailing|e-mailing|contacting|messaging|writing to|spamming) (me|us)\b|\bmy (email|e-mail|address|details|number)\b|\byou people\b|\bhow did you (find|get|reach) (me|us)\b|\bwhat do you want\b|\bever stop\b|(?<![а-яё])(почему|зачем) вы (мне|нам)? ?(пишете|пишут|пишите|звоните|присылаете)/.source}|${HOW_YOU_KNOW.source}`,
);

/**
 * A question asked without a question mark: "I'm curious how this would work with two teams.",
 * "tell me how you handle opt-outs".
 */
const INDIRECT =
  /\b(i|we) (still )?(have|had|'ve got|'ve|got) (a |one |two |some |a few |a couple of |few |several |more |follow-up |technical |specific )*(questions?|qs) (about|on|around|regarding|re:?|concerning) (?!(you|it|this|that)\b)|(?<![а-яё])у (меня|нас) (есть )?(пара |несколько |еще |ещё |технических )*вопрос(ов|ы|а)? (по|о|об|про)(?![а-яё])|\bwhat (i'?d|i would|we'?d|we would|i|we) (really )?(want|need|like|love|'d like|'d want|'d need) to (know|understand|learn)( about)? (is|are)\b|\bhow (does|do|would|will) (it|this|that|yours|your (tool|product|app|platform|solution)) (compare|stack up|differ)\b|(?<![а-яё])(интересно|любопытно|хочу понять|хочу узнать|хотелось бы (понять|узнать)|хотел бы (понять|узнать)|хотела бы (понять|узнать)),? (как|каким образом|почему|есть ли|можно ли|сколько|чем)(?![а-яё])|\bwhat makes (you|it|this|yours|your (tool|product|app|platform|solution)) (different|better|unique|special|stand out)\b|\bhow (are|is) (you|it|this|yours|your (tool|product|app|platform|solution)) (different|better)\b|\b(please |kindly )?(explain|describe|clarify) (to (me|us) )?(how|what|why|whether|if) (you|it|your (tool|product|app|platform|system|solution|software|service))\b|\b(i'?d|i would|we'?d|we would) need to (see|know|understand|hear) (how|whether|if|what)\b|\b(i|we) (need|want) to (see|know|understand) (how|whether|if) (it|this|you|your (tool|product|app|platform|system))\b|\b(unless|only if|as long as|provided( that)?) (you|your (system|tool|product|platform|app)|it|the (tool|product|system|platform|app))\b|\b(curious|wondering|wonder) (how|whether|if|what|why|when)\b|\b(i'?d|i would|we'?d|we would) (like|love|want|need) to (know|understand|learn|hear|see) (how|whether|if|what)\b|\b(tell|show|explain to) (me|us) how (you|it|your (tool|product|app|platform|system)) (handles?|deals? with|works?|manages?|stops?|prevents?|tracks?|syncs?|records?)\b/;
