import { DateTime } from 'luxon';
import type { ClaimReason } from '../policy/schema.js';
import { minutesToMs } from './duration.js';
import type { Target } from './target.js';

/** Pure claim rules: (state, input, now) → decision. No I/O here. */

export type Verdict = 'clear' | 'warn' | 'blocked';

/** Who holds a key now: enough to explain a conflict. */
export interface Holder {
  owner: string;
  reason: ClaimReason;
  key: string;
  level: 'account' | 'contact';
  claimedAt: Date;
  expiresAt: Date;
}

export interface Situation {
  requester: string;
  target: Target;
  accountHolder?: Holder;
  contactHolder?: Holder;
  contactStatus?: { status: 'bounced' | 'unsubscribed' | 'not_interested'; at: Date; until?: Date };
  /** An open dispute on the account: only its holder may contact it meanwhile. */
  underReview?: { holder: string; since: Date; dueAt: Date };
  hardBlockReasons: readonly ClaimReason[];
  /**
   * What the records say about the contact, claim or no claim: whose sequences run on it and
   * who has its latest reply (within `claims.replyBlock`).
   */
  live?: LiveWork[];
  /** `claims.requireOwner`: nobody may send to a target without an owner. */
  requireOwner?: boolean;
  /**
   * The account's owner in the team's policy (`accounts[].owner`): a permanent claim on the
   * account that never expires, stronger than any account claim stored for someone else.
   */
  standingOwner?: string;
}

/** A live conversation with a contact, from the records. */
export interface LiveWork {
  kind: 'sequence' | 'reply';
  member: string;
  sequence?: string;
  at?: Date;
}

export interface CheckResult {
  verdict: Verdict;
  /** One sentence a rep understands; names are filled in by the view. */
  why:
    | 'yours'
    | 'free'
    | 'contact_suppressed'
    | 'under_review'
    | 'held_hard'
    | 'held_soft'
    | 'live_elsewhere'
    | 'unowned'
    | 'standing_owner';
  holder?: Holder;
  /** The policy's owner of the account, when that is who makes the verdict. */
  standingOwner?: string;
  /** For `live_elsewhere`: the sequence or reply that makes the contact someone else's. */
  live?: LiveWork;
}

/** The account claim that counts: a policy owner's standing makes anyone else's claim void. */
const accountHolderOf = (s: Situation) =>
  s.standingOwner && s.accountHolder?.owner !== s.standingOwner ? undefined : s.accountHolder;

/** The pre-send check: may `requester` write to `target` now? */
export function checkVerdict(s: Situation): CheckResult {
  if (s.contactStatus) return { verdict: 'blocked', why: 'contact_suppressed' };
  if (s.underReview && s.underReview.holder !== s.requester)
    return { verdict: 'blocked', why: 'under_review', holder: s.accountHolder };
  // The policy's owner holds the account for good; only a contact they let someone co-own
  // (a contact claim) is that rep's to write to.
  if (s.standingOwner && s.standingOwner !== s.requester && s.contactHolder?.owner !== s.requester)
    return { verdict: 'blocked', why: 'standing_owner', standingOwner: s.standingOwner };
  const accountHolder = accountHolderOf(s);
  const other = [s.contactHolder, accountHolder].find((h) => h && h.owner !== s.requester);
  // A running sequence or a recent reply is a live conversation: for everyone but its holder's
  // claim, a hard block whatever the claims' reasons say (or with no claim at all).
  const live = s.live?.find((w) => w.member !== s.requester);
  if (other) {
    if (live) return { verdict: 'blocked', why: 'live_elsewhere', holder: other, live };
    return s.hardBlockReasons.includes(other.reason)
      ? { verdict: 'blocked', why: 'held_hard', holder: other }
      : { verdict: 'warn', why: 'held_soft', holder: other };
  }
  const mine = s.target.level === 'contact' ? (s.contactHolder ?? accountHolder) : accountHolder;
  if (mine) return { verdict: 'clear', why: 'yours', holder: mine };
  if (s.standingOwner) return { verdict: 'clear', why: 'yours', standingOwner: s.standingOwner };
  if (live) return { verdict: 'blocked', why: 'live_elsewhere', live };
  return s.requireOwner ? { verdict: 'blocked', why: 'unowned' } : { verdict: 'clear', why: 'free' };
}

export type ClaimDecision =
  | { kind: 'take' } // try the unique insert of the lock
  | { kind: 'already_yours'; holder: Holder }
  | { kind: 'conflict'; check: CheckResult } // someone else holds it: alert
  | { kind: 'suppressed'; check: CheckResult } // bounced or unsubscribed: nobody may
  | { kind: 'under_review'; check: CheckResult } // a dispute is open: only the holder may
  | { kind: 'live_elsewhere'; live: LiveWork } // someone else's sequence or reply, with no claim
  | { kind: 'needs_consent'; accountHolder: Holder } // a contact inside someone else's account
  | { kind: 'standing'; owner: string }; // the account's owner in the policy: nothing to claim

/** What `/claim` should do. One owner per key: a warning still means "not yours". */
export function decideClaim(s: Situation): ClaimDecision {
  const check = checkVerdict(s);
  if (check.why === 'contact_suppressed') return { kind: 'suppressed', check };
  if (check.why === 'under_review') return { kind: 'under_review', check };
  if (check.why === 'live_elsewhere' && !check.holder && check.live)
    return { kind: 'live_elsewhere', live: check.live };
  if (check.why === 'standing_owner' && check.standingOwner)
    return { kind: 'standing', owner: check.standingOwner };
  const accountHolder = accountHolderOf(s);
  const exact = s.target.level === 'contact' ? s.contactHolder : accountHolder;
  if (exact?.owner === s.requester) return { kind: 'already_yours', holder: exact };
  if (exact) return { kind: 'conflict', check: { ...check, holder: exact } };
  if (s.standingOwner) return { kind: 'standing', owner: s.standingOwner };
  if (s.target.level === 'contact' && accountHolder && accountHolder.owner !== s.requester) {
    return { kind: 'needs_consent', accountHolder };
  }
  return { kind: 'take' };
}

export interface ClaimClock {
  activateBy: Date;
  expiresAt: Date;
}

/**
 * A new claim's deadlines: activity within `activation`, end after `expiry` (minutes), or at
 * `until` when that is sooner. A `research` claim is a short look (`research` minutes unless
 * `until` says otherwise) that needs no activity: it simply ends.
 */
export function claimClock(
  now: Date,
  rules: { activation: number; expiry: number; research?: number },
  reason?: ClaimReason,
  until?: Date,
): ClaimClock {
  const longest = new Date(now.getTime() + minutesToMs(rules.expiry));
  const asked =
    reason === 'research' ? (until ?? new Date(now.getTime() + minutesToMs(rules.research ?? 240))) : until;
  const expiresAt = asked && asked < longest ? asked : longest;
  return {
    activateBy: reason === 'research' ? expiresAt : new Date(now.getTime() + minutesToMs(rules.activation)),
    expiresAt,
  };
}

const PROOF_REASONS: readonly ClaimReason[] = ['meeting_booked', 'open_deal'];

export type ExtendDecision =
  | { kind: 'extend'; expiresAt: Date }
  | { kind: 'needs_note' }
  | { kind: 'needs_proof'; idleDays: number };

/**
 * Extending needs a one-line note; a claim idle for `stale` minutes needs proof (a meeting
 * or an open deal) so that claims cannot become parking lots.
 */
export function decideExtend(
  claim: { reason: ClaimReason; claimedAt: Date; lastActivityAt?: Date },
  note: string,
  now: Date,
  rules: { expiry: number; stale: number },
): ExtendDecision {
  if (!note.trim()) return { kind: 'needs_note' };
  const idleMs = now.getTime() - (claim.lastActivityAt ?? claim.claimedAt).getTime();
  if (idleMs >= minutesToMs(rules.stale) && !PROOF_REASONS.includes(claim.reason)) {
    return { kind: 'needs_proof', idleDays: Math.floor(idleMs / 86_400_000) };
  }
  return { kind: 'extend', expiresAt: new Date(now.getTime() + minutesToMs(rules.expiry)) };
}

export type ClockEvent = 'lapse' | 'expire' | 'expiry_warning';

/** What the sweep job must do to an active claim at `now`, if anything. */
export function dueClockEvent(
  claim: { activateBy: Date; activatedAt?: Date; expiresAt: Date; warnedFor?: Date; claimedAt?: Date },
  now: Date,
  warnBeforeMs = 24 * 3_600_000,
): ClockEvent | undefined {
  if (now >= claim.expiresAt) return 'expire';
  if (!claim.activatedAt && now >= claim.activateBy) return 'lapse';
  // A claim meant to last a day or less (a research look) ends without a warning.
  if (claim.claimedAt && claim.expiresAt.getTime() - claim.claimedAt.getTime() <= warnBeforeMs)
    return undefined;
  const warned = claim.warnedFor?.getTime() === claim.expiresAt.getTime();
  if (!warned && now.getTime() >= claim.expiresAt.getTime() - warnBeforeMs) return 'expiry_warning';
  return undefined;
}

/**
 * A shorter expiry picked in the claim modal: the end of that day in the rep's time zone,
 * from tomorrow up to the policy's default expiry (a claim cannot be longer than the rules).
 */
export function requestedExpiry(
  isoDate: string,
  now: Date,
  timezone: string,
  rules: { expiry: number },
): { expiresAt: Date } | { problem: string } {
  const latest = new Date(now.getTime() + minutesToMs(rules.expiry));
  const day = DateTime.fromISO(isoDate, { zone: timezone });
  const tomorrow = DateTime.fromJSDate(now, { zone: timezone }).plus({ days: 1 }).startOf('day');
  const lastDay = DateTime.fromJSDate(latest, { zone: timezone }).startOf('day');
  if (!day.isValid || day < tomorrow || day > lastDay) {
    return { problem: `Pick a date from ${tomorrow.toFormat('d LLL')} to ${lastDay.toFormat('d LLL')}.` };
  }
  const endOfDay = day.endOf('day').toJSDate();
  return { expiresAt: endOfDay < latest ? endOfDay : latest };
}
