import { DateTime } from 'luxon';
import type { Hours } from '../policy/schema.js';
import { weekdays } from '../policy/schema.js';

/** Someone's working calendar: their hours and time zone, and the policy's holidays. */
export interface WorkCalendar {
  timezone: string;
  hours: Hours;
  holidays: readonly string[]; // ISO dates, local to the person
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function isWorkingDay(day: DateTime, cal: WorkCalendar): boolean {
  const name = weekdays[day.weekday - 1] as (typeof weekdays)[number];
  return cal.hours.days.includes(name) && !cal.holidays.includes(day.toISODate() ?? '');
}

/** Start and end of the working window on `day`, or undefined on days off. */
function windowOn(day: DateTime, cal: WorkCalendar): { start: DateTime; end: DateTime } | undefined {
  if (!isWorkingDay(day, cal)) return undefined;
  const midnight = day.startOf('day');
  return {
    start: midnight.plus({ minutes: minutesOf(cal.hours.start) }),
    end: midnight.plus({ minutes: minutesOf(cal.hours.end) }),
  };
}

const MAX_DAYS_SCANNED = 366;

/**
 * `now` plus `minutes` of working time in `cal`: time outside working hours, on weekends
 * and on holidays does not count. A conflict at 17:50 on a Friday with 30 minutes is due
 * Monday 09:20. Pure: `now` is an argument.
 */
export function addBusinessMinutes(now: Date, minutes: number, cal: WorkCalendar): Date {
  let cursor = DateTime.fromJSDate(now, { zone: cal.timezone });
  let left = minutes;
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    const win = windowOn(cursor, cal);
    if (win && cursor < win.end) {
      const from = cursor < win.start ? win.start : cursor;
      const available = win.end.diff(from, 'minutes').minutes;
      if (left <= available) return from.plus({ minutes: left }).toJSDate();
      left -= available;
    }
    cursor = cursor.plus({ days: 1 }).startOf('day');
  }
  throw new Error('no working time within a year: check the policy hours and holidays');
}

/**
 * The end of the working day: today's end when at least `minLeftMinutes` of it remain,
 * otherwise the next working day's start plus that margin ("next business morning").
 */
export function endOfBusinessDay(now: Date, cal: WorkCalendar, minLeftMinutes = 60): Date {
  let cursor = DateTime.fromJSDate(now, { zone: cal.timezone });
  const today = windowOn(cursor, cal);
  if (today && cursor >= today.start && today.end.diff(cursor, 'minutes').minutes >= minLeftMinutes)
    return today.end.toJSDate();
  if (today && cursor < today.start) return today.end.toJSDate();
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    cursor = cursor.plus({ days: 1 }).startOf('day');
    const next = windowOn(cursor, cal);
    if (next) return next.start.plus({ minutes: minLeftMinutes }).toJSDate();
  }
  throw new Error('no working day within a year: check the policy hours and holidays');
}

/** Working minutes between two instants (for "due in 1 h 52 min" in working time). */
export function businessMinutesBetween(from: Date, to: Date, cal: WorkCalendar): number {
  if (to <= from) return 0;
  let cursor = DateTime.fromJSDate(from, { zone: cal.timezone });
  const end = DateTime.fromJSDate(to, { zone: cal.timezone });
  let total = 0;
  for (let i = 0; i < MAX_DAYS_SCANNED * 5 && cursor < end; i++) {
    const win = windowOn(cursor, cal);
    if (win) {
      const a = cursor < win.start ? win.start : cursor;
      const b = end < win.end ? end : win.end;
      if (b > a) total += b.diff(a, 'minutes').minutes;
    }
    cursor = cursor.plus({ days: 1 }).startOf('day');
  }
  return Math.round(total);
}

/** Whether `now` falls inside the person's working hours (a round-robin pick skips them if not). */
export function isWorkingTime(now: Date, cal: WorkCalendar): boolean {
  const local = DateTime.fromJSDate(now, { zone: cal.timezone });
  const w = windowOn(local, cal);
  return !!w && local >= w.start && local < w.end;
}
