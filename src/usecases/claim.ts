import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import { type CheckResult, claimClock, decideClaim } from '../domain/claim-rules.js';
import type { Target } from '../domain/target.js';
import { isDuplicateKey } from '../errors.js';
import type { ClaimReason, Member } from '../policy/schema.js';
import { recordAudit } from '../store/audit.js';
import { type Claim, claimLockModel, claimModel, contactClaimsIn, liveClaim } from '../store/claims.js';
import type { ConflictAlert } from '../store/conflicts.js';
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
}

export type ClaimOutcome =
  | { kind: 'claimed'; claim: Claim; contactsOfOthers: Claim[] }
  | { kind: 'already_yours'; claim: Claim }
  | { kind: 'conflict'; check: CheckResult; holderClaim: Claim; alert: ConflictAlert }
  | { kind: 'suppressed'; status: 'bounced' | 'unsubscribed'; at: Date }
  | { kind: 'under_review'; holder: string; since: Date; dueAt: Date }
  | { kind: 'consent_requested'; accountClaim: Claim };

/**
 * `/claim`: validate → load state → pure decision → unique insert of the lock → audit →
 * notify. Two reps racing for one key: the lock's unique `_id` picks exactly one winner.
 */
export async function claimTarget(deps: Deps, req: ClaimRequest): Promise<ClaimOutcome> {
  const now = deps.clock.now();
  const loaded = await loadSituation(deps, req.member.slack, req.target);
  const decision = decideClaim(loaded.situation);
  switch (decision.kind) {
    case 'suppressed': {
      const status = loaded.situation.contactStatus as { status: 'bounced' | 'unsubscribed'; at: Date };
      return { kind: 'suppressed', ...status };
    }
    case 'under_review': {
      const review = loaded.situation.underReview as { holder: string; since: Date; dueAt: Date };
      return { kind: 'under_review', ...review };
    }
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
    case 'take':
      return takeClaim(deps, req, now);
  }
}

/** Inserts the claim, then its lock. Losing the lock race turns into the conflict path. */
export async function takeClaim(deps: Deps, req: ClaimRequest, now: Date): Promise<ClaimOutcome> {
  const { target, member } = req;
  const clock = claimClock(now, deps.directory.policy.claims);
  if (req.expiresAt && req.expiresAt < clock.expiresAt) clock.expiresAt = req.expiresAt;
  const claim: Claim = {
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
  };
  // The claim document first, so a lock never points at nothing; the lock decides.
  await claimModel(deps.db).create(claim);
  try {
    await claimLockModel(deps.db).create({
      _id: target.key,
      claimId: claim._id,
      owner: member.slack,
      since: now,
    });
  } catch (e) {
    await claimModel(deps.db).deleteOne({ _id: claim._id });
    if (!isDuplicateKey(e)) throw e;
    // Someone else won the race a moment ago: treat it exactly like a claim that was there.
    const winner = await liveClaim(deps.db, target.key);
    if (!winner) throw e;
    if (winner.owner === member.slack) return { kind: 'already_yours', claim: winner };
    return claimTarget(deps, req);
  }
  await recordAudit(deps.db, {
    kind: 'claim',
    claimId: claim._id,
    key: claim.key,
    actor: member.slack,
    after: { owner: claim.owner, reason: claim.reason, expiresAt: claim.expiresAt },
    reason: req.note || undefined,
    at: now,
  });
  const contactsOfOthers =
    target.level === 'account'
      ? (await contactClaimsIn(deps.db, target.domain)).filter((c) => c.owner !== member.slack)
      : [];
  return { kind: 'claimed', claim, contactsOfOthers };
}
