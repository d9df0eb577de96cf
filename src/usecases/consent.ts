import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import type { Target } from '../domain/target.js';
import { AppError } from '../errors.js';
import type { ClaimReason, Member } from '../policy/schema.js';
import type { Claim } from '../store/claims.js';
import { consentById, consentModel } from '../store/consents.js';
import { decideOnce } from '../store/once.js';
import { consentRequestMessage } from '../views/consent.js';
import { type ClaimOutcome, takeClaim } from './claim.js';
import { notify } from './notify.js';

export interface ConsentInput {
  requester: Member;
  target: Target;
  accountClaim: Claim;
  reason: ClaimReason;
  note: string;
}

/** A contact inside someone else's account: the owner decides, by DM with Approve / Decline. */
export async function requestContactConsent(deps: Deps, input: ConsentInput): Promise<void> {
  if (input.target.level !== 'contact') return;
  const now = deps.clock.now();
  const id = new Types.ObjectId();
  const once = await decideOnce(
    deps.db,
    `consent:${input.accountClaim._id.toHexString()}:${input.target.email}:${input.requester.slack}`,
    {
      by: input.requester.slack,
      outcome: id.toHexString(),
      at: now,
    },
  );
  if (!once.first) return; // already asked: the owner has the DM
  await consentModel(deps.db).create({
    _id: id,
    email: input.target.email,
    domain: input.target.domain,
    requester: input.requester.slack,
    accountOwner: input.accountClaim.owner,
    accountClaimId: input.accountClaim._id,
    reason: input.reason,
    note: input.note,
    createdAt: now,
  });
  await notify(
    deps,
    {
      channel: input.accountClaim.owner,
      ...consentRequestMessage(
        input.requester.name,
        input.target.email,
        input.target.domain,
        input.note,
        id.toHexString(),
      ),
    },
    `consent:${id.toHexString()}:ask`,
  );
}

export type ConsentAnswer =
  | { kind: 'approved'; outcome: ClaimOutcome; requesterName: string; email: string }
  | { kind: 'declined'; requesterName: string; email: string }
  | { kind: 'already_answered'; answer: string; email: string };

/** The account owner's answer. Exactly once: a double click or a second device sees the first answer. */
export async function answerConsent(
  deps: Deps,
  requestId: string,
  by: Member,
  approve: boolean,
): Promise<ConsentAnswer> {
  const request = await consentById(deps.db, requestId);
  if (!request) throw new AppError('stale_action', 'That request no longer exists.');
  if (request.accountOwner !== by.slack)
    throw new AppError('not_allowed', 'Only the account owner can answer this request.');
  const requester = deps.directory.member(request.requester);
  if (!requester) throw new AppError('stale_action', 'The rep who asked is no longer in the policy file.');
  const once = await decideOnce(deps.db, `consent-answer:${requestId}`, {
    by: by.slack,
    outcome: approve ? 'approved' : 'declined',
    at: deps.clock.now(),
  });
  if (!once.first) return { kind: 'already_answered', answer: once.record.outcome, email: request.email };
  if (!approve) {
    await notify(
      deps,
      {
        channel: requester.slack,
        text: `${by.name} declined your request to claim ${request.email}.`,
      },
      `consent:${requestId}:answer`,
    );
    return { kind: 'declined', requesterName: requester.name, email: request.email };
  }
  const target: Target = {
    level: 'contact',
    domain: request.domain,
    email: request.email,
    key: `contact:${request.email}`,
  };
  const outcome = await takeClaim(
    deps,
    { member: requester, target, reason: request.reason, note: request.note },
    deps.clock.now(),
  );
  const text =
    outcome.kind === 'claimed'
      ? `${by.name} approved: ${request.email} is yours now.`
      : `${by.name} approved, but ${request.email} was claimed by someone else in the meantime.`;
  await notify(deps, { channel: requester.slack, text }, `consent:${requestId}:answer`);
  return { kind: 'approved', outcome, requesterName: requester.name, email: request.email };
}
