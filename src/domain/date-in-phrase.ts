import { DateTime } from 'luxon';
import {
  DAY_FIRST_ONE,
  fullDatesIn,
  HOLIDAYS,
  MONTH_FIRST_ONE,
  MONTH_WORD,
  monthOf,
  nextMonthStart,
  nextWeekday,
  quarterStart,
  yearless,
} from './dates.js';
import { laterYear } from './years.js';

/**
 * "Budget's gone for this year", "our budget is allocated for this quarter": spent until the period
 * named is over (a wait in not-now-rules.ts; its date here).
 */
export const BUDGET_SPENT = String.raw`(budget|money|spend)('s| is| has been| was)? (all )?(gone|spent|used up|exhausted|allocated|committed|tapped out|maxed out) (for|this) (this |the )?`;
const BUDGET_SPENT_FOR_YEAR = new RegExp(String.raw`${BUDGET_SPENT}(year|fiscal year|fy)\b`);
const BUDGET_SPENT_FOR_QUARTER = new RegExp(String.raw`${BUDGET_SPENT}quarter\b`);

/**
 * The time one phrase of a reply names, read against the day it arrived ("in Q3", "after March",
 * "next year", "через месяц", "after the 15th of January", "we just renewed for two years").
 * follow-up-date.ts picks which of a reply's phrases sets its follow-up date.
 */

/** "in March", "after June", "до конца декабря", "around May": a month a follow-up is set by. */
const NAMED_MONTH = new RegExp(
  `(after|после|until|till|до|in|by|в|around|sometime in|some time in|roughly|approximately|примерно в|ориентировочно в)?\\s*(?:(the end of|end of|конца|конце|the middle of|middle of|середине|середины|mid|early|late)[\\s-]+)?${MONTH_WORD}(?![a-zа-я])`,
  'gu',
);

const NUMBER: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  'a couple of': 2,
  'a couple': 2,
  'a few': 3,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  eight: 8,
  ten: 10,
  twelve: 12,
  several: 3,
  пару: 2,
  две: 2,
  два: 2,
  три: 3,
  несколько: 3,
  полгода: 6,
};
/** Holidays a follow-up is set by: the month after ("after Easter" is April). */
const SEASONS: [RegExp, number][] = [
  // And in German, French, Spanish, Italian, Portuguese, Dutch and Polish ("im Frühjahr", "au
  // printemps", "en otoño", "in autunno", "na wiosnę").
  [/\b(spring|frühjahr|frühling|printemps|primavera|voorjaar|lente)\b|wiosn|весн/, 3],
  [
    /\b(summer|sommer|verano|verão|zomer|latem)\b|(en |cet |l')été|(in |d'|quest')estate\b|летом|лето(?![а-я])|(к|до|на) лету(?![а-я])|(до|с) лета(?![а-я])/,
    6,
  ],
  [/\b(fall|autumn|herbst|automne|otoño|autunno|outono|najaar|herfst)\b|jesie[nń]|осен/, 9],
  [/\b(winter|hiver|invierno|inverno)\b|zimą|зим/, 12],
];

/** "two", "12", "a couple of" as a number; none said is one. */
export const countOf = (n: string | undefined) => (n === undefined ? 1 : (NUMBER[n] ?? (Number(n) || 1)));

/** 1–4 from a match whose groups are: a digit, an English ordinal, a digit, a Russian ordinal stem. */
function quarterNumber(m: RegExpExecArray): number {
  return (
    Number(m[1] ?? m[3]) ||
    ['first', 'second', 'third', 'fourth'].indexOf(m[2] ?? '') + 1 ||
    ['перв', 'втор', 'трет', 'четверт'].indexOf(m[4] ?? '') + 1
  );
}

/** A contract's term: "we just renewed for two years", "signed a 2 year deal" (the term before the deal). */
export const TERMS = [
  /\b(renew(?:ed|s)?|signed|locked in|committed|contracted|under contract|tied in|bound)\b[^.!?]{0,40}?\bfor (?:another |the next )?(a|one|two|three|four|five|\d+) (year|month)s?\b/,
  /\b(renew(?:ed|s)?|signed|inked|locked in(?:to)?|committed to|on)\b[^.!?]{0,20}?\b(a|one|two|three|four|five|\d+)[- ](year|month)s? (?:deal|contract|agreement|term|renewal|commitment|subscription|licen[cs]e)\b/,
];

export function dateInPhrase(s: string, now: DateTime): DateTime | undefined {
  // "end of Q1": the quarter's last month; "end of next quarter", "в конце следующего квартала" too.
  // "until the end of Q1" is over when Q1 is: the quarter after.
  const qEnd = /\b(until |till |through )?(?:the )?end of (?:the )?q([1-4])\b/.exec(s);
  if (qEnd) return nextMonthStart(now, ((Number(qEnd[2]) * 3 + (qEnd[1] ? 1 : 0) - 1) % 12) + 1);
  // "в конце первого квартала": the quarter's last month, as in English.
  const qEndRu = /конц[еау]\s+(?:(\d)[- ]?(?:го)?|(перв|втор|трет|четверт)[а-я]*)\s+квартал/.exec(s);
  if (qEndRu) {
    const n = Number(qEndRu[1]) || ['перв', 'втор', 'трет', 'четверт'].indexOf(qEndRu[2] ?? '') + 1;
    return nextMonthStart(now, n * 3);
  }
  // "Until the end of the quarter", "неактуально до конца квартала": over when this quarter is.
  if (
    /\b(until|till|through) (the )?end of (the|this) quarter\b|(?<![а-яё])до конца (этого |текущего )?квартала/.test(
      s,
    )
  )
    return now.startOf('quarter').plus({ quarters: 1 });
  // "At the end of the quarter", "EOQ": this quarter's last month, as "end of Q4" is.
  if (/\b(at |by |around )?(the )?end of (the|this) quarter\b|\beoq\b/.test(s))
    return now.startOf('quarter').plus({ months: 2 });
  if (/end of (the )?next quarter|конц[еау] следующего квартала/.test(s))
    return now.startOf('quarter').plus({ quarters: 1, months: 2 });
  // "the second half of next year", "H1 2028", "a 2027 H2 conversation": the half's first month, in
  // the year named (else next year).
  const half =
    /\b(first|second) half of (?:next|the) year|\bh([12]) (?:of )?(next year|20\d\d)|\b(20\d\d) h([12])\b/.exec(
      s,
    );
  if (half) {
    const year = Number(half[3]?.match(/^20\d\d$/)?.[0] ?? half[4] ?? now.year + 1);
    return DateTime.utc(year, half[1] === 'second' || half[2] === '2' || half[5] === '2' ? 7 : 1, 1);
  }
  // "in H2" alone: the next half of that name to start (in November, next year's July).
  const bareHalf = /\b(?:in|after|by|until|till|maybe|perhaps|possibly|probably|me|us)\s+h([12])\b/.exec(s);
  if (bareHalf) return nextMonthStart(now, bareHalf[1] === '2' ? 7 : 1);
  // "after Q1", "after the first quarter", "после первого квартала": the quarter after it.
  const qAfter =
    /\b(?:after|post)[\s-]+(?:the\s+)?(?:q([1-4])\b|(first|second|third|fourth) quarter)|после\s+(?:(\d)[- ]?(?:го)?|(перв|втор|трет|четверт)[а-я]*)\s+квартал/.exec(
      s,
    );
  if (qAfter) return nextMonthStart(now, ((quarterNumber(qAfter) * 3) % 12) + 1);
  // "Swamped through Q1": busy to its end, so the quarter after it.
  const qThrough = /\b(?:through|thru)\s+q([1-4])\b/.exec(s);
  if (qThrough) return nextMonthStart(now, ((Number(qThrough[1]) * 3) % 12) + 1);
  const q =
    /\b(?:q([1-4])|(first|second|third|fourth) quarter)\b|(\d)[- ]?(?:м|й)?\s*квартал|(перв|втор|трет|четверт)[а-я]*\s+квартал/.exec(
      s,
    );
  if (q) return quarterStart(now, quarterNumber(q));
  if (/next quarter|следующем квартале|следующий квартал|следующего квартала/.test(s))
    return now.startOf('quarter').plus({ quarters: 1 });
  // "01/15/2027", "15.01.2027", "2027-01-15": a full date. Day first or month first where both can
  // be dates: the earlier to come, as return dates read them.
  const full = fullDatesIn(s)
    .filter((d) => d.isValid && d > now)
    .sort((x, y) => x.toMillis() - y.toMillis())[0];
  if (full) return full;
  // "Ping me on 1/15": a month and day with a slash and no year, the next to come (month first, as
  // a slash is written in the US; day first where the first number cannot be a month).
  const short = /(?<![\d./])(\d{1,2})\/(\d{1,2})(?![./]?\d)/.exec(s);
  // "24/7" is round the clock, no date.
  if (short && short[0] !== '24/7') {
    const [a, b] = [Number(short[1]), Number(short[2])];
    const [month, day] = a > 12 ? [b, a] : [a, b];
    const date = DateTime.utc(now.year, month, day);
    if (date.isValid) return date < now ? date.plus({ years: 1 }) : date;
  }
  // "after the 15th of January", "by March 3rd": that day (a day already past this year is next year's).
  const day = DAY_FIRST_ONE.exec(s) ?? MONTH_FIRST_ONE.exec(s);
  if (day) {
    const [d, m] = /^\d/.test(day[1] as string) ? [day[1], day[2]] : [day[2], day[1]];
    const date = yearless(Number(d), m as string, now);
    if (date.isValid && date > now) return date;
  }
  // "after the 15th of next month", "mid next month": that day of the coming month, not its first.
  const ofNextMonth =
    /\bthe (\d{1,2})(?:st|nd|rd|th) of next month\b|\b(?:mid[- ]?|middle of )next month\b/.exec(s);
  if (ofNextMonth) {
    const date = now
      .startOf('month')
      .plus({ months: 1 })
      .set({ day: Number(ofNextMonth[1] ?? 15) });
    if (date.isValid) return date;
  }
  // "until the 15th", "после 15-го", "после Нового года, числа 15-го": a day with no month is that
  // day's next coming (in January, after the new year).
  const dayAlone =
    /\b(?:after|until|till|from|past|post|by|on)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?! (?:week|quarter|half|month|of))|(?<![а-яё])(?:(?:до|после|с|к)\s+|числа\s+)(\d{1,2})-?(?:го|е|ого)(?![а-яё])/.exec(
      s,
    );
  if (dayAlone) {
    const d = Number(dayAlone[1] ?? dayAlone[2]);
    // "In the new year, after the 5th": the 5th of January.
    const newYear = /\bnew year\b|(?<![а-яё])нов(ого|ом|ый) год/.test(s);
    const date = newYear
      ? DateTime.utc(now.year + 1, 1, d)
      : d > now.day
        ? now.set({ day: d })
        : now.startOf('month').plus({ months: 1 }).set({ day: d });
    if (date.isValid) return date;
  }
  // "after the first week of January": the 8th; "the second week of March": the 8th.
  const week = new RegExp(`\\b(after )?(?:the )?(first|second|third|last) week of ${MONTH_WORD}`, 'u').exec(
    s,
  );
  if (week && monthOf(week[3] as string)) {
    const start = { first: 1, second: 8, third: 15, last: 22 }[week[2] as 'first'] + (week[1] ? 7 : 0);
    return nextMonthStart(now, monthOf(week[3] as string) as number).set({ day: start });
  }
  // A named month says more than "next year" beside it ("в феврале, бюджет на следующий год…").
  const named = namedMonth(s, now);
  if (named)
    return /next year|следующем году/.test(s) && named.year === now.year ? named.plus({ years: 1 }) : named;
  // "after Labor Day next year": the holiday names the month, "next year" only which one.
  for (const [re, m] of HOLIDAYS) if (re.test(s)) return nextMonthStart(now, m);
  // A later year named says more than "not this year" or "next year" beside it.
  const year = laterYear(s, now);
  if (year) return year;
  // "mid next year", "mid-year", "в середине следующего года": July.
  if (/\bmid[- ]?(next )?year\b|\bmiddle of (next |the )?year\b|середин[аеуы] (следующего )?года/.test(s))
    return nextMonthStart(now, 7);
  if (
    /next year|new year|(first|1st|start|beginning|turn) of the year|the holidays|winter break|новогодн|(?<![а-яё])нов(ого|ому|ым) год|после (зимних |январских )?каникул|(?<![а-яё])нг(?![а-яё])|праздник|следующем году|(not|no) (a (top |high |big )?priority )?this year|(budget|funding|approval|sign-?off)( approved| signed off| released| through)? this year|no (new|more|other|further) (ones|tools|vendors|software|purchases|projects|spend)( for us)? this year|в этом году|на этот год|следующего года|следующий год|в новом году/.test(
      s,
    ) ||
    BUDGET_SPENT_FOR_YEAR.test(s)
  )
    return DateTime.utc(now.year + 1, 1, 1);
  if (/next month|след(ующем|\.)? месяце/.test(s)) return now.startOf('month').plus({ months: 1 });
  if (
    /(not|no) (a (top |high |big )?priority )?this quarter|no (new|more|other|further) (ones|tools|vendors|software|purchases|projects|spend)( for us)? this quarter|не в этом квартале/.test(
      s,
    ) ||
    BUDGET_SPENT_FOR_QUARTER.test(s)
  )
    return now.startOf('quarter').plus({ quarters: 1 });
  if (/next week|след(ующей|\.)? недел[еи]|на той неделе/.test(s))
    return now.startOf('week').plus({ weeks: 1 });
  // "Email me Monday", "resend this next Monday", "напишите в понедельник": the next such day (only
  // after a request to write: "busy till Friday" alone says when the writer is busy).
  const weekday =
    /\b(?:(?:email|e-mail|write|ping|try|message)\s+(?:me|us)|re-?send\s+(?:this|it|that))\s+(?:again\s+)?(?:on\s+|next\s+)?(monday|tuesday|wednesday|thursday|friday)\b|(?<![а-яё])(?:напишите|пишите|свяжитесь)(?:\s+(?:мне|нам|со мной|с нами))?,?(?:\s+пожалуйста,?)?\s+во?\s+(понедельник|вторник|среду|четверг|пятницу)(?![а-яё])/.exec(
      s,
    );
  if (weekday) return nextWeekday(now, (weekday[1] ?? weekday[2]) as string);
  const span =
    /\b(?:(?:in|after|give (?:me|us|it))\s+|(?:push|move|bump|kick|defer|delay|postpone|park)\w*\s+(?:this|it|that|things)\s+(?:back\s+|out\s+|off\s+)?(?:by\s+|for\s+)?)(?:about\s+|around\s+|roughly\s+|some\s+|another\s+)?(a couple of|a couple|a few|a|an|one|two|three|four|five|six|eight|ten|twelve|several|\d+)\s+(week|month|day|year|quarter|fortnight)s?\b|через\s+(пару|две|два|три|несколько|\d+)?\s*(недел|месяц|полгода|квартал)/.exec(
      s,
    );
  if (span) {
    const n = span[1] ?? span[3];
    const count = countOf(n);
    const unit = span[2] ?? span[4] ?? '';
    if (unit === 'полгода') return now.plus({ months: 6 });
    if (unit === 'квартал') return now.plus({ months: 3 * count });
    if (unit === 'day') return now.plus({ days: count });
    if (unit === 'quarter') return now.plus({ months: 3 * count });
    if (unit === 'fortnight') return now.plus({ weeks: 2 * count });
    if (unit === 'year') return now.plus({ years: count });
    return unit.startsWith('week') || unit.startsWith('недел')
      ? now.plus({ weeks: count })
      : now.plus({ months: count });
  }
  // "we just renewed for two years", "signed a 12-month contract": over when the term is.
  const term = TERMS.map((re) => re.exec(s)).find((m) => m);
  if (term) {
    const count = countOf(term[2]);
    return term[3] === 'year' ? now.plus({ years: count }) : now.plus({ months: count });
  }
  for (const [re, m] of SEASONS) if (re.test(s)) return nextMonthStart(now, m);
  return undefined;
}

/** "in March", "after June", "до декабря": the month's first day (after it: the next month's; "mid-March": the 15th). */
export function namedMonth(s: string, now: DateTime): DateTime | undefined {
  // "may" is a month only after a preposition ("we may be a fit" is not May, "we may revisit early
  // May" is).
  const month = [...s.matchAll(NAMED_MONTH)].find(
    (m) => monthOf(m[3] as string) && !(m[3] === 'may' && !m[1] && !m[2]),
  );
  if (!month) return undefined;
  const m = monthOf(month[3] as string) as number;
  const until = /^(until|till|до)$/.test(month[1] ?? '');
  const after = month[1] === 'after' || month[1] === 'после';
  // A month is its first day ("end of February" too), but "until the end of March" is over when March is.
  if (until && /end|конц/.test(month[2] ?? '')) return nextMonthStart(now, (m % 12) + 1);
  // "mid-January", "в середине января": the 15th, so the reminder is not two weeks early.
  if (/mid|середин/.test(month[2] ?? '')) return nextMonthStart(now, m).set({ day: 15 });
  return after ? nextMonthStart(now, (m % 12) + 1) : nextMonthStart(now, m);
}
