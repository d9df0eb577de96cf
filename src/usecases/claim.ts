import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import { type CheckResult, claimClock, decideClaim, type LiveWork } from '../domain/claim-rules.js';
import type { Target } from '../domain/target.js';
import type { ClaimReason, Member } from '../policy/schema.js';
import { writeNewClaim } from '../store/claim-changes.js';
import { type Claim, liveClaim } from '../store/claims.js';
import type { ConflictAlert } from '../store/conflicts.js';
import type { ContactStatus } from '../store/contacts.js';
import { raiseConflict } from './conflict.js';
import { requestContactConsent } from './consent.js';
import { loadSituation } from './situation.js';

export interface ClaimRequest {
  member: Member;
  target: Target;
  reason: ClaimReason;
  note: string;
  /** A shorter expiry than the policy's (from the claim modal), already validated. */
  expiresAt?: Date;
  /**
   * Taken by the app, not typed: from a record (an outbound, a routed reply: `auto_claim`, with
   * when that work happened) or inherited from someone who left (`handover`).
   */
  automatic?: { why: string; at?: Date; kind?: 'auto_claim' | 'handover' };
}

export type ClaimOutcome =
  | { kind: 'claimed'; claim: Claim; contactsOfOthers: Claim[] }
  | { kind: 'already_yours'; claim: Claim }
  | { kind: 'conflict'; check: CheckResult; holderClaim: Claim; alert: ConflictAlert }
  | { kind: 'suppressed'; status: ContactStatus; at: Date; until?: Date }
  | { kind: 'under_review'; holder: string; since: Date; dueAt: Date }
  | { kind: 'live_elsewhere'; live: LiveWork }
  | { kind: 'consent_requested'; accountClaim: Claim }
  /** The account's owner in the policy holds it for good: `yours` when that is the requester. */
  | { kind: 'standing_owner'; owner: string; domain: string; yours: boolean };

/**
 * `/claim`: validate → load state → pure decision → unique insert of the lock → audit →
 * notify. Two reps racing for one key: the lock's unique `_id` picks exactly one winner.
 */
export async function claimTarget(deps: Deps, req: ClaimRequest, holder?: Claim): Promise<ClaimOutcome> {
  const now = deps.clock.now();
  const loaded = await loadSituation(deps, req.member.slack, req.target, holder);
  const decision = decideClaim(loaded.situation);
  switch (decision.kind) {
    case 'suppressed': {
      const status = loaded.situation.contactStatus as { status: ContactStatus; at: Date; until?: Date };
      return { kind: 'suppressed', ...status };
    }
    case 'under_review': {
      const review = loaded.situation.underReview as { holder: string; since: Date; dueAt: Date };
      return { kind: 'under_review', ...review };
    }
    case 'live_elsewhere':
      return { kind: 'live_elsewhere', live: decision.live };
    case 'already_yours':
      return { kind: 'already_yours', claim: (loaded.contactClaim ?? loaded.accountClaim) as Claim };
    case 'conflict': {
      const holderClaim = (
        req.target.level === 'contact' ? loaded.contactClaim : loaded.accountClaim
      ) as Claim;
      const alert = await raiseConflict(deps, {
        challenger: req.member,
        holderClaim,
        target: req.target,
        trigger: 'claim',
      });
      return { kind: 'conflict', check: decision.check, holderClaim, alert };
    }
    case 'needs_consent': {
      const accountClaim = loaded.accountClaim as Claim;
      await requestContactConsent(deps, {
        requester: req.member,
        target: req.target,
        accountClaim,
        reason: req.reason,
        note: req.note,
      });
      return { kind: 'consent_requested', accountClaim };
    }
    case 'standing':
      return {
        kind: 'standing_owner',
        owner: decision.owner,
        domain: req.target.domain,
        yours: decision.owner === req.member.slack,
      };
    case 'take':
      return takeClaim(deps, req, now, loaded.contactClaims ?? []);
  }
}

/**
 * Takes the lock with the claim in it. Losing the lock race turns into the conflict path.
 * `contactClaims`: the account's live contact claims, read with the decision (an account claim
 * warns about those of others).
 */
export async function takeClaim(
  deps: Deps,
  req: ClaimRequest,
  now: Date,
  contactClaims: Claim[] = [],
): Promise<ClaimOutcome> {
  const { target, member } = req;
  const claim = newClaim(deps, req, now);
  // The lock decides and carries the claim (intent first): a crash after it loses nothing.
  const taken = await writeNewClaim(deps.db, { claim, audit: claimEntry(claim, req, now) });
  if (!taken) {
    // Someone else won the race a moment ago: treat it exactly like a claim that was there.
    const winner = await liveClaim(deps.db, target.key);
    if (winner?.owner === member.slack) return { kind: 'already_yours', claim: winner };
    return claimTarget(deps, req, winner);
  }
  const contactsOfOthers = contactClaims.filter((c) => c.owner !== member.slack);
  return { kind: 'claimed', claim, contactsOfOthers };
}

/** The claim a request makes, with the policy's clock (or the shorter expiry asked for). */
export function newClaim(deps: Pick<Deps, 'directory'>, req: ClaimRequest, now: Date): Claim {
  const { target, member } = req;
  const clock = claimClock(now, deps.directory.policy.claims, req.reason, req.expiresAt);
  return {
    _id: new Types.ObjectId(),
    key: target.key,
    level: target.level,
    domain: target.domain,
    email: target.level === 'contact' ? target.email : undefined,
    owner: member.slack,
    reason: req.reason,
    note: req.note,
    status: 'active',
    claimedAt: now,
    ...clock,
    // The record that made it is its first activity.
    ...(req.automatic?.at ? { activatedAt: req.automatic.at, lastActivityAt: req.automatic.at } : {}),
  };
}

/** The audit entry of a new claim: typed, taken by the app, or inherited. */
export function claimEntry(
  claim: Claim,
  req: Pick<ClaimRequest, 'member' | 'note' | 'automatic'>,
  now: Date,
) {
  return {
    kind: req.automatic ? (req.automatic.kind ?? 'auto_claim') : 'claim',
    claimId: claim._id,
    key: claim.key,
    actor: req.automatic ? 'system' : req.member.slack,
    after: { owner: claim.owner, reason: claim.reason, expiresAt: claim.expiresAt },
    reason: req.automatic?.why ?? (req.note || undefined),
    at: now,
  } as const;
}
