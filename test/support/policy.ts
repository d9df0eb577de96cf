import { parsePolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/schema.js';

/** A small, fixed team for tests: two reps per team, a lead each, an ops person. */
export const people = {
  sam: 'U01SAM',
  maya: 'U02MAYA',
  john: 'U03JOHN',
  priya: 'U04PRIYA',
  lea: 'U08LEA',
  tom: 'U09TOM',
  rita: 'U07RITA',
  stranger: 'U99NOBODY',
} as const;

export function testPolicy(overrides: Record<string, unknown> = {}): Policy {
  return parsePolicy({
    timezone: 'Europe/Berlin',
    hours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' },
    holidays: ['2026-12-25'],
    members: [
      {
        slack: people.sam,
        name: 'Sam Ortiz',
        email: 'sam@ourco.io',
        roles: ['rep'],
        team: 'east',
        territory: 'west',
        timezone: 'America/New_York',
        backup: people.maya,
      },
      {
        slack: people.maya,
        name: 'Maya Klein',
        email: 'maya@ourco.io',
        roles: ['rep'],
        team: 'east',
        territory: 'dach',
        backup: people.sam,
      },
      {
        slack: people.john,
        name: 'John Reed',
        email: 'john@ourco.io',
        roles: ['rep'],
        team: 'west',
        territory: 'west',
      },
      {
        slack: people.priya,
        name: 'Priya Nair',
        email: 'priya@ourco.io',
        roles: ['rep'],
        team: 'west',
        territory: 'uk',
      },
      { slack: people.lea, name: 'Lea Brandt', email: 'lea@ourco.io', roles: ['lead'], team: 'east' },
      { slack: people.tom, name: 'Tom Hale', email: 'tom@ourco.io', roles: ['lead'], team: 'west' },
      { slack: people.rita, name: 'Rita Vogel', email: 'rita@ourco.io', roles: ['ops'], team: 'east' },
    ],
    teams: [
      { id: 'east', leads: [people.lea], channel: 'C01EASTLEADS' },
      { id: 'west', leads: [people.tom], channel: 'C02WESTLEADS' },
    ],
    channels: { ops: 'C03REVOPS', triage: 'C04TRIAGE' },
    roles: { compliance: people.rita, fallback: people.lea },
    // Tests run at any hour of the real clock: off-hours cover would route by the time of day.
    // The coverage tests set a clock and turn it on.
    routing: { coverOffHours: false },
    ...overrides,
  });
}
