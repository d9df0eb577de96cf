import type { Deps } from '../deps.js';
import { dueClockEvent } from '../domain/claim-rules.js';
import { type AuditEvent, recordAudit } from '../store/audit.js';
import { finishHalfDone } from '../store/claim-changes.js';
import { type Claim, claimModel } from '../store/claims.js';
import { endClaim } from '../usecases/claim-lifecycle.js';
import { notify } from '../usecases/notify.js';
import { recoverBefore } from '../usecases/recover.js';
import { section } from '../views/blocks.js';
import { claimButtons, claimLabel } from '../views/claims.js';
import { escapeMrkdwn, formatWhen, slackWhen } from '../views/text.js';

export const CLAIMS_SWEEP = 'claims:sweep';
const DAY = 86_400_000;

/**
 * Claims end by themselves: no activity within the activation window → lapsed; past expiry →
 * expired; a DM 24h before expiry. Each transition is an exactly-once insert, so a sweep run
 * twice (Agenda retry, two instances) acts once. One claim failing does not stop the others.
 */
export async function sweepClaims(
  deps: Deps,
): Promise<{ lapsed: number; expired: number; warned: number; failed: number; finished: number }> {
  const now = deps.clock.now();
  // First what a crash left half-done (a lock without its claim, an ending not applied).
  const halfDone = await finishHalfDone(deps.db, now, recoverBefore(deps));
  const due = await claimModel(deps.db)
    .find({
      status: 'active',
      $or: [{ activateBy: { $lte: now } }, { expiresAt: { $lte: new Date(now.getTime() + DAY) } }],
    })
    .lean<Claim[]>();
  const counts = {
    lapsed: 0,
    expired: 0,
    warned: 0,
    failed: 0,
    finished: halfDone.taken + halfDone.ended.length,
  };
  await announceFinished(deps, halfDone.ended);
  for (const claim of due) {
    try {
      const event = dueClockEvent(claim, now);
      if (event === 'expire' || event === 'lapse') {
        const reason = event === 'lapse' ? 'no activity within the activation window' : undefined;
        const announce = () => announceEnding(deps, claim, event);
        if (await endClaim(deps, claim, event, 'system', { reason, announce }))
          counts[event === 'expire' ? 'expired' : 'lapsed']++;
      } else if (event === 'expiry_warning' && (await warnOnce(deps, claim, now))) {
        counts.warned++;
      }
    } catch (e) {
      counts.failed++;
      deps.log.error({ err: e, claim: claim._id.toHexString() }, 'claim sweep failed for one claim');
    }
  }
  return counts;
}

/** The owner hears once per ending: the outbox key is the claim and how it ended. */
async function announceEnding(deps: Deps, claim: Claim, ending: 'expire' | 'lapse'): Promise<void> {
  const text =
    ending === 'expire'
      ? `Your claim on ${claimLabel(claim)} expired. Anyone on the team may claim it now.`
      : `Your claim on ${claimLabel(claim)} lapsed: no activity was recorded by ${formatWhen(claim.activateBy, tz(deps, claim))}.`;
  await notify(
    deps,
    { channel: claim.owner, text, blocks: [section(escapeMrkdwn(text))] },
    `${claim._id.toHexString()}:${ending === 'expire' ? 'expired' : 'lapsed'}`,
  );
}

/** Endings a crash cut short, finished above: their notices, in case they were never stored. */
async function announceFinished(deps: Deps, endings: AuditEvent[]): Promise<void> {
  const told = endings.filter((e) => e.kind === 'expire' || e.kind === 'lapse');
  if (told.length === 0) return;
  const claims = await claimModel(deps.db)
    .find({ _id: { $in: told.flatMap((e) => (e.claimId ? [e.claimId] : [])) } })
    .lean<Claim[]>();
  for (const claim of claims) {
    const ending = told.find((e) => String(e.claimId) === String(claim._id));
    await announceEnding(deps, claim, ending?.kind === 'expire' ? 'expire' : 'lapse');
  }
}

const tz = (deps: Deps, claim: Claim) => {
  const owner = deps.directory.member(claim.owner);
  return owner ? deps.directory.timezoneOf(owner) : deps.directory.policy.timezone;
};

/**
 * The 24h warning, once per expiry date (an extended claim is warned again before its new
 * expiry). True when this call decided it.
 */
async function warnOnce(deps: Deps, claim: Claim, now: Date): Promise<boolean> {
  const first = await recordAudit(
    deps.db,
    {
      kind: 'expiry_warning',
      claimId: claim._id,
      key: claim.key,
      actor: 'system',
      after: { expiresAt: claim.expiresAt },
      at: now,
    },
    `${claim._id.toHexString()}:warn:${claim.expiresAt.toISOString()}`,
  );
  // The claim is marked warned only once the warning is stored: a crash in between is
  // finished by the next sweep (the outbox key keeps it to one message).
  const label = escapeMrkdwn(claimLabel(claim));
  await notify(
    deps,
    {
      channel: claim.owner,
      text: `Your claim on ${claimLabel(claim)} expires ${formatWhen(claim.expiresAt, tz(deps, claim))}`,
      blocks: [
        section(
          `:alarm_clock: Your claim on *${label}* expires *${slackWhen(claim.expiresAt, tz(deps, claim))}*. Extend it (with a note) or release it.`,
        ),
        claimButtons(claim),
      ],
    },
    `${claim._id.toHexString()}:warn:${claim.expiresAt.toISOString()}`,
  );
  await claimModel(deps.db).updateOne({ _id: claim._id }, { $set: { warnedFor: claim.expiresAt } });
  return first;
}
