import { rule } from './phrase-rule.js';

/**
 * "No need", as much of the world writes it to a vendor: nothing required, one like it already,
 * built at home. Each is a no unless a question follows ("We have a CRM already, does yours
 * integrate with it?" asks). Part of the "no" rules (classify-rules.ts, notInterested).
 */
export const noNeed = [
  // "Tried the demo on your site. The UI is clunky.": the product tried and judged (a question
  // after it asks: "The UI looks dated — is a redesign coming?").
  rule(
    'text:no:en',
    /\b(the|your) (ui|ux|interface|product|app|tool|dashboard|demo|platform) (is|looks|seems|feels|was|looked|felt) (really |very |pretty |quite |super |a bit |kind of |kinda )?(clunky|dated|outdated|confusing|ugly|buggy|janky|clumsy|unintuitive|overcomplicated|half-baked)\b(?![^.!?]*\?)/,
  ),
  // "We're a team of two founders doing all sales ourselves", "we only have two reps": too few
  // sellers to step on each other's accounts (a question after it asks).
  rule(
    'text:no:en',
    /\b((we'?re|we are) (just |only )?(a )?(team|company|shop|startup|agency) of (two|three|2|3)\b|(it'?s|it is) (just |only )?(me|the (two|three) of us)( and (my|a) co-?founder)? (doing|selling|running)\b|(we|i) (only |just )have (one|two|three|a couple of|[1-3]) (reps?|sellers?|salespeople|ae?s)\b|doing (all )?(the |our )?(sales|selling|outreach) (ourselves|myself)\b)(?![^?]{0,100}\?)/,
  ),
  // "Sorry, we're a Microsoft shop and Slack isn't allowed here.": the tool ruled out where they work
  // (a question after it asks: "Slack isn't allowed here. Do you support Teams?").
  rule(
    'text:no:en',
    /\b(slack|it|this|the app|bots|third[- ]party (apps|bots|tools)) (isn'?t|is not|aren'?t|are not) (allowed|permitted|approved|an option)( here| for us| at (our|this) (company|firm|bank|org))?\b(?![^?]{0,100}\?)/,
  ),
  // "I'd rather not share our data with another vendor": no tool that needs their data.
  rule(
    'text:no:en',
    /\b((i|we)'?d rather not|(i|we) would rather not|(i|we) prefer not to|(i|we) do ?n'?t want to) (share|give|hand over|expose|open up) (our|my|any( of our)?) (data|crm( data)?|e-?mails?|inbox(es)?|information) (with|to) (another|a new|a third[- ]party|an outside|any (more|other)|yet another) (vendor|party|tool|app|provider|company)\b/,
  ),
  // "Why would I pay for this when Salesforce has ownership fields?": a question that answers itself.
  rule(
    'text:no:en',
    /\bwhy (would|should) (i|we) (pay for|need|buy|use|bother with) (this|it|you|that|another [a-z]+)\b[^.!?]{0,20}\bwhen (we|i|[a-z]+) (already )?(has|have|use|uses|do|does|got)\b/,
  ),
  // "I get it, duplicate outreach is bad. We just don't have it.": the problem named, then denied.
  rule(
    'text:no:en',
    /(^|[.!?]\s+)(we|i) (just |simply |honestly |really |actually )?(do ?n'?t|do not) have (it|that)( problem| issue)?[.!]*$/,
  ),
  // "Presently no requirement", "there is no requirement for the same": no need, as much of the
  // world writes it (a requirement asked about, "no requirement to sign a yearly contract?", asks).
  rule(
    'text:no:en',
    /(^|[.!,;]\s*|\b(presently|currently|at present|as of now|right now|for now|there is|there'?s|we have|we'?ve got) )no (such )?requirements?( (at present|presently|currently|for now|as of now|at the moment|right now|for the same|for (this|it|that)|for (your|such|this) (product|service|tool|solution|offering)s?|from (our|my) (side|end)))?(?=\s*([.!,;]|$|thank|thanks|will|we|i))(?![^.!?]{0,60}\?)/,
  ),
  // "Not required.", "Not needed, thanks.": the whole reply; "Will revert if any requirement": a
  // need that may come, none now.
  rule(
    'text:no:en',
    /^(not (required|needed|necessary)( for (us|now))?)(,? (thanks|thank you|thx))?[.!]*$|\b(will|shall|we'?ll|i'?ll|we will|i will) (revert|get back|reach out|come back|contact you)( to you| back)? (if|in case|when|whenever|as and when) (any|there is (a|any)|there'?s (a|any)|we have (a|any)) (requirement|need)s?\b/,
  ),
  // "We have our own in-house developers for this": built at home, no need of ours.
  rule(
    'text:no:en',
    /\bwe (have|'ve got|got) (our own |an )?(in-house|internal) (developers?|dev team|devs|engineers|engineering team|team|solution|tool|system|platform)\b(?![^?]{0,100}\?)|\bwe have our own (developers?|dev team|devs|engineers|engineering team|solution|tool|system|platform) for (this|that|it)\b(?![^?]{0,100}\?)/,
  ),
  // "We decided to build on top of HubSpot instead", "we chose to stick with our spreadsheet": a
  // choice made, not ours; "a lot of effort for a problem we don't really have": no problem to solve.
  rule(
    'text:no:en',
    /\b(decided|chose|opted|elected) to (build|develop|do|handle|solve|keep|go|stay|stick|continue)\b(?! with (you|your)\b)[^.!?]{0,60}\b(instead|in-house|ourselves|our own|on top of|with (our|the) (current|existing)|with what we have)\b(?![^?]{0,100}\?)|\b(landed|settled) on (doing|building|handling|running|tracking|managing|solving) (it|this|that)( ourselves)? (in|with|inside|on|through) (?!(you|your)\b)[^?]{0,100}$|\b(a )?problem (that )?(we|i) (do ?n'?t|do not) (really |actually |even )?have\b(?![^?]{0,100}\?)/,
  ),
  // "We use Gong for this.", "we run Outreach for that, thanks": a tool named as the one for this job,
  // said and left there (not "We use Gong for this, but…", not before a question).
  rule(
    'text:no:en',
    /(^|[.!?]\s+)(we|i)( currently| already)? (use|run|rely on|are on|'re on|work with) (?!(a|an|the|it|this|that|them|you|your|our|my|some|something)\b)[\w.&-]+( [\w.&-]+)? for (this|that|it|exactly (this|that)|the same( thing)?)( already| now| today)?(?=\s*([.!;]|,\s*(no thanks|thanks|thank you|so)\b|$))(?![^?]{0,100}\?)/,
  ),
  // "We have a similar tool already", "We use something similar already": the "already" said last.
  rule(
    'text:no:en',
    // A tool of a kind that may sit beside ours ("a CRM") is no "no": only one like it, and no question after.
    /\b(we|i)('ve| have)? (have|use|got|run) (a |an |one |something |our own )?(similar|comparable|equivalent|something (similar|like (this|it|that))|one|(tool|solution|vendor|provider) for (this|that|it))\b[^.!?]{0,20}\balready\b(?![^?]{0,100}\?)/,
  ),
  // "Not sure this solves our problem. Our issue is data quality": another problem than ours. "Our
  // company policy is to not respond to unsolicited sales emails": no answer by rule.
  rule(
    'text:no:en',
    /\b((i'?m )?not (sure|convinced)|(i|we) (don'?t|do not) (think|believe|see how)|(i|we) doubt) (this|it|that|your (tool|product|solution|offer|platform)) (solves|addresses|fixes|helps with|would solve|would address|would fix|would help with|(is|would be) (relevant|a fit|what we need)( for| to)?) (our|my|the) (problem|issue|pain|need|challenge|situation|use case)s?\b(?![^?]{0,100}\?)|\b(our|the|company|corporate) policy (is )?(to )?not (to )?(respond|reply|engage|take (sales |vendor )?(meetings|calls))\b|\b(our|the|company|corporate) policy (is to |prohibits |forbids |does not allow |doesn'?t allow )?(ignor(e|ing)|respond(ing)? to|repl(y|ying) to|engag(e|ing) with) (unsolicited|cold|sales)\b/,
  ),
  // "Our parent company mandates the tools we use", "Group IT picks all our software": the choice is
  // not the writer's team's to make ("…buys all the software for us — contact it-procurement@…"
  // hands on, classify-human.ts, when an address follows).
  rule(
    'text:no:en',
    /\b(our|the) (parent company|parent|holding company|group|head office|hq|headquarters|corporate|global (it|team)|group it|mother company)( it| procurement)? (mandates|dictates|decides on|decides|chooses|picks|selects|standardi[sz]es on|prescribes|controls)( all| what| which)? (the |our )?(tools|software|vendors|tooling|platforms|apps|systems|stack)\b(?![^?]{0,100}\?)/,
  ),
  // A plain no in words the lists lacked: "I don't see a fit", "our current setup works fine",
  // "Works well enough for us.",
  // "not something we're exploring", "our reps would never use it", "zero appetite for another
  // tool", "We have a spreadsheet that works.", "We've since solved it.", "Lol, we literally built
  // this last month."; each a no unless a question follows.
  rule(
    'text:no:en',
    /\b((i|we) (don'?t|do not|can'?t|cannot) see (a|the|any) (fit|need|use case|use for it|point|value)|(our|the) current (setup|process|system|tool|stack|solution|approach|workflow) (works|is working) (fine|well|great|for us)|(^|[.!?]\s+)(it |that |this )?works well enough\b|not something (we'?re|we are|i'?m|i am) (exploring|looking (at|into|for)|considering|pursuing|prioriti[sz]ing)|(our|my) (reps|team|people|sellers|sales team|salespeople) (would|will) never (use|adopt) (it|this|that|something like this)|(zero|no|little) appetite (for|to)|we (already )?have (a|an|our own|one|something) ([a-z-]+ ){0,2}that (works|is working|does the job)( (fine|well|great|for us|ok|okay))?(?=\s*([.!,;]|$))|(we'?ve|we have) (since |already |now |just )?(solved|fixed|sorted( out)?|cracked) (it|this|that|the (problem|issue))( (internally|ourselves|in-?house))?(?=\s*([.!,;]|$))|we (already |literally |actually |just )?(built|wrote|made|coded|developed) (this|it|that|our own( version| tool)?)( (in-?house|ourselves|internally))?( (in \d{4}|last (year|month|quarter|week)|(\d+|two|three|a few|a couple of) (years|months) ago|a (year|while) ago))?(?=\s*([.!,;]|$)))\b(?![^?]{0,100}\?)/,
  ),
  // "I'm not sure we'd get buy-in from the reps", "They hate new tools", "Our reps don't use Slack
  // much, so this wouldn't land", "built for much bigger teams than ours": it would not take here,
  // unless a question comes just before or after ("Is there a Teams version? We don't use Slack.").
  rule(
    'text:no:en',
    /(?<!\?[^?]{0,80})\b((not sure|doubt|don'?t think|do not think) (we'?d|we would|i'?d|i would|we could|i could|we'?ll|we will|it would|it'?d|this would) (ever )?get (the |any |much )?(buy-?in|adoption|sign-?off|traction)|(they|reps|people|everyone|my (team|reps|people)|our (team|reps|people)) (hate|won'?t use|would never use|refuse to use|resist) (new |another |more |any new )?(tools|software|apps|platforms|systems)|(they|reps|people|everyone|my (team|reps|people)|our (team|reps|people|sales team|sellers)) (would|will|'d) (revolt|mutiny|riot|rebel|quit|lynch me|kill me|murder me)\b|(we|our (reps|team|people|sales team)|my (team|reps)) (don'?t|do not|barely|rarely|hardly) (really )?(use|live in|work in) slack\b|(we'?re|we are) (an? )?((microsoft|ms) )?teams (shop|house|company|org)\b|(we|our (team|company|reps))( have|'ve)? (moved|switched|migrated) (off|away from|from) slack\b|\bno slack (here|at all)\b|(we|our (reps|team|people|sales team)|my (team|reps)) (only|just) (use|live in|work in) (google chat|(microsoft |ms )?teams|webex|mattermost|discord|rocket\.?chat)(?=\s*([.!,;]|$))|(this|it) (would ?n'?t|would not|won'?t|will not) land\b|(built|designed|made|meant) for (much |far |way |a lot )?(bigger|larger|smaller|enterprise|bigger-sized) (teams|companies|orgs|organi[sz]ations|businesses|shops|outfits)( than (ours|us|we are))?|(seems |looks |is |feels )?(aimed at|geared (towards?|to)|built for|designed for|made for|meant for) (the )?(enterprise|enterprises|large enterprises|big (companies|teams|orgs|businesses)|large (companies|teams|orgs|businesses))(?=\s*[.!,;]|$))\b(?![^?]{0,100}\?)/,
  ),
  // "Our company policy doesn't allow us to install third party Slack apps": not ours to add.
  rule(
    'text:no:en',
    /\b(our |company |corporate |it |security |the )*(policy|policies|rules?|guidelines) (doesn'?t|does not|don'?t|do not|won'?t|will not) (allow|let|permit) (us |me |anyone |employees |staff )?(to )?(install|add|use|connect|approve|onboard|bring in) (any |new |more )?(third[- ]party|3rd[- ]party|external|outside|unapproved|new|non-approved)( slack| [a-z]+)? (apps|tools|integrations|software|plug-?ins|bots|vendors)\b(?![^?]{0,100}\?)/,
  ),
  // "Our CEO is against adding more tools", "our CEO hates new tools": someone above the writer has
  // ruled it out (a question after it, "Is there a free tier?", asks).
  rule(
    'text:no:en',
    /\b(ceo|cfo|cto|coo|cio|cro|boss|founders?|co-?founders?|owners?|leadership|management|board|president|vp|director|head of [a-z]+|execs?|executives|(it|security|finance|procurement) (team|department)|(it|finance|procurement))('s| is|'re| are| has been| have been| remains?) (dead |firmly |strongly |very |still |completely )?(set )?(against|opposed to) (adding|buying|bringing in|taking on|any|new|more|another|other|additional|this|it|tools|vendors|software|spend(ing)?|saas|apps)\b(?![^?]{0,100}\?)|\b(ceo|cfo|cto|coo|cio|cro|boss|founders?|co-?founders?|owners?|leadership|management|board|president|vp|director|head of [a-z]+|execs?|executives) (hates|hate|won'?t (buy|approve|sign off on|touch|hear of)|refuses to (buy|approve|add|sign off on)) (any |all |new |more |another |additional )*(tools|vendors|software|saas|apps|subscriptions|spend(ing)?|purchases)\b(?![^?]{0,100}\?)/,
  ),
  // "We tried a tool like yours last year and our reps hated it", "…and it flopped", "We cancelled
  // a similar tool. Not going through that again.": one like it did not take here before. A question
  // after ("What makes yours different?") asks.
  rule(
    'text:no:en',
    /\b(we|i)( have|'ve)? (tried|used|had|bought|rolled out|piloted|trialled|trialed|tested) (a |an |one |something |some )?([a-z]+ ){0,2}?(similar|like (yours|this|it|that|this one|that one|you)|(tools?|products?|platforms?|apps?|solutions?|vendors?|systems?) (like|similar to) (yours|this|it|that|you))\b[^.!?]{0,60}?(,? (and|but) |[.;—–] ?| - )(the |our |my )?((reps|team|people|users|sellers|salespeople|everyone|staff|agents|sdrs)( all| just)? (hated|disliked|ignored|stopped using|never used|abandoned|(did ?n'?t|did not|would ?n'?t|would not|refused to) (use|adopt|like|touch))( it| them)?|(nobody|no one|none of (us|them|the reps)) (used|liked|adopted|touched) (it|them)|(it|that|they) (flopped|bombed|failed|was a (disaster|flop|failure|waste( of (money|time))?)))\b(?![^?]{0,100}\?)|\b(we|i)( have|'ve)? (cancell?ed|dropped|ditched|got rid of|churned (from|off)|offboarded|ripped out|sunset) (a |an |one |our )?([a-z]+ ){0,2}?(similar|like (yours|this|it|that)|(tools?|products?|platforms?|apps?|solutions?|vendors?|systems?) (like|similar to) (yours|this|it|that|you))\b[^.!?]{0,40}[.;—–-]\s*(not ((going|doing) |putting (us|ourselves|the team) )?through (that|this|it) again|never again|once bitten)\b(?![^?]{0,100}\?)/,
  ),
  // "We're literally your competitor.": the writer sells the same thing.
  rule(
    'text:no:en',
    /\b(we'?re|we are|i'?m|i am|i work for|we'?re actually|this is) (literally |actually |basically |in fact |a )*(your|a direct|one of your) (direct )?competitors?\b(?![^?]{0,100}\?)/,
  ),
  // "We're trying to consolidate vendors, not add more.", "The last thing I want is another tool.":
  // fewer tools is the plan, ours one more.
  rule(
    'text:no:en',
    /\bconsolidat(e|ing) (our )?(vendors|tools|tooling|stack|tech stack|sales stack|sales tools|systems|platforms|software)(,| and| —| -)? (not|rather than|instead of) (add|adding)\b(?![^?]{0,100}\?)|\bthe last thing (i|we|my team|our team|the team|our reps) (want|need)s?( right now| now| this year)? is (another|a new|one more|more|yet another) [a-z]+\b(?![^?]{0,100}\?)/,
  ),
  // "That's not what we need", "Это не то, что нам нужно": the offer said to miss (a doubt, "not
  // sure it's what we need", is no verdict).
  rule(
    'text:no:en',
    /(^|[.!?]\s+)(that'?s|this is|it'?s|that is|it is)( just| really| simply)? not (really |quite |exactly )?what (we|i) (need|are looking for|'re looking for)\b/,
  ),
  rule('text:no:ru', /(^|[.!?]\s+)(это |но это )?не (совсем )?то,? что (нам|мне) (нужно|надо)(?![а-яё])/),
  // "The last tool like this created more disputes than it solved.", "Frankly our problem is
  // territory design, not claims.", "…Adding Slack alerts sounds worse.", "the last vendor who
  // promised this wasted six months of our time": a cure worse than the illness, or another
  // illness (a question after asks).
  rule(
    'text:no:en',
    /\b((created|caused|made|generated) more (problems|work|disputes|issues|noise|headaches|mess|conflicts|trouble|fights|arguments) than (it|they) (solved|fixed|saved|prevented|removed)|(our|the) (real |actual |main |bigger |biggest |core )?(problem|issue|pain|challenge|bottleneck) is [^.!?,]{1,40}, not\b|(sounds|would be|seems|feels) (even )?worse[.!]*$|\b(the|our) (last|previous|old|former) (vendor|tool|company|provider|agency|one)\b[^.!?]{0,60}\b(wasted|cost us|burned through|ate) ([a-z0-9]+ ){0,3}(months?|weeks?|years?|time|money|budget)\b)(?![^?]{0,100}\?)/,
  ),
  rule(
    'text:no:ru',
    // "У нас всё своё, самописное", "у нас своё решение": built at home, as "in-house" is. "Мы не
    // используем Slack, у нас Битрикс24": not where the app lives, as "we don't use Slack" is. "У
    // нас 5 менеджеров, это для нас избыточно": more than a team that size needs.
    /(?<![а-яё])((мы|у нас|наши (менеджеры|продавцы|сотрудники)|команда)( почти| практически| вообще)? не (используем|используют|пользуемся|пользуются|работаем в|работают в|сидим в) (slack|слак)|slack (у нас )?(не используем|не используется|не прижился|запрещ[её]н|заблокирован)|у нас (всё |все |уже )?(сво[её] (решение|самописное|собственное)|самописн[а-яё]*|собственн[а-яё]* (разработк|решени|систем)[а-яё]*)|у нас (всё |все )?сво[её],? (самописн|собственн)[а-яё]*|не видим (для себя |в этом |в нем |в нём )?(пользы|смысла|ценности|необходимости|потребности)|(уже )?(купили|приобрели|внедрили|закупили|поставили|выбрали) (уже )?(похожее|аналогичное|подобное|похожий|аналогичный|подобный|другое|другой|другую|похожую|аналогичную|подобную) (решение|систему|продукт|сервис|инструмент|платформу|софт)(?![^?]{0,100}\?)|(у нас )?(и так|и без того) (все|всё) (работает|хорошо|устраивает|налажено)|это не (про нас|для нас|наш случай)|(это )?(для нас|нам) (избыточно|избыточн[а-яё]+)|избыточн[а-яё]* для нас|не наш (случай|кейс|формат|профиль)|(мы )?(в этом|в таком|в подобном|в вашем [а-яё]+|в ваших [а-яё]+) не нуждаемся|^пожалуй,? нет)(?![а-яё])(?![^?]{0,100}\?)/,
  ),
  // "That doesn't interest me", "Your free trial offer doesn't interest us": said plainly, with no
  // question after ("Doesn't interest me yet. Do you have a Teams version?" asks).
  rule(
    'text:no:en',
    /\b(does ?n'?t|does not|won'?t|will not|would ?n'?t|would not) (really |particularly )?interest (me|us)\b(?![^?]{0,100}\?)/,
  ),
];

/** What stands in the way: "the main issue", "the biggest blocker", "a deal-breaker". */
const BLOCKER = String.raw`(main |biggest |big |real |only |key |major )?(issue|problem|blocker|sticking point|obstacle|deal-?breaker|hurdle|barrier)`;

/** "Price is the main blocker", "the problem is the price": the price objected to, said as a statement. */
export const PRICE_BLOCKER = String.raw`(price|pricing|cost|budget)( point)?( is|'s| was) (the|our|a) ${BLOCKER}|the ${BLOCKER}( for us| here)? (is|was) (the |your )?(price|pricing|cost|budget)`;

/**
 * "Cost is the main blocker for us", "Security is the reason we said no": an objection said as a
 * statement is a no (a question after it asks; beside a price question it is a haggle, human-phrases.ts).
 */
export const objectionSaid = new RegExp(
  String.raw`\b((the )?(money|security|integration|timing)( point)?( is|'s| was) (the|our|a) ${BLOCKER}|(the )?(price|pricing|cost|budget|money|security|integration|timing)( point)?( is|'s| was) (the|our|a) (main |biggest |big |real |only |key |major )?reason we (said no|passed|declined)|(the )?(${PRICE_BLOCKER}))\b(?![^.!?]*\?)`,
);
