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
  /\b(made (me|us|everyone|everybody|our (whole |entire )?(team|office|staff)|the (whole |entire )?(team|office)) (wince|cringe|groan|shudder)|baffl(ed|ing)|wast(e|ing) (of )?(my|our) time|waste of time|ai-?(written|generated)|copy-?paste[d]?|templated|canned|generic|robotic|bots?|this isn'?t how you)\b|(?<![а-яё])(шаблонн[а-яё]*|бот(ов|ы|а)?|робот[а-яё]*|не читаете)(?![а-яё])/;
const NO_RESEARCH =
  /\b(no idea who you'?re (emailing|writing to|talking to|contacting|pitching)|fix your (list|data|targeting|database)|read (the|our|my) (news|headlines|press|website|site|profile|linkedin|about page)( page)? (before|first)|wrong (title|role|industry)|zero (on the )?research|no research|do (your|some|a bit of|a little|more) (home ?work|research)|(did|does) (anyone|nobody|no one)( at your company)? (actually |even )?(read|look at|check))\b/;

/** The signal a sneer at the pitch gives its "no" (classify.ts): never a complaint (flags.ts). */
export const SNEER = 'text:sneer';

export function sneersAt(text: string): boolean {
  if (NO_RESEARCH.test(text)) return true;
  const marks = [MOCK_PRAISE, EXASPERATED, AGAIN, SCORN].filter((m) => m.test(text)).length;
  // Mock praise with a question alone ("Cool story. Do you actually read the replies?") is left
  // to the other rules (a corpus label reads it as `other`).
  return marks >= 2 && (AGAIN.test(text) || SCORN.test(text));
}
