import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { claimById } from '../store/claims.js';
import { type ConflictAlert, type ConflictOutcome, conflictById } from '../store/conflicts.js';
import { decideOnce } from '../store/once.js';
import { recordPause } from './activity.js';
import { callSequenceWebhook } from './sequence-webhook.js';

export type ConflictActionResult =
  | {
      kind: 'done';
      alert: ConflictAlert;
      outcome: ConflictOutcome;
      at: Date;
      webhook?: 'sent' | 'not_configured' | 'failed';
    }
  | { kind: 'already_done'; alert: ConflictAlert; outcome: ConflictOutcome; at: Date }
  | { kind: 'situation_changed'; alert: ConflictAlert; now: string };

/**
 * A conflict-alert button. One answer per alert, decided by unique insert: a double click,
 * or a second button after the first, answers what already happened instead of acting again.
 */
export async function actOnConflict(
  deps: Deps,
  alertId: string,
  member: Member,
  outcome: ConflictOutcome,
): Promise<ConflictActionResult> {
  const alert = await conflictById(deps.db, alertId);
  if (!alert) throw new AppError('stale_action', 'That alert no longer exists.');
  if (alert.challenger !== member.slack)
    throw new AppError('not_allowed', 'This alert was sent to someone else.');
  const now = deps.clock.now();

  // The claim may have ended since the alert: say so rather than pausing for nothing.
  // (Checked before the decision, so a later click still sees the first answer.)
  const claim = await claimById(deps.db, alert.claimId.toHexString());
  if (claim?.status !== 'active') {
    return {
      kind: 'situation_changed',
      alert,
      now: `${alert.label} is no longer claimed (${claim?.status ?? 'gone'}): you can /claim it now.`,
    };
  }
  const earlier = await decideOnce(deps.db, `conflict-action:${alertId}`, {
    by: member.slack,
    outcome,
    at: now,
  });
  if (!earlier.first)
    return {
      kind: 'already_done',
      alert,
      outcome: earlier.record.outcome as ConflictOutcome,
      at: earlier.record.at,
    };

  if (outcome === 'paused') {
    await recordPause(deps, {
      member: member.slack,
      domain: alert.domain,
      email: alert.label.includes('@') ? alert.label : undefined,
      sequence: alert.sequence,
    });
    const webhook = await callSequenceWebhook(deps, {
      action: 'pause',
      member: { slack: member.slack, email: member.email },
      target: alert.label,
      sequence: alert.sequence,
      reason: `claimed by ${deps.directory.nameOf(alert.owner)}`,
      at: now.toISOString(),
    });
    return { kind: 'done', alert, outcome, at: now, webhook };
  }
  // Ask for handoff: the caller opens the escalation (tier 1 tells the owner).
  return { kind: 'done', alert, outcome, at: now };
}
