/**
 * Contempt for the pitch, which is a "no" (and, by the labelling rules, no brand complaint: no
 * post, no report, no harsh word): a jab at its research ("not even my name right"), or mock
 * praise, an exasperated question, "again" and scorn for templates, two of them together, one
 * being "again" or scorn.
 */
const MOCK_PRAISE =
  /(^|[.!?]\s+)(funny|hilarious|cute|adorable)[.!]*$|(^|[.!?]\s+)(смешно|забавно|мило)[.!]*$|(^|[.!?]\s+)(wow|bravo|congrats|congratulations|nice try|cool story|impressive( work)?|great job|well done|genius|brilliant)\b|(?<![а-яё])(браво|поздравляю|молодцы|гениально)(?![а-яё])/;
const EXASPERATED =
  /\bdoes (your (team|rep|sdr|bdr|company|ai)|anyone (there|at your company)) ever\b|\b(do|did) you (people |guys )?(even|honestly|really|actually|seriously) |\bare you (serious|kidding)|(^|[.!?]\s+)(seriously|really)\?|\bwho (approved|approves|wrote|writes|thought|taught|signed off|signs off)|\bsomeone (approved|wrote|thought)|\bhow (is|was) this (approved|ok|okay|acceptable)|\bimagine (paying|sending|thinking|being)|\b(do|don'?t) you (people |guys )?(even )?(talk|speak|communicate) to each other\b|(?<![а-яё])(вы (серьезно|вообще|в курсе|там (вообще|между собой))|кто (это )?(писал|придумал|одобрил))(?![а-яё])/;
const AGAIN =
  /\b(every|each) (single )?(day|week|morning)\b|\b(third|fourth|fifth|sixth|\d+(th|rd|nd)) (time|e-?mail|message|follow-?up)|\b(yet )?another (ai|automated|templated|generic|canned)\b|\b(third|fourth|fifth|another) (person|rep|sdr|bdr|salesperson|colleague) (from|at) your\b|(?<![а-яё])(третье|четвертое|пятое|очередн[а-яё]*) (письмо|раз|рассылк[а-яё]*|шаблонн[а-яё]*)|(?<![а-яё])(опять|снова) (эти|вы|ваши|ваш|продажник[а-яё]*|спам[а-яё]*|рассылк[а-яё]*)(?![а-яё])|(?<![а-яё])(третий|четвертый|пятый|очередной) (человек|сотрудник|менеджер|продавец|раз)/;
const SCORN =
  /\b(made (me|us|everyone|everybody|our (whole |entire )?(team|office|staff)|the (whole |entire )?(team|office)) (wince|cringe|groan|shudder)|baffl(ed|ing)|wast(e|ing) (of )?(my|our) time|waste of time|ai-?(written|generated)|(written|generated|churned out|spat out) by (chat ?gpt|gpt|an? ai|an? llm|a (bot|robot|machine|script))|copy-?paste[d]?|templated|canned|generic|robotic|bots?|this isn'?t how you)\b|(?<![а-яё])(шаблонн[а-яё]*|бот(ов|ы|а)?|робот[а-яё]*|не читаете)(?![а-яё])/;
const NO_RESEARCH =
  /\b(no idea who you'?re (emailing|writing to|talking to|contacting|pitching)|fix your (list|data|targeting|database)|read (the|our|my) (news|headlines|press|website|site|profile|linkedin|about page)( page)? (before|first)|wrong (title|role|industry)|zero (on the )?research|no research|do (your|some|a bit of|a little|more) (home ?work|research)|(at least|learn to|try to|bother to) personali[sz]e|(did|does) (anyone|nobody|no one)( at your company)? (actually |even )?(read|look at|check))\b/;

/**
 * Our mail held up as what not to do: "how not to prospect", "hall of shame", "an example of bad
 * outreach", "антипример", "как не надо писать".
 */
export const WHAT_NOT_TO_DO =
  /(?<![а-яё])(как не (надо|нужно|стоит) (писать|делать|продавать)|антипример[а-яё]*|как пример того,? как не)|\b((an )?example of what not to do|how not to (write|do|sell|prospect|e-?mail|reach out|pitch|open)|(hall|wall)[- ]of[- ]shame|(an? |as an? )?(example|case study|lesson) (of|in) (bad|poor|terrible|awful|lazy|sloppy|aggressive|unethical) (practice|outreach|selling|sales|prospecting|behaviou?r|marketing)|(as )?a what[- ]not[- ]to[- ]do)\b/;

/**
 * The worst of its kind in time or in all the writer has seen: "the laziest pitch of the year",
 * "worst cold emails of 2026", "худшие холодные письма" (not "not the worst pitch I've seen", nor
 * "our reps send the laziest emails").
 */
const WORST_OF_ITS_KIND =
  /(?<!\b(not|hardly|nowhere near|far from|isn'?t|wasn'?t) (even )?(the |a |my )?)\b(worst|laziest|sloppiest|dumbest|cringiest|creepiest|cheesiest|tackiest|most (generic|desperate|tone-deaf|lazy|clueless|cringe\w*)) (cold |sales |b2b |prospecting |outbound )?(pitch|e-?mail|outreach|message|opener|subject line|sequence|follow-?up|attempt|prospecting)(es|s)?\b( i'?ve| i have| we'?ve)?( ever)? ((of|in) (the |this )?(year|week|month|quarter|decade|\d{4}|all time|my (life|career|inbox))|seen|received|gotten|got|read)\b|(?<![а-яё])(худш[а-яё]*|самы[а-яё]* ленив[а-яё]*) (холодн[а-яё]* )?(письм|рассыл|питч|продаж)/;

/** The pitch laughed at: "my followers will love roasting it", "thanks for the laugh". */
const LAUGHED_AT =
  /\b(roast(ing|ed)?|laugh(ing|ed)? at|mock(ing|ed)?|mak(e|ing) fun of|dunk(ing|ed)? on|rip(ping)? apart|tear(ing)? apart) (it|this|you|your|yours)\b|\b(had|have|get|got) a (good )?laugh (at|out of|from) (it|this|you|your)\b|\b(thanks|thank you) for the (laughs?|chuckle|giggle|entertainment)(?= *[.!]| *$)/;

/** Others warned off by the writer: "so nobody else falls for it", "so they know what to expect from you". */
const WARNS_OTHERS =
  /\bso (that )?(everyone|everybody|others|other people|people|nobody|no one|my [a-z]+|they|the world)( else)? (can |will |could |would )?(see how you (prospect|sell|operate|do business|treat|work)|knows? (what to expect from|how you|to avoid) (you|your)|falls? for (it|this|you|your)|gets? (caught|fooled|duped|scammed)|(is|are) warned|steers? clear|avoids? (you|your))\b/;

/**
 * Ridicule of the pitch, which turns any praise beside it into mock praise ("Love this. Posting it
 * on LinkedIn as the laziest pitch of the year."): a complaint made in public, never a yes.
 */
export const ridicules = (text: string) =>
  WHAT_NOT_TO_DO.test(text) ||
  WORST_OF_ITS_KIND.test(text) ||
  LAUGHED_AT.test(text) ||
  WARNS_OTHERS.test(text);

/** The signal a sneer at the pitch gives its "no" (classify.ts): never a complaint (flags.ts). */
export const SNEER = 'text:sneer';

/** The pitch's own words turned on it: 'Your "quick question" was neither quick nor a question.' */
const NEITHER_NOR =
  /(\byour ["“'‘]?([a-z-]+ ){0,3}[a-z-]+["”'’]?|["“‘][a-z-]+( [a-z-]+){0,3}["”’]) (e-?mail |pitch |subject( line)? |note |message )?(was|is|were|are) neither [a-z-]+ nor\b/;

export function sneersAt(text: string): boolean {
  if (NO_RESEARCH.test(text) || NEITHER_NOR.test(text)) return true;
  const marks = [MOCK_PRAISE, EXASPERATED, AGAIN, SCORN].filter((m) => m.test(text)).length;
  // Mock praise with a question alone ("Cool story. Do you actually read the replies?") is left
  // to the other rules (a corpus label reads it as `other`).
  return marks >= 2 && (AGAIN.test(text) || SCORN.test(text));
}

/**
 * Mockery no question survives: "sure jan, put me down for 400 seats lol" reads as a price asked,
 * but nobody is asking.
 */
export const OPEN_MOCKERY =
  /\bsure,? jan\b|\b(put|sign) me (down|up) for [^.!?]{1,40}\b(lol|lmao|haha|rofl)\b/;
