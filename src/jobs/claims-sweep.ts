import type { Deps } from '../deps.js';
import { dueClockEvent } from '../domain/claim-rules.js';
import { recordAudit } from '../store/audit.js';
import { type Claim, claimModel } from '../store/claims.js';
import { endClaim } from '../usecases/claim-lifecycle.js';
import { notify } from '../usecases/notify.js';
import { section } from '../views/blocks.js';
import { claimButtons, claimLabel } from '../views/claims.js';
import { escapeMrkdwn, formatWhen } from '../views/text.js';

export const CLAIMS_SWEEP = 'claims:sweep';
const DAY = 86_400_000;

/**
 * Claims end by themselves: no activity within the activation window → lapsed; past expiry →
 * expired; a DM 24h before expiry. Each transition is an exactly-once insert, so a sweep run
 * twice (Agenda retry, two instances) acts once. One claim failing does not stop the others.
 */
export async function sweepClaims(
  deps: Deps,
): Promise<{ lapsed: number; expired: number; warned: number; failed: number }> {
  const now = deps.clock.now();
  const due = await claimModel(deps.db)
    .find({
      status: 'active',
      $or: [{ activateBy: { $lte: now } }, { expiresAt: { $lte: new Date(now.getTime() + DAY) } }],
    })
    .lean<Claim[]>();
  const counts = { lapsed: 0, expired: 0, warned: 0, failed: 0 };
  for (const claim of due) {
    try {
      const event = dueClockEvent(claim, now);
      if (event === 'expire' && (await endClaim(deps, claim, 'expire', 'system'))) {
        counts.expired++;
        await dm(
          deps,
          claim,
          'expired',
          `Your claim on ${claimLabel(claim)} expired. Anyone on the team may claim it now.`,
        );
      } else if (
        event === 'lapse' &&
        (await endClaim(deps, claim, 'lapse', 'system', 'no activity within the activation window'))
      ) {
        counts.lapsed++;
        await dm(
          deps,
          claim,
          'lapsed',
          `Your claim on ${claimLabel(claim)} lapsed: no activity was recorded by ${formatWhen(claim.activateBy, tz(deps, claim))}.`,
        );
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

const tz = (deps: Deps, claim: Claim) => {
  const owner = deps.directory.member(claim.owner);
  return owner ? deps.directory.timezoneOf(owner) : deps.directory.policy.timezone;
};

/** The owner hears once per ending: the outbox key is the claim and how it ended. */
async function dm(deps: Deps, claim: Claim, ending: 'expired' | 'lapsed', text: string): Promise<void> {
  await notify(
    deps,
    { channel: claim.owner, text, blocks: [section(escapeMrkdwn(text))] },
    `${claim._id.toHexString()}:${ending}`,
  );
}

/** The 24h warning, once per expiry date (an extended claim is warned again before its new expiry). */
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
  if (!first) return false;
  await claimModel(deps.db).updateOne({ _id: claim._id }, { $set: { warnedFor: claim.expiresAt } });
  const label = escapeMrkdwn(claimLabel(claim));
  await notify(
    deps,
    {
      channel: claim.owner,
      text: `Your claim on ${claimLabel(claim)} expires ${formatWhen(claim.expiresAt, tz(deps, claim))}`,
      blocks: [
        section(
          `:alarm_clock: Your claim on *${label}* expires *${formatWhen(claim.expiresAt, tz(deps, claim))}*. Extend it (with a note) or release it.`,
        ),
        claimButtons(claim),
      ],
    },
    `${claim._id.toHexString()}:warn:${claim.expiresAt.toISOString()}`,
  );
  return true;
}
