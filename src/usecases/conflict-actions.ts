import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { recordAudit } from '../store/audit.js';
import { claimById } from '../store/claims.js';
import { type ConflictAlert, type ConflictOutcome, conflictById } from '../store/conflicts.js';
import { decideOnce } from '../store/once.js';
import { section } from '../views/blocks.js';
import { escapeMrkdwn } from '../views/text.js';
import { recordPause } from './activity.js';
import { notify } from './notify.js';
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
  /** Proceed anyway: the reason the rep gave, told to the owner and kept in the history. */
  why?: string,
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
  if (outcome === 'proceeded' && deps.directory.policy.claims.hardBlockReasons.includes(claim.reason))
    throw new AppError(
      'not_allowed',
      `${alert.label} is claimed as ${claim.reason.replace(/_/g, ' ')}, which blocks others: ask for a handoff instead.`,
    );
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
  if (outcome === 'proceeded') {
    await recordAudit(
      deps.db,
      {
        kind: 'proceed',
        claimId: claim._id,
        key: claim.key,
        actor: member.slack,
        before: { owner: claim.owner },
        after: { target: alert.label },
        reason: why,
        at: now,
      },
      `proceed:${alertId}`,
    );
    const text = `:arrow_forward: ${escapeMrkdwn(member.name)} is writing to *${escapeMrkdwn(alert.label)}* anyway, though you are prospecting it: "${escapeMrkdwn(why ?? '')}". Talk to them if that is a problem; ask for a handoff from \`/check ${escapeMrkdwn(alert.label)}\` if it should change hands.`;
    await notify(
      deps,
      {
        channel: alert.owner,
        text: `${member.name} proceeded anyway on ${alert.label}`,
        blocks: [section(text)],
      },
      `conflict:${alertId}:proceeded`,
    );
    return { kind: 'done', alert, outcome, at: now };
  }
  // Ask for handoff: the caller opens the escalation (tier 1 tells the owner).
  return { kind: 'done', alert, outcome, at: now };
}
