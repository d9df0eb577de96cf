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

  /** A subsidiary's top parent (policy load rejects cycles), or the account itself. */
  private root(account: Account | undefined): Account | undefined {
    let a = account;
    for (let i = 0; a?.parent && i < this.policy.accounts.length; i++)
      a = this.accountByName.get(a.parent.toLowerCase()) ?? a;
    return a;
  }

  /**
   * Resolves names, alias domains and subsidiaries of known accounts to the primary domain of
   * the top account (the lock key): a subsidiary routes and locks with its parent.
   */
  readonly accounts = {
    byName: (name: string) => this.root(this.accountByName.get(name.toLowerCase()))?.domains[0],
    primaryDomain: (domain: string) => this.root(this.accountByDomain.get(domain))?.domains[0] ?? domain,
    /** The policy's record of an account (the top one for a subsidiary), if it lists one. */
    of: (domain: string): Account | undefined => this.root(this.accountByDomain.get(domain)),
    /**
     * The account a mail names when its sender's domain says nothing (gmail.com): a CRM id
     * anywhere in `body`, else an account's name (whole words) in `own` text (the reply and
     * signature, not the quoted pitch, which may name other customers).
     */
    mentionedIn: (own: string, body: string): string | undefined => {
      const byId = this.policy.accounts.find((a) => a.crmId && body.includes(a.crmId));
      const named = (a: Account) =>
        a.name.length >= 4 &&
        new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(a.name)}($|[^\\p{L}\\p{N}])`, 'iu').test(own);
      return this.root(byId ?? this.policy.accounts.find(named))?.domains[0];
    },
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

  /** Gone from the team: marked `left` on or before `now`'s date (someone not in the file at all is gone too). */
  hasLeft(member: Member | undefined, now: Date): boolean {
    return !member || (!!member.left && member.left <= now.toISOString().slice(0, 10));
  }

  /** The `away` period `now`'s date falls in (dated like `left`), if any. */
  awayOn(member: Member, now: Date): Member['away'][number] | undefined {
    const day = now.toISOString().slice(0, 10);
    return member.away.find((a) => a.from <= day && day <= a.until);
  }

  /** The Slack ids of everyone still on the team. */
  activeIds(now: Date): string[] {
    return this.policy.members.filter((m) => !this.hasLeft(m, now)).map((m) => m.slack);
  }

  /** A member's name for messages; the raw id for someone no longer in the policy. */
  readonly nameOf = (slackId: string): string => this.bySlack.get(slackId)?.name ?? slackId;

  timezoneOf(member: Member): string {
    return member.timezone ?? this.policy.timezone;
  }

  /** RevOps' time zone (the first ops member's, else the policy's): weekly posts run in it. */
  opsTimezone(): string {
    const ops = this.policy.members.find((m) => m.roles.includes('ops'));
    return ops ? this.timezoneOf(ops) : this.policy.timezone;
  }

  /** RevOps' working calendar (the first ops member's hours, else the policy's). */
  opsCalendar(): WorkCalendar {
    const ops = this.policy.members.find((m) => m.roles.includes('ops'));
    return ops
      ? this.calendarOf(ops)
      : { timezone: this.policy.timezone, hours: this.policy.hours, holidays: this.policy.holidays };
  }

  /** The member's working calendar, for timeboxes and SLAs counted in business time. */
  calendarOf(member: Member): WorkCalendar {
    return {
      timezone: this.timezoneOf(member),
      hours: member.hours ?? this.policy.hours,
      holidays: this.policy.holidays,
    };
  }

  /** A sequence name the policy does not know, when it lists its sequences (else every name is fine). */
  unknownSequence(name: string | undefined): boolean {
    const known = this.policy.sequences;
    return !!name && known.length > 0 && !known.some((s) => s.toLowerCase() === name.toLowerCase());
  }

  /** Who to ask when someone is not in the policy: the leads, by name. */
  adminsText(): string {
    const leads = this.policy.members.filter((m) => m.roles.includes('lead') || m.roles.includes('ops'));
    return leads.map((m) => m.name).join(', ') || 'your team lead';
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
