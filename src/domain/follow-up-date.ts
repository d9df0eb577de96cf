import { DateTime } from 'luxon';

/**
 * Dates people write in replies, read against the day the reply arrived: an out-of-office's
 * return date ("back on December 3rd", "до 7 декабря", "10.12.2026") and a "not now"'s
 * follow-up ("in Q3", "after March", "next year", "через месяц"). Both answer an ISO date.
 */

// English and Russian, and the month names of German, French, Spanish, Portuguese, Italian and
// Dutch absence notes ("bis zum 4. Dezember", "jusqu'au 4 décembre", "hasta el 4 de diciembre").
const MONTH_STEMS: [RegExp, number][] = [
  [/^(jan|janv|ene|gen|январ|янв)/, 1],
  [/^(feb|fév|fev|феврал|фев)/, 2],
  [/^(mar|mär|maa|март|мар)/, 3],
  [/^(apr|avr|abr|апрел|апр)/, 4],
  [/^(may|mai|mag|mei|ма[йяе])/, 5],
  [/^(jun|juin|giu|июн)/, 6],
  [/^(jul|juil|lug|июл)/, 7],
  [/^(aug|ao[uû]t|ago|август|авг)/, 8],
  [/^(sep|set|сентябр|сен)/, 9],
  [/^(oct|okt|out|ott|октябр|окт)/, 10],
  [/^(nov|ноябр|ноя)/, 11],
  [/^(dec|déc|dez|dic|декабр|дек)/, 12],
];
const MONTH_WORD =
  '(?<![a-zа-я])(januar|janvier|enero|janeiro|gennaio|januari|februar|février|febrero|fevereiro|febbraio|februari|märz|mars|marzo|março|maart|avril|abril|aprile|mai|mayo|maio|maggio|mei|juni|juin|junio|junho|giugno|juli|juillet|julio|julho|luglio|août|aout|agosto|augustus|septembre|septiembre|setembro|settembre|oktober|octobre|octubre|outubro|ottobre|novembre|noviembre|novembro|dezember|décembre|diciembre|dezembro|dicembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])';

/** "3 December", "the 14th of December": day, then month. */
const DAY_FIRST = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:(?:of|de|di)\\s+)?${MONTH_WORD}(?![a-zа-я])`,
  'gu',
);
/** "December 3", "Dec. 14th": month, then day. */
const MONTH_FIRST = new RegExp(`${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gu');
/** The same, for one match at a time (a follow-up's date). */
const DAY_FIRST_ONE = new RegExp(DAY_FIRST.source, 'u');
const MONTH_FIRST_ONE = new RegExp(MONTH_FIRST.source, 'u');
/** "until February 2027", "back in January": a month with no day. */
const MONTH_ALONE = new RegExp(
  `(?:until|till|back in|return(?:ing)? in|before|до)\\s+(?:early\\s+|mid-?\\s*)?${MONTH_WORD}(?![a-zа-я])(?:\\s+(20\\d\\d))?`,
  'u',
);
/** "in March", "after June", "до конца декабря": a month a follow-up is set by. */
const NAMED_MONTH = new RegExp(
  `(after|после|until|до|in|by|в)?\\s*(?:the end of\\s+|конца\\s+)?${MONTH_WORD}(?![a-zа-я])`,
  'u',
);

export const monthOf = (word: string): number | undefined => MONTH_STEMS.find(([re]) => re.test(word))?.[1];

const utcDay = (receivedAt: Date) => DateTime.fromJSDate(receivedAt, { zone: 'UTC' }).startOf('day');
/** The first day of `month` after `now`'s month (this year or next). */
function nextMonthStart(now: DateTime, month: number): DateTime {
  const d = DateTime.utc(now.year, month, 1);
  return d <= now ? d.plus({ years: 1 }) : d;
}

/**
 * "back on 2026-12-03", "until 03.12.2026", "return on December 3", "the 14th of December",
 * "вернусь 3 декабря": the first date on or after the day the reply arrived. A year-less date
 * already past means next year.
 */
export function returnDateIn(text: string, receivedAt: Date): string | undefined {
  const now = utcDay(receivedAt);
  // "closed from 24 December to 4 January": the return is the range's end, so its start goes.
  const t = text.toLowerCase().replace(RANGE_START, ' until ');
  // "Out 23 to 27 November inclusive. I'll reply when I'm back on Monday 30 November": a date
  // stated as the return beats the others.
  const back = BACK.exec(t);
  const stated = back ? earliest(datesIn(t.slice(back.index), now), now) : undefined;
  return (stated ?? earliest(datesIn(t, now), now))?.toISODate() ?? undefined;
}

const BACK =
  /\b(back (in the office |at work |at my desk )?(on|from)|return(ing)? (to the office |to work )?(on )?|reopen(s|ing)?( on)?)\s|(вернусь|выйду на работу|выхожу)\s/;
/** The first date after the day the mail arrived; that day itself only when nothing later is named ("sent on 04/01" quotes our mail). */
const earliest = (candidates: DateTime[], now: DateTime) => {
  const sorted = candidates.filter((d) => d.isValid && d >= now).sort((a, b) => a.toMillis() - b.toMillis());
  return sorted.find((d) => d > now) ?? sorted[0];
};

/** Every date `t` states, as return-date candidates (a month alone, "tomorrow", a weekday only when nothing else). */
function datesIn(t: string, now: DateTime): DateTime[] {
  const candidates: DateTime[] = [];
  for (const m of t.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    candidates.push(DateTime.utc(Number(m[1]), Number(m[2]), Number(m[3])));
  // Day first ("03.12.2026"), unless that cannot be a date and month first can ("12/14/2026").
  for (const m of t.matchAll(/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g)) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    candidates.push(b > 12 && a <= 12 ? DateTime.utc(y, a, b) : DateTime.utc(y, b, a));
  }
  // "до 01.12", "back 12/7": no year, only after a word that introduces a date (a bare "9.30" is
  // more often a time). Day first or month first: an absence ends soon, so both are candidates
  // and the earliest to come wins ("back 12/7" in November is December 7th, not July 12th).
  for (const m of t.matchAll(
    /(?:до|по|с|после|until|till|back on|back|return on|returning on|returning|from)\s+(\d{1,2})[./](\d{1,2})(?![./]?\d)/g,
  )) {
    for (const [day, month] of [
      [Number(m[1]), Number(m[2])],
      [Number(m[2]), Number(m[1])],
    ]) {
      const d = DateTime.utc(now.year, month as number, day as number);
      candidates.push(d.isValid && d < now ? d.plus({ years: 1 }) : d);
    }
  }
  // "back on the 30th", "until the 2nd": a day alone is this month's, or next month's if past.
  for (const m of t.matchAll(
    new RegExp(
      `(?:until|till|back on|back|return(?:ing)? on|returning)\\s+(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH_WORD})`,
      'gu',
    ),
  )) {
    const d = DateTime.utc(now.year, now.month, Number(m[1]));
    candidates.push(
      d.isValid && d < now
        ? DateTime.utc(now.year, now.month, 1)
            .plus({ months: 1 })
            .set({ day: Number(m[1]) })
        : d,
    );
  }
  for (const m of t.matchAll(DAY_FIRST)) candidates.push(yearless(Number(m[1]), m[2] as string, now));
  for (const m of t.matchAll(MONTH_FIRST)) candidates.push(yearless(Number(m[2]), m[1] as string, now));
  // "on leave until February 2027", "back in January": a month alone is its first day.
  if (!candidates.length) {
    const monthAlone = MONTH_ALONE.exec(t);
    const month = monthAlone && monthOf(monthAlone[1] as string);
    if (month) {
      const d = monthAlone[2] ? DateTime.utc(Number(monthAlone[2]), month, 1) : nextMonthStart(now, month);
      candidates.push(d);
    }
  }
  // "back tomorrow", "вернусь завтра": the next day.
  if (!candidates.length && /(back|return(ing)?|until|till|вернусь|до)\s+(tomorrow|завтра)/.test(t))
    candidates.push(now.plus({ days: 1 }));
  // "until Monday", "back Thursday" with no date beside it: the next such day after arrival.
  const weekday =
    /(?:until|till|back(?: on)?|returning(?: on)?|return(?: on)?|on|до|в)\s+(?:next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельника|понедельник|вторника|вторник|среды|среду|среда|четверга|четверг|пятницы|пятницу|пятница|субботы|субботу|воскресенья|воскресенье)(?![a-zа-я])/u.exec(
      t,
    );
  if (weekday && !candidates.length) candidates.push(nextWeekday(now, weekday[1] as string));
  return candidates;
}

const DATE_EXPR = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}|${MONTH_WORD}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{4})?)`;
const RANGE_START = new RegExp(
  `(?:from\\s+|с\\s+)?${DATE_EXPR}\\s*(?:to|until|till|through|-|–|—|по|до)\\s*(?=${DATE_EXPR})`,
  'gu',
);

const WEEKDAYS: [RegExp, number][] = [
  [/^(monday|понедельник)/, 1],
  [/^(tuesday|вторник)/, 2],
  [/^(wednesday|сред)/, 3],
  [/^(thursday|четверг)/, 4],
  [/^(friday|пятниц)/, 5],
  [/^(saturday|суббот)/, 6],
  [/^(sunday|воскресень)/, 7],
];
function nextWeekday(now: DateTime, word: string): DateTime {
  const day = WEEKDAYS.find(([re]) => re.test(word))?.[1] ?? now.weekday;
  return now.plus({ days: ((day - now.weekday + 6) % 7) + 1 });
}

function yearless(day: number, monthWord: string, now: DateTime): DateTime {
  const month = monthOf(monthWord);
  if (!month) return DateTime.invalid('not a month');
  const d = DateTime.utc(now.year, month, day);
  return d < now ? d.plus({ years: 1 }) : d;
}

const NUMBER: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  'a couple of': 2,
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
const HOLIDAYS: [RegExp, number][] = [
  [/\b(easter)\b|пасх/, 4],
  [/\b(thanksgiving)\b/, 12],
  [/\b(christmas|xmas)\b|рождеств/, 1],
];
const SEASONS: [RegExp, number][] = [
  [/\b(spring)\b|весн/, 3],
  [/\b(summer)\b|летом|лето(?![а-я])|(к|до|на) лету(?![а-я])/, 6],
  [/\b(fall|autumn)\b|осен/, 9],
  [/\b(winter)\b|зим/, 12],
];

/**
 * When a "not now" asks to be contacted again. Phrases after a contact verb win ("locked in
 * until June, reach out in May" is May); otherwise the first stated time. Undefined when the
 * reply names no time.
 */
export function followUpDateIn(text: string, receivedAt: Date): string | undefined {
  const now = utcDay(receivedAt);
  const t = text.toLowerCase().replace(/ё/g, 'е');
  const verb =
    /(reach(ing)? out|ping|circle back|check (back|in)|follow up|touch base|revisit|try (me )?again|try (me|us) (in|after|around|next)|revert|hit (me|us) (back|up)|ask (me |us )?again|talk|contact|write|get back|come back|напишите|пишите|вернитесь|вернемся|возвращайтесь|свяжитесь|обсудим|давайте)/;
  const sentences = t.split(/(?<=[.!?;\n])\s*/);
  // Then a sentence saying when something starts ("Next fiscal starts July 1") over one that
  // only mentions a time ("budget for next year is locked").
  const starts = /\b(starts?|begins?|kicks? off|resets?|opens?|renews?)\b|начина|стартует/;
  // "Our renewal window opens in September, reach out in August": the clause with the verb.
  const clauses = sentences.flatMap((s) => s.split(/,\s*/));
  const ordered = [
    ...clauses.filter((s) => verb.test(s)),
    ...sentences.filter((s) => verb.test(s)),
    ...sentences.filter((s) => starts.test(s)),
    ...sentences,
  ];
  for (const s of ordered) {
    const d = dateInPhrase(s, now);
    if (d) return d.toISODate() ?? undefined;
  }
  // "In the new FY" with no month named anywhere: the calendar's new year is the best guess.
  if (/new (fy|fiscal)/.test(t)) return DateTime.utc(now.year + 1, 1, 1).toISODate() ?? undefined;
  return undefined;
}

function dateInPhrase(s: string, now: DateTime): DateTime | undefined {
  // "end of Q1": the quarter's last month; "end of next quarter", "в конце следующего квартала" too.
  // "until the end of Q1" is over when Q1 is: the quarter after.
  const qEnd = /\b(until |till |through )?(?:the )?end of (?:the )?q([1-4])\b/.exec(s);
  if (qEnd) return nextMonthStart(now, ((Number(qEnd[2]) * 3 + (qEnd[1] ? 1 : 0) - 1) % 12) + 1);
  if (/end of (the )?next quarter|конц[еау] следующего квартала/.test(s))
    return now.startOf('quarter').plus({ quarters: 1, months: 2 });
  // "the second half of next year", "H1 2027": the half's first month.
  const half = /\b(first|second) half of (?:next|the) year|\bh([12]) (?:of )?(?:next year|20\d\d)/.exec(s);
  if (half) return DateTime.utc(now.year + 1, half[1] === 'second' || half[2] === '2' ? 7 : 1, 1);
  // "after Q1": the quarter after it.
  const qAfter = /\b(?:after|post)\s+q([1-4])\b/.exec(s);
  if (qAfter) return nextMonthStart(now, ((Number(qAfter[1]) * 3) % 12) + 1);
  const q =
    /\b(?:q([1-4])|(first|second|third|fourth) quarter)\b|(\d)[- ]?(?:м|й)?\s*квартал|(перв|втор|трет|четверт)[а-я]*\s+квартал/.exec(
      s,
    );
  if (q) {
    const n =
      Number(q[1] ?? q[3]) ||
      ['first', 'second', 'third', 'fourth'].indexOf(q[2] ?? '') + 1 ||
      ['перв', 'втор', 'трет', 'четверт'].indexOf(q[4] ?? '') + 1;
    return nextMonthStart(now, (n - 1) * 3 + 1);
  }
  if (/next quarter|следующем квартале|следующий квартал/.test(s))
    return now.startOf('quarter').plus({ quarters: 1 });
  // "after the 15th of January", "by March 3rd": that day (a day already past this year is next year's).
  const day = DAY_FIRST_ONE.exec(s) ?? MONTH_FIRST_ONE.exec(s);
  if (day) {
    const [d, m] = /^\d/.test(day[1] as string) ? [day[1], day[2]] : [day[2], day[1]];
    const date = yearless(Number(d), m as string, now);
    if (date.isValid && date > now) return date;
  }
  // A named month says more than "next year" beside it ("в феврале, бюджет на следующий год…").
  const named = namedMonth(s, now);
  if (named)
    return /next year|следующем году/.test(s) && named.year === now.year ? named.plus({ years: 1 }) : named;
  if (/next year|new year|the holidays|новог|праздник|следующем году|следующий год|в новом году/.test(s))
    return DateTime.utc(now.year + 1, 1, 1);
  if (/next month|следующем месяце/.test(s)) return now.startOf('month').plus({ months: 1 });
  if (/next week|следующей неделе|на той неделе/.test(s)) return now.startOf('week').plus({ weeks: 1 });
  const span =
    /\b(?:in|after)\s+(?:about\s+|around\s+|roughly\s+|some\s+|another\s+)?(a couple of|a few|a|an|one|two|three|four|five|six|eight|ten|twelve|several|\d+)\s+(week|month|day)s?\b|через\s+(пару|две|два|три|несколько|\d+)?\s*(недел|месяц|полгода|квартал)/.exec(
      s,
    );
  if (span) {
    const n = span[1] ?? span[3];
    const count = n === undefined ? 1 : (NUMBER[n] ?? (Number(n) || 1));
    const unit = span[2] ?? span[4] ?? '';
    if (unit === 'полгода') return now.plus({ months: 6 });
    if (unit === 'квартал') return now.plus({ months: 3 * count });
    if (unit === 'day') return now.plus({ days: count });
    return unit.startsWith('week') || unit.startsWith('недел')
      ? now.plus({ weeks: count })
      : now.plus({ months: count });
  }
  // "when that's up in 2028", "после 2027": a later year alone is its first day (after it: the next).
  const year = /(?<![a-zа-я])(in|until|till|by|after|в|до|после)\s+(20\d\d)\b/.exec(s);
  if (year && Number(year[2]) > now.year)
    return DateTime.utc(Number(year[2]) + (year[1] === 'after' || year[1] === 'после' ? 1 : 0), 1, 1);
  for (const [re, m] of HOLIDAYS) if (re.test(s)) return nextMonthStart(now, m);
  for (const [re, m] of SEASONS) if (re.test(s)) return nextMonthStart(now, m);
  return undefined;
}

/** "in March", "after June", "до декабря": the month's first day (after it: the next month's). */
function namedMonth(s: string, now: DateTime): DateTime | undefined {
  const month = NAMED_MONTH.exec(s);
  // "may" is a month only after a preposition ("we may be a fit" is not May).
  if (!month || !monthOf(month[2] as string) || (month[2] === 'may' && !month[1])) return undefined;
  const m = monthOf(month[2] as string) as number;
  const after = month[1] === 'after' || month[1] === 'после';
  return after ? nextMonthStart(now, (m % 12) + 1) : nextMonthStart(now, m);
}
