import {
  addBusinessMinutes,
  businessMinutesBetween,
  endOfBusinessDay,
  type WorkCalendar,
} from '../../src/domain/business-time.js';

const berlin: WorkCalendar = {
  timezone: 'Europe/Berlin',
  hours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' },
  holidays: ['2026-12-25'],
};
const at = (iso: string) => new Date(iso);
const local = (d: Date, tz = 'Europe/Berlin') => d.toLocaleString('sv-SE', { timeZone: tz }).slice(0, 16);

describe('business time', () => {
  test('when a 30-minute timebox starts at 17:50 on a Friday, then it is due Monday 09:20', () => {
    // Friday 27 Nov 2026, 17:50 in Berlin (UTC+1).
    expect(local(addBusinessMinutes(at('2026-11-27T16:50:00Z'), 30, berlin))).toBe('2026-11-30 09:20');
  });

  test('when it starts before the working day, then counting begins at the start of hours', () => {
    expect(local(addBusinessMinutes(at('2026-11-24T05:00:00Z'), 120, berlin))).toBe('2026-11-24 11:00');
  });

  test('when a holiday falls in the window, then it is skipped', () => {
    // Thursday 24 Dec 17:30 + 60 min: 30 min that day, Friday 25th is a holiday, the rest Monday.
    expect(local(addBusinessMinutes(at('2026-12-24T16:30:00Z'), 60, berlin))).toBe('2026-12-28 09:30');
  });

  test('when the person works in New York, then their own hours and zone count', () => {
    const ny = { ...berlin, timezone: 'America/New_York' };
    // 17:00 Berlin = 11:00 New York: 2 h later in New York time is 13:00.
    expect(local(addBusinessMinutes(at('2026-11-24T16:00:00Z'), 120, ny), 'America/New_York')).toBe(
      '2026-11-24 13:00',
    );
  });

  test('when clocks change for daylight saving, then working minutes still count right', () => {
    // Friday 27 Mar 2026 17:30 Berlin (UTC+1) + 60 min → Monday 30 Mar 09:30 (UTC+2).
    expect(local(addBusinessMinutes(at('2026-03-27T16:30:00Z'), 60, berlin))).toBe('2026-03-30 09:30');
  });

  test('when the ops timebox is "end of day", then it is today 18:00, or the next morning when under an hour is left', () => {
    expect(local(endOfBusinessDay(at('2026-11-24T10:00:00Z'), berlin))).toBe('2026-11-24 18:00');
    expect(local(endOfBusinessDay(at('2026-11-24T16:30:00Z'), berlin))).toBe('2026-11-25 10:00');
    expect(local(endOfBusinessDay(at('2026-11-27T16:30:00Z'), berlin))).toBe('2026-11-30 10:00');
  });

  test('when counting working minutes between two instants, then nights and weekends do not count', () => {
    expect(businessMinutesBetween(at('2026-11-27T16:50:00Z'), at('2026-11-30T08:20:00Z'), berlin)).toBe(30);
  });
});
