import type { Deps } from '../deps.js';
import type { DecisionInput, Tier, TransitionCause } from '../domain/escalation.js';
import { claimById } from '../store/claims.js';
import { escalationById } from '../store/escalations.js';
import { type OnceRecord, pendingDecisions, settleOnce } from '../store/once.js';
import { applyConflict, type ConflictIntent } from './conflict.js';
import { applyDecision } from './escalation-decision.js';
import { applyAdvance } from './escalation-tiers.js';
import { finishInheriting, type InheritIntent } from './hand-over.js';
import { recoverBefore } from './recover.js';

const leavingTier = /^escalation:([0-9a-f]{24}):leave:(rep|lead|ops)$/;

/**
 * Conflict alerts, dispute decisions, moves up and batch handovers whose effects a crash or an error cut short: applied again
 * from what the decision recorded (its time too, so deadlines come out the same), then
 * settled. Each effect is safe to repeat; one failing is logged and tried next minute.
 */
export async function finishPendingDecisions(deps: Deps): Promise<number> {
  let finished = 0;
  for (const record of await pendingDecisions(deps.db, recoverBefore(deps))) {
    try {
      await redrive(deps, record);
      await settleOnce(deps.db, record._id);
      finished++;
    } catch (err) {
      deps.log.error({ err, decision: record._id }, 'could not finish a pending decision');
    }
  }
  return finished;
}

async function redrive(deps: Deps, record: OnceRecord): Promise<void> {
  if (record._id.startsWith('conflict:')) return redriveConflict(deps, record);
  if (record._id.startsWith('inherit:')) return redriveInheriting(deps, record);
  const [, id, from] = leavingTier.exec(record._id) ?? [];
  const e = id ? await escalationById(deps.db, id) : undefined;
  if (!e) return; // nothing of ours to finish
  const at = { ...e, state: from as Tier };
  if (record.outcome === 'lead' || record.outcome === 'ops') {
    // Decided or moved further since (the next tier's buttons worked meanwhile): nothing to redo.
    if (e.state !== from && e.state !== record.outcome) return;
    const by = typeof record.data?.by === 'string' ? record.data.by : undefined;
    await applyAdvance(deps, at, from as Tier, record.at, record.by as TransitionCause, by);
  } else {
    const input = record.data?.input as DecisionInput;
    await applyDecision(deps, at, { ...input, by: record.by, at: record.at });
  }
}

/** A conflict alert whose DMs a crash may have cut short: stored and sent (once, by key). */
async function redriveConflict(deps: Deps, record: OnceRecord): Promise<void> {
  const intent = record.data as unknown as ConflictIntent | undefined;
  const holderClaim = intent ? await claimById(deps.db, intent.claimId) : undefined;
  const challenger = deps.directory.member(record.by);
  if (!intent || !holderClaim || !challenger) return; // nothing left to tell anyone about
  const input = {
    challenger,
    holderClaim,
    target: intent.target,
    trigger: intent.trigger,
    sequence: intent.sequence,
  };
  await applyConflict(deps, record.outcome, input, record.at);
}

/** A batch handover a crash cut short: the claims still to move, then the heir's one DM. */
async function redriveInheriting(deps: Deps, record: OnceRecord): Promise<void> {
  const heir = deps.directory.member(record.outcome);
  if (!heir || !record.data) return;
  await finishInheriting(deps, record._id, heir, record.data as unknown as InheritIntent);
}
