import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import type { Target } from '../domain/target.js';
import { targetLabel } from '../domain/target.js';
import { isDuplicateKey } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { recentActivity } from '../store/activities.js';
import type { Claim } from '../store/claims.js';
import { type ConflictAlert, conflictById, conflictModel } from '../store/conflicts.js';
import { decideOnce, settleOnce } from '../store/once.js';
import { conflictAlertMessage, ownerHeadsUpMessage } from '../views/conflict.js';
import { notify } from './notify.js';

export interface ConflictInput {
  challenger: Member;
  holderClaim: Claim;
  target: Target;
  trigger: ConflictAlert['trigger'];
  sequence?: string;
}

/**
 * A rep ran into someone else's claim: DM them the alert with its buttons, and the owner a
 * heads-up. One alert per (claim, challenger): repeating the attempt does not spam anyone.
 */
export async function raiseConflict(deps: Deps, input: ConflictInput): Promise<ConflictAlert> {
  const now = deps.clock.now();
  const key = `conflict:${input.holderClaim._id.toHexString()}:${input.challenger.slack}`;
  // What to finish if the messages below never go out (a crash): the sweep re-drives it.
  const data: ConflictIntent = {
    claimId: input.holderClaim._id.toHexString(),
    target: input.target,
    trigger: input.trigger,
    ...(input.sequence ? { sequence: input.sequence } : {}),
  };
  const once = await decideOnce(deps.db, key, {
    by: input.challenger.slack,
    outcome: new Types.ObjectId().toHexString(),
    at: now,
    pending: true,
    data: { ...data },
  });
  // A repeat (or a racing twin) reuses the first alert's id. Its messages carry outbox keys
  // made of that id, so they go out once even when the first caller has not sent them yet.
  if (!once.first) {
    const existing = await conflictById(deps.db, once.record.outcome);
    if (existing) return existing;
  }
  const alert = await applyConflict(deps, once.record.outcome, input, now);
  await settleOnce(deps.db, key);
  return alert;
}

/** What a conflict's decision records, so the sweep can finish it after a crash. */
export interface ConflictIntent {
  claimId: string;
  target: Target;
  trigger: ConflictAlert['trigger'];
  sequence?: string;
}

/** The alert stored, the rep's DM and the owner's heads-up: each safe to repeat (keyed). */
export async function applyConflict(
  deps: Deps,
  alertId: string,
  input: ConflictInput,
  now: Date,
): Promise<ConflictAlert> {
  const alert: ConflictAlert = {
    _id: new Types.ObjectId(alertId),
    key: input.holderClaim.key,
    domain: input.holderClaim.domain,
    label: targetLabel(input.target),
    claimId: input.holderClaim._id,
    owner: input.holderClaim.owner,
    challenger: input.challenger.slack,
    trigger: input.trigger,
    sequence: input.sequence,
    createdAt: now,
  };
  try {
    await conflictModel(deps.db).create(alert);
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }

  const owner = deps.directory.member(alert.owner);
  const [lastActivity] = await recentActivity(deps.db, alert.domain, now);
  const hardBlock = deps.directory.policy.claims.hardBlockReasons.includes(input.holderClaim.reason);
  await notify(
    deps,
    {
      channel: alert.challenger,
      ...conflictAlertMessage({
        alert,
        holder: input.holderClaim,
        ownerName: owner?.name ?? alert.owner,
        lastActivity,
        hardBlock,
        timezone: deps.directory.timezoneOf(input.challenger),
      }),
    },
    `conflict:${alertId}:challenger`,
  );
  await notify(
    deps,
    {
      channel: alert.owner,
      ...ownerHeadsUpMessage(input.challenger.name, alert.label, alert),
    },
    `conflict:${alertId}:owner`,
  );
  return alert;
}
