import type { Deps } from '../deps.js';
import { decideExtend } from '../domain/claim-rules.js';
import { AppError, badInput } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { type AuditKind, recordAudit } from '../store/audit.js';
import { type NextClaim, writeEnding } from '../store/claim-changes.js';
import { type Claim, type ClaimStatus, claimById, claimModel } from '../store/claims.js';

const endStatus = {
  release: 'released',
  lapse: 'lapsed',
  expire: 'expired',
  transfer: 'transferred',
} as const satisfies Partial<Record<AuditKind, ClaimStatus>>;

/**
 * Ends a claim exactly once, whoever gets there first (the owner's Release, the sweep job's
 * lapse or expiry, a second instance): the audit event keyed `<claim>:end` is the decision.
 * A handover names the `next` claim, which takes the key in the same change.
 */
export async function endClaim(
  deps: Deps,
  claim: Claim,
  kind: keyof typeof endStatus,
  actor: string,
  more: { reason?: string; next?: NextClaim; announce?: () => Promise<void> } = {},
): Promise<boolean> {
  const ending = {
    kind,
    claimId: claim._id,
    key: claim.key,
    actor,
    before: { status: claim.status, owner: claim.owner },
    after: { status: endStatus[kind] },
    reason: more.reason,
    at: deps.clock.now(),
  };
  return writeEnding(deps.db, claim, ending, more.next, more.announce);
}

/** The owner's own claim by id, or a clear error for a stale button or someone else's claim. */
export async function ownClaim(deps: Deps, member: Member, claimId: string): Promise<Claim> {
  const claim = await claimById(deps.db, claimId);
  if (!claim) throw new AppError('stale_action', 'That claim no longer exists.');
  if (claim.owner !== member.slack) throw new AppError('not_allowed', 'That claim is not yours.');
  return claim;
}

export type ReleaseOutcome = { kind: 'released'; claim: Claim } | { kind: 'already_ended'; claim: Claim };

export async function releaseClaim(
  deps: Deps,
  member: Member,
  claim: Claim,
  note?: string,
): Promise<ReleaseOutcome> {
  if (claim.owner !== member.slack) throw new AppError('not_allowed', 'That claim is not yours to release.');
  if (claim.status !== 'active') return { kind: 'already_ended', claim };
  const ended = await endClaim(deps, claim, 'release', member.slack, { reason: note });
  return ended
    ? { kind: 'released', claim }
    : { kind: 'already_ended', claim: (await claimById(deps.db, claim._id.toHexString())) ?? claim };
}

/** Extend by the policy's expiry from now; a note is required, and proof when the claim is stale. */
export async function extendClaim(deps: Deps, member: Member, claimId: string, note: string): Promise<Claim> {
  const claim = await ownClaim(deps, member, claimId);
  if (claim.status !== 'active')
    throw new AppError(
      'stale_action',
      `Your claim on ${claim.email ?? claim.domain} has already ended (${claim.status}).`,
    );
  const now = deps.clock.now();
  const decision = decideExtend(claim, note, now, deps.directory.policy.claims);
  if (decision.kind === 'needs_note') throw badInput('Say in one line why the claim is still live.');
  if (decision.kind === 'needs_proof') {
    throw badInput(
      `No activity for ${decision.idleDays} days: extending needs proof. Log a meeting, or claim with reason meeting_booked or open_deal.`,
    );
  }
  await claimModel(deps.db).updateOne(
    { _id: claim._id, status: 'active' },
    { $set: { expiresAt: decision.expiresAt } },
  );
  await recordAudit(deps.db, {
    kind: 'extend',
    claimId: claim._id,
    key: claim.key,
    actor: member.slack,
    before: { expiresAt: claim.expiresAt },
    after: { expiresAt: decision.expiresAt },
    reason: note,
    at: now,
  });
  return { ...claim, expiresAt: decision.expiresAt };
}
