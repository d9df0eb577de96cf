import { DateTime } from 'luxon';
import {
  DAY_FIRST,
  fullDatesIn,
  HOLIDAYS,
  MONTH_FIRST,
  MONTH_WORD,
  monthOf,
  nextMonthStart,
  nextWeekday,
  quarterStart,
  utcDay,
  WORKDAYS_ABROAD,
  yearless,
} from './dates.js';
import { inYearWritten } from './years.js';

/**
 * An out-of-office's return date, read against the day the reply arrived ("back on December 3rd",
 * "до 7 декабря", "10.12.2026", "bis zum 4. Dezember"). Answers an ISO date.
 */

/**
 * "until February 2027", "back in January", "until mid-January", "until the end of January",
 * "through February": a month with no day.
 */
const MONTH_ALONE = new RegExp(
  `(?:until|till|(?<through>through|thru)|back in|return(?:ing)? in|before|до|(?:выйду|вернусь|выхожу) в|retour (?:prévu )?en|de retour en)\\s+(?:early\\s+|(?<mid>mid-?\\s*|середины\\s+)|(?<end>(?:the\\s+)?end\\s+of\\s+|конца\\s+))?(?<month>${MONTH_WORD})(?![a-zа-я])(?:\\s+(?<year>20\\d\\d))?`,
  'u',
);
/**
 * "back on 2026-12-03", "until 03.12.2026", "return on December 3", "the 14th of December",
 * "вернусь 3 декабря": the first date on or after the day the reply arrived. A year-less date
 * already past means next year.
 */
export function returnDateIn(text: string, receivedAt: Date): string | undefined {
  const now = utcDay(receivedAt);
  // "closed from 24 December to 4 January": the return is the range's end, so its start goes.
  const t = text
    .toLowerCase()
    .replace(/\btil\b/g, 'till')
    // "bis einschließlich 27.11.": the last day away, as "until the 27th inclusive" is.
    .replace(/\bbis (einschließlich|einschliesslich|inklusive|inkl\.) /g, 'bis ')
    .replace(/(\d{1,2})-(го|е|ое|ого)(?![а-яё])/g, '$1') // "до 5-го декабря"
    .replace(RANGE_START, ' until ')
    .replace(WEEKDAYS_AWAY, (_, last: string) => ` back ${DAY_AFTER[last.slice(0, 3)]} `)
    .replace(MONTH_DAYS, ' until $1 $3')
    .replace(CJK_RANGE_START, ' until ')
    .replace(CJK_FROM, ' back on $1 ');
  // "Out 23 to 27 November inclusive. I'll reply when I'm back on Monday 30 November": a date
  // stated as the return beats the others.
  const back = BACK.exec(t);
  const stated = back ? earliest(datesIn(t.slice(back.index), now), now) : undefined;
  if (stated) return stated.toISODate() ?? undefined;
  const last = earliest(datesIn(t, now), now);
  if (last) return last.toISODate() ?? undefined;
  // "out until after the Thanksgiving weekend", "back after Christmas": the holiday's month.
  if (/\b(until|till|after|back)\b|до|после/.test(t))
    for (const [re, m] of HOLIDAYS) if (re.test(t)) return nextMonthStart(now, m).toISODate() ?? undefined;
  // "On sabbatical until Q2 2027": the quarter's first day.
  const quarter =
    /\b(?:until|till|through|back in|returning in|back)\s+(?:the\s+)?q([1-4])(?:\s+(?:of\s+)?(20\d\d))?\b/.exec(
      t,
    );
  if (quarter) {
    const d = quarterStart(now, Number(quarter[1]), quarter[2] ? Number(quarter[2]) : undefined);
    if (d > now) return d.toISODate() ?? undefined;
  }
  // "until the end of the week", "до конца недели": that Friday.
  if (/(until|till|through) (the )?end of (the|this) week|до конца (этой )?недели/.test(t))
    return nextWeekday(now, 'friday').toISODate() ?? undefined;
  // "until the end of the month", "до конца года": its last day.
  const span =
    /(until|till|through) (the )?end of (the|this) (month|year)|до конца (этого |текущего )?(месяца|года)/.exec(
      t,
    );
  if (span) return now.endOf(/month|месяц/.test(span[0]) ? 'month' : 'year').toISODate() ?? undefined;
  // "I'll respond tomorrow", "will pick this up tomorrow", "отвечу завтра": the next day; "will
  // respond next week": its Monday.
  if (
    /\b(back|return(ing)?|respond|reply|answer|in the office|pick (this|it) up|get to (this|it))\b[^.]{0,40}\btomorrow\b|(вернусь|отвечу|буду)[^.]{0,20}завтра/.test(
      t,
    )
  )
    return now.plus({ days: 1 }).toISODate() ?? undefined;
  if (
    /\b(back|return(ing)?|respond|reply|answer)\b[^.]{0,40}\bnext week\b|(вернусь|отвечу|буду)[^.]{0,20}на следующей неделе/.test(
      t,
    )
  )
    return now.startOf('week').plus({ weeks: 1 }).toISODate() ?? undefined;
  // "back in the spring", "вернусь весной": the season's first month.
  const season =
    /\b(back|return(ing)?|until|till|away)\b[^.]{0,20}\b(spring|summer|autumn|fall)\b|(вернусь|до)[^.]{0,10}(весной|весны|летом|лета|осенью|осени)/.exec(
      t,
    );
  if (season) {
    const word = season[3] ?? season[5] ?? '';
    const month = /spring|весн/.test(word) ? 3 : /summer|лет/.test(word) ? 6 : 9;
    return nextMonthStart(now, month).toISODate() ?? undefined;
  }
  // "on leave until the new year", "до Нового года": the first of January.
  if (/(until|till|after|(back|return|returning) (in|after)) (the )?new year|(до|после) нового года/.test(t))
    return (
      DateTime.utc(now.month === 1 && now.day === 1 ? now.year : now.year + 1, 1, 1).toISODate() ?? undefined
    );
  return undefined;
}

/**
 * "Out Wed-Fri", "at our offsite Tue-Thu": away through the range's last day, so back the workday
 * after it. Only after a word of absence: "Office hours Mon-Fri" in a signature is no return.
 */
const WEEKDAYS_AWAY =
  /(?<=\b(?:out|off|away|ooo|offline|offsite|onsite|on site|conference|leave|vacation|holiday|pto|trip|training|travell?ing)(?: this week| next week)?\s+(?:on\s+|from\s+)?)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s?(?:-|–|—|to|through|thru)\s?(mon|tue|wed|thu|fri)[a-z]*\b\.?/g;
const DAY_AFTER: Record<string, string> = {
  mon: 'tuesday',
  tue: 'wednesday',
  wed: 'thursday',
  thu: 'friday',
  fri: 'monday',
};

/** "11月23日から11月29日まで", "11月23日(月)～27日": a Japanese or Chinese range; its start goes. */
const CJK_DATE = '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:[（(][^）)]{1,4}[）)])?';
const CJK_RANGE_START = new RegExp(
  `${CJK_DATE}\\s*(?:から|より|~|～|〜|-|–|至|到)\\s*(?=\\d{1,2}\\s*月)`,
  'gu',
);
/** "11月30日以降、順次対応", "12月1日より出社", "12月1日后回复": the date the writer is back from. */
const CJK_FROM = new RegExp(
  `(${CJK_DATE})\\s*(?:以降|以後|より|から(?:順次|出社)|に出社|に戻|之后|以后|后|起)`,
  'gu',
);

const BACK =
  /\b(back (in the office |at work |at my desk )?(on|from)|return(ing)?( to the office| to work)?( on)?|reopen(s|ing)?( on)?|(will |i'?ll )?(respond|reply|answer)( properly| in full| in detail| fully)?( to (your|all) (emails?|messages?))?( properly| in full| in detail| fully)? on)\s|\b(will |i'?ll )?(respond|reply|answer|catch up( on (e-?mails?|messages|everything))?)\s(?=(mon|tue|wed|thu|fri)[a-z]*\b)|(вернусь|выйду на работу|выхожу)\s|\bab (dem )?(?=\d{1,2}\.\d{1,2}\.?(\d{2,4})?( [a-zäöüß]+){0,3} wieder\b)|\bback (in the office |at work |at my desk )?(?=(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))/;
/** A day of the month alone ("the 30th", "11-го"): this month's, or next month's if already past. */
const dayAlone = (now: DateTime, day: number) => {
  const d = DateTime.utc(now.year, now.month, day);
  return d.isValid && d < now ? DateTime.utc(now.year, now.month, 1).plus({ months: 1 }).set({ day }) : d;
};

/** The first date after the day the mail arrived; that day itself only when nothing later is named ("sent on 04/01" quotes our mail). */
const earliest = (candidates: DateTime[], now: DateTime) => {
  const sorted = candidates.filter((d) => d.isValid && d >= now).sort((a, b) => a.toMillis() - b.toMillis());
  return sorted.find((d) => d > now) ?? sorted[0];
};

/** Every date `t` states, as return-date candidates (a month alone, "tomorrow", a weekday only when nothing else). */
function datesIn(t: string, now: DateTime): DateTime[] {
  // Day first ("03.12.2026") or month first ("12/14/2026"): where both can be dates, both are
  // candidates and the earliest to come wins, as for a date with no year below ("until
  // 12/02/2026" in November is December 2nd; February 12th 2026 is past).
  const candidates: DateTime[] = fullDatesIn(t);
  // "до 01.12", "back 12/7": no year, only after a word that introduces a date (a bare "9.30" is
  // more often a time). Day first or month first: an absence ends soon, so both are candidates
  // and the earliest to come wins ("back 12/7" in November is December 7th, not July 12th).
  for (const m of t.matchAll(
    /(?:до|по|с|после|until|till|back on|back|return on|returning on|returning|from|ab(?: dem)?|bis(?: zum)?|am|le|au|du|jusqu'au|el|hasta(?: el)?|al|dal|fino al|il|tot|op|do|od)\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2})(?:[./]|\.\s)(\d{1,2})(?![./]?\d)/g,
  )) {
    for (const [day, month] of [
      [Number(m[1]), Number(m[2])],
      [Number(m[2]), Number(m[1])],
    ]) {
      const d = DateTime.utc(now.year, month as number, day as number);
      candidates.push(d.isValid && d < now ? d.plus({ years: 1 }) : d);
    }
  }
  // "14.12. asti" (Finnish), "14.12.'ye kadar" (Turkish): the word that ends the absence comes after.
  for (const m of t.matchAll(
    /(?<![\d.])(\d{1,2})\.(\d{1,2})\.?(?:'?[a-zı]{1,3})?\s+(?:asti|saakka|kadar)(?![a-z])/g,
  )) {
    const d = DateTime.utc(now.year, Number(m[2]), Number(m[1]));
    if (d.isValid) candidates.push(d < now ? d.plus({ years: 1 }) : d);
  }
  // "back on the 30th", "until the 2nd", "through the 27th", "back in the office on the 1st": a
  // day alone is this month's, or next month's if past.
  for (const m of t.matchAll(
    new RegExp(
      `(?:until|till|through|thru|back(?: in the office| at work| at my desk)?(?: on)?|return(?:ing)? on|returning)\\s+(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH_WORD})`,
      'gu',
    ),
  ))
    candidates.push(dayAlone(now, Number(m[1])));
  // "Вернусь 11-го", "выйду 3-го" (the ordinal's ending already dropped): a day alone, as above.
  for (const m of t.matchAll(
    /(?<![а-яё])(?:вернусь|выйду|выхожу|буду на (?:месте|связи))\s+(\d{1,2})(?=\s*(?:[.!,;]|$))/gmu,
  ))
    candidates.push(dayAlone(now, Number(m[1])));
  // "12月1日まで" (Japanese, Chinese), "12월 1일까지" (Korean): month, then day.
  for (const m of t.matchAll(/(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g)) {
    const d = DateTime.utc(now.year, Number(m[1]), Number(m[2]));
    if (d.isValid) candidates.push(d < now ? d.plus({ years: 1 }) : d);
  }
  for (const m of t.matchAll(DAY_FIRST))
    candidates.push(inYearWritten(t, yearless(Number(m[1]), m[2] as string, now)));
  for (const m of t.matchAll(MONTH_FIRST))
    candidates.push(inYearWritten(t, yearless(Number(m[2]), m[1] as string, now)));
  // "on leave until February 2027", "back in January": a month alone is its first day.
  if (!candidates.length) {
    const found = MONTH_ALONE.exec(t)?.groups;
    const month = found && monthOf(found.month as string);
    if (found && month) {
      const d = found.year ? DateTime.utc(Number(found.year), month, 1) : nextMonthStart(now, month);
      // "until mid-January", "до середины января": the 15th, as a follow-up's "mid-January" is;
      // "until the end of January", "до конца января": its last day; "through February": all of it.
      candidates.push(
        found.mid
          ? d.set({ day: 15 })
          : found.end
            ? d.endOf('month').startOf('day')
            : found.through
              ? d.plus({ months: 1 })
              : d,
      );
    }
  }
  // "back tomorrow", "вернусь завтра": the next day.
  if (
    !candidates.length &&
    /(back|return(ing)?|until|till|reply|respond|get back to you|вернусь|до)\s+(tomorrow|завтра)/.test(t)
  )
    candidates.push(now.plus({ days: 1 }));
  // "until Monday", "back Thursday", "will reply Friday" with no date beside it: the next such day
  // after arrival; "until next Wednesday", "back in the office next Monday", "back Wednesday next
  // week", "до следующей среды": that day in the week after this one.
  const weekday = UNTIL_A_WEEKDAY.exec(t);
  if (weekday && !candidates.length) {
    // "Out until Wed.": an abbreviation names its day too (dates.ts).
    const day = nextWeekday(now, weekday[2] as string);
    const nextWeek = weekday[1] || weekday[3];
    candidates.push(nextWeek && day.weekNumber === now.weekNumber ? day.plus({ weeks: 1 }) : day);
  }
  return candidates;
}

/** "until Monday", "back Thursday", "bis Freitag", "до среды": a weekday the writer is back by. */
const UNTIL_A_WEEKDAY = new RegExp(
  String.raw`(?:until|till|through|thru|back (?:in the office|at (?:my|the) desk)(?: on)?|back(?: on)?|returning(?: on)?|return(?: on)?|on|respond|reply|answer|catch up(?: on (?:e-?mails?|messages|everything))?|available(?: again)? from|на связи с|до|в|во|bis(?: einschlie(?:ß|ss)lich)?|jusqu.?(?:à|au)|hasta(?: el)?|fino a|tot(?: en met)?|r[ée]ponse|de retour(?: le)?|zurück(?: am)?|vuelvo(?: el)?|regreso(?: el)?|rientro|torno)\s+(next\s+|следующ[а-я]+\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|${WORKDAYS_ABROAD.join('|')}|понедельника|понедельник|вторника|вторник|среды|среду|среда|четверга|четверг|пятницы|пятницу|пятница|субботы|субботу|воскресенья|воскресенье)(?![a-zа-я])(\s+next week|\s+на следующей неделе)?`,
  'u',
);

// A date in figures may end on a dot of its own: "from 23.11. to 04.12." (German and Nordic style);
// one in words may carry its year: "from 07 Dec 2026 to 11 Dec 2026", "07-Dec-2026 to 11-Dec-2026".
const DATE_EXPR = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+|-)(?:of\\s+)?${MONTH_WORD}(?:-20\\d\\d|,?\\s+20\\d\\d)?|${MONTH_WORD}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+20\\d\\d)?|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{4}|\\.(?!\\d))?)`;
/** "Nov 23–27", "December 1 to 4": a range that names its month once; the return is its end. */
const MONTH_DAYS = new RegExp(
  `${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|to|through|thru)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[./:]\\d)`,
  'gu',
);
const RANGE_START = new RegExp(
  `(?:from\\s+|с\\s+)?${DATE_EXPR}\\s*(?:to|until|till|through|-|–|—|по|до)\\s*(?=${DATE_EXPR})`,
  'gu',
);
