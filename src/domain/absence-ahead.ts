import { DAY_FIRST_ONE, MONTH_FIRST_ONE, MONTH_WORD, utcDay, yearless } from './dates.js';

const DAY_MONTH = `\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?${MONTH_WORD}`;
const MONTH_DAY = `${MONTH_WORD}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?`;
/** The first day of a stated absence: "from Dec 24", "between 3 and…", "Dec 24 – Jan 2", "24 December to 2 January". */
const STARTS = new RegExp(
  `\\b(?:from|starting|beginning|between)\\s+(?:${DAY_MONTH}|${MONTH_DAY})|(?:${DAY_MONTH}|${MONTH_DAY})\\s*(?:–|—|-|to|through|thru|until|till)\\s*(?:\\d|${MONTH_WORD})`,
  'u',
);

/**
 * An absence still ahead: "Out of office Dec 24 – Jan 2" under a signature, "I'll be away from
 * 14 December". An absence note is sent while its writer is away, so one whose first day is
 * later than tomorrow is a plan the writer tells us, not a note (a header still makes it one).
 */
export function absenceAhead(text: string, receivedAt: Date): boolean {
  const range = STARTS.exec(text)?.[0];
  if (!range) return false;
  const now = utcDay(receivedAt);
  const monthFirst = MONTH_FIRST_ONE.exec(range);
  const dayFirst = DAY_FIRST_ONE.exec(range);
  const first =
    monthFirst && (!dayFirst || monthFirst.index <= dayFirst.index)
      ? yearless(Number(monthFirst[2]), monthFirst[1] as string, now)
      : dayFirst && yearless(Number(dayFirst[1]), dayFirst[2] as string, now);
  return !!first && first.isValid && first > now.plus({ days: 1 });
}
