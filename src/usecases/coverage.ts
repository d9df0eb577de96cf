import { DateTime } from 'luxon';
import { addBusinessMinutes, isWorkingTime } from '../domain/business-time.js';
import type { Directory } from '../policy/directory.js';
import type { Member } from '../policy/schema.js';

/** Someone else answers for an owner who cannot now: who, why, and until when. */
export interface Cover {
  member: Member;
  for: Member;
  why: 'away' | 'off hours';
  /** When the owner is back: the start of their next working time. */
  until: Date;
}

/**
 * Coverage for an owner a routing step picked (thread, account, source, sequence): when they are
 * away (policy `away` dates), or outside their hours where the policy says so, their backup
 * answers for now, else their team's lead, else the fallback owner, whoever of them is working.
 * Nobody working either: the owner keeps it and the SLA waits for their hours. Pure: `now` given.
 */
export function coverFor(directory: Directory, ownerId: string, now: Date, vip = false): Cover | undefined {
  const owner = directory.member(ownerId);
  if (!owner) return undefined;
  // A VIP account's reply reaches its owner even outside their hours (away is still covered).
  const offHoursCount = directory.policy.routing.coverOffHours && !vip;
  const away = directory.awayOn(owner, now);
  const offHours = offHoursCount && !isWorkingTime(now, directory.calendarOf(owner));
  if (!away && !offHours) return undefined;
  const working = (m: Member | undefined): m is Member =>
    !!m &&
    m.slack !== owner.slack &&
    !directory.hasLeft(m, now) &&
    !directory.awayOn(m, now) &&
    (!offHoursCount || isWorkingTime(now, directory.calendarOf(m)));
  const candidates = [owner.backup, ...directory.teamOf(owner).leads, directory.policy.roles.fallback].map(
    (id) => (id ? directory.member(id) : undefined),
  );
  const member = candidates.find(working);
  if (!member) return undefined;
  // Back at the start of their first working time after the away days (or after now).
  const from = away
    ? DateTime.fromISO(away.until, { zone: directory.timezoneOf(owner) })
        .plus({ days: 1 })
        .startOf('day')
        .toJSDate()
    : now;
  return {
    member,
    for: owner,
    why: away ? 'away' : 'off hours',
    until: addBusinessMinutes(from, 0, directory.calendarOf(owner)),
  };
}
