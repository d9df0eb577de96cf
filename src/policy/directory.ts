import type { WorkCalendar } from '../domain/business-time.js';
import type { Account, Member, Policy, Team } from './schema.js';

/** Who is who, answered from the policy file. */
export class Directory {
  private readonly bySlack: Map<string, Member>;
  private readonly byEmail: Map<string, Member>;

  private readonly accountByDomain: Map<string, Account>;
  private readonly accountByName: Map<string, Account>;

  constructor(readonly policy: Policy) {
    this.bySlack = new Map(policy.members.map((m) => [m.slack, m]));
    this.byEmail = new Map(policy.members.map((m) => [m.email, m]));
    this.accountByDomain = new Map(policy.accounts.flatMap((a) => a.domains.map((d) => [d, a] as const)));
    this.accountByName = new Map(policy.accounts.map((a) => [a.name.toLowerCase(), a]));
  }

  /** Resolves names and alias domains of known accounts to the primary domain (the lock key). */
  readonly accounts = {
    byName: (name: string) => this.accountByName.get(name.toLowerCase())?.domains[0],
    primaryDomain: (domain: string) => this.accountByDomain.get(domain)?.domains[0] ?? domain,
    /** The policy's record of an account (segment, territory), if it lists one. */
    of: (domain: string): Account | undefined => this.accountByDomain.get(domain),
  };

  member(slackId: string): Member | undefined {
    return this.bySlack.get(slackId);
  }

  memberByEmail(email: string): Member | undefined {
    return this.byEmail.get(email.toLowerCase());
  }

  teamOf(member: Member): Team {
    const team = this.policy.teams.find((t) => t.id === member.team);
    // loadPolicy checks every member's team exists, so this is a programming error.
    if (!team) throw new Error(`member ${member.slack} has no team ${member.team}`);
    return team;
  }

  /** A member's name for messages; the raw id for someone no longer in the policy. */
  readonly nameOf = (slackId: string): string => this.bySlack.get(slackId)?.name ?? slackId;

  timezoneOf(member: Member): string {
    return member.timezone ?? this.policy.timezone;
  }

  /** The member's working calendar, for timeboxes and SLAs counted in business time. */
  calendarOf(member: Member): WorkCalendar {
    return {
      timezone: this.timezoneOf(member),
      hours: member.hours ?? this.policy.hours,
      holidays: this.policy.holidays,
    };
  }

  /** Who to ask when someone is not in the policy: the leads, by name. */
  adminsText(): string {
    const leads = this.policy.members.filter((m) => m.roles.includes('lead') || m.roles.includes('ops'));
    return leads.map((m) => m.name).join(', ') || 'your team lead';
  }
}
