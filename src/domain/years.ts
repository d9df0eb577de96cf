import { DateTime } from 'luxon';
import { MONTH_WORD, monthOf } from './dates.js';

/**
 * Years a reply names: a later year alone ("after 2027", a follow-up's), or written beside a month,
 * a day or a quarter (a follow-up's or a return date's).
 */

/**
 * "when that's up in 2028", "после 2027": a later year is its first day (after it: the next one's).
 * "until the end of 2027", "до конца 2027 года", "bis Ende 2027", "hasta finales de 2027": over when
 * that year is; "by the end of 2027": its December. "Maybe 2028.", "2028 at the earliest": a later
 * year standing alone says it too.
 */
export function laterYear(s: string, now: DateTime): DateTime | undefined {
  const year =
    /(?<![a-zа-я])(in|until|till|through|by|after|в|до|после|bis|jusqu'(?:à|en|au)|hasta|fino (?:a|al)|até|tot)\s+(the end of |end of |конца |ende |fin |finales de |fine |final de |o fim de |eind )?(20\d\d)\b/.exec(
      s,
    );
  if (year && Number(year[3]) >= now.year + (year[2] ? 0 : 1)) {
    const y = Number(year[3]);
    if (year[2])
      return /^(in|by|в)$/.test(year[1] as string) ? DateTime.utc(y, 12, 1) : DateTime.utc(y + 1, 1, 1);
    return DateTime.utc(y + (year[1] === 'after' || year[1] === 'после' ? 1 : 0), 1, 1);
  }
  // "until mid-2027", "early 2028", "в середине 2027 года": the part of the year named (its middle is July).
  const part =
    /(?<![a-zа-я])(early|the start of|start of|the beginning of|beginning of|mid|the middle of|middle of|late|начале|середине|конце)[\s-]+(20\d\d)(?!\d)/.exec(
      s,
    );
  if (part && Number(part[2]) > now.year) {
    const m = /mid|middle|середин/.test(part[1] as string)
      ? 7
      : /late|конце/.test(part[1] as string)
        ? 10
        : 1;
    return DateTime.utc(Number(part[2]), m, 1);
  }
  // Alone: at a sentence's start or after "maybe", "try again", and ending it ("our 2028 budget" is not).
  const alone =
    /(?:^|[.!?;:,]\s*|\b(?:maybe|perhaps|probably|possibly|try (?:again|us|me)|может(?:\s+быть)?|возможно)\s+)(20\d\d)(?=\s*(?:$|[.!?;,)]|at the earliest|or later|не раньше))/.exec(
      s,
    );
  if (alone && Number(alone[1]) > now.year) return DateTime.utc(Number(alone[1]), 1, 1);
  return undefined;
}

/** A year written after a month or a quarter: "until March 2028", "Q3 2028", "в марте 2028 года". */
const YEAR_WRITTEN = new RegExp(
  `(?:${MONTH_WORD}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|\\bq([1-4]))[\\s,.]*(?:of\\s+)?(20\\d\\d)(?!\\d)`,
  'gu',
);

/**
 * The date read, in the year the reply writes beside that month or quarter when it is a later one
 * than the next to come ("Ping me in March, 2028" is not next March).
 */
export function inYearWritten<D extends DateTime | undefined>(text: string, d: D): D {
  // No year, nothing to read: the month names are tried at every character, costly in a long reply.
  if (!d || !/20\d\d/.test(text)) return d;
  for (const m of text.matchAll(YEAR_WRITTEN)) {
    const month = m[1] ? monthOf(m[1]) : (Number(m[2]) - 1) * 3 + 1;
    const year = Number(m[3]);
    // The month itself, or the one after it ("after March 2028", "until the end of March 2028").
    const at = [0, 1]
      .map((after) => DateTime.utc(year, month as number, 1).plus({ months: after }))
      .find((x) => x.month === d.month);
    if (at && at.year > d.year) return at.set({ day: d.day }) as D;
  }
  return d;
}
