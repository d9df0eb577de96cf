import type { Deps } from '../deps.js';
import type { Target } from '../domain/target.js';
import type { Member } from '../policy/schema.js';
import { type Claim, claimModel, liveClaimsOf } from '../store/claims.js';
import { decideAndApply } from '../store/once.js';
import { section } from '../views/blocks.js';
import { claimLabel, reasonText } from '../views/claims.js';
import { escapeMrkdwn, slackWhen } from '../views/text.js';
import { type ClaimRequest, claimEntry, newClaim } from './claim.js';
import { endClaim } from './claim-lifecycle.js';
import { notify } from './notify.js';

/** Why a claim changed hands, on both audit entries, and who did it. */
type Why = { ended: string; taken: string; actor: string };

/**
 * One claim changes hands in one change: its end (a unique audit key: `transfer`, with
 * `why.ended`) names the new owner's claim (`handover`, with `why.taken`), and the key passes
 * straight to it, so a crash never leaves the account with nobody. The new claim keeps the
 * reason, note and expiry unless `terms` say otherwise. False when someone else ended it first.
 */
export async function handOver(
  deps: Deps,
  claim: Claim,
  to: Member,
  why: Why,
  terms: { note?: string; expiresAt?: Date } = { expiresAt: claim.expiresAt },
): Promise<boolean> {
  const now = deps.clock.now();
  const target: Target = claim.email
    ? { level: 'contact', domain: claim.domain, email: claim.email, key: claim.key }
    : { level: 'account', domain: claim.domain, key: claim.key };
  const req: ClaimRequest = {
    member: to,
    target,
    reason: claim.reason,
    note: terms.note ?? claim.note ?? '',
    expiresAt: terms.expiresAt,
    automatic: { why: why.taken, at: claim.activatedAt && claim.lastActivityAt, kind: 'handover' },
  };
  const next = newClaim(deps, req, now);
  return endClaim(deps, claim, 'transfer', why.actor, {
    reason: why.ended,
    next: { claim: next, audit: claimEntry(next, req, now) },
  });
}

/** What a batch handover records first, so the sweep can finish it after a crash. */
export interface InheritIntent {
  from: string;
  claimIds: string[];
  why: Why;
  headline: string;
}

/**
 * Several claims of one person move to one heir, who is told once with the list: intent first
 * (the claims, the why and the headline under one unique key), then each handover, then the
 * DM; the sweep finishes a batch a crash cut short (usecases/half-done.ts). Returns what moved.
 */
export async function handOverAll(
  deps: Deps,
  claims: Claim[],
  heir: Member,
  intent: Omit<InheritIntent, 'claimIds'>,
) {
  const first = claims[0];
  if (!first) return [];
  const key = `inherit:${intent.from}:${heir.slack}:${first._id.toHexString()}`;
  const data: InheritIntent = { ...intent, claimIds: claims.map((c) => c._id.toHexString()) };
  const record = { by: intent.why.actor, outcome: heir.slack, at: deps.clock.now(), data: { ...data } };
  let moved: Claim[] = [];
  await decideAndApply(deps.db, key, record, async () => {
    moved = await finishInheriting(deps, key, heir, data);
  });
  return moved;
}

/** The handovers still to do and the heir's one DM (keyed by the batch): safe to repeat. */
export async function finishInheriting(
  deps: Deps,
  key: string,
  heir: Member,
  intent: InheritIntent,
): Promise<Claim[]> {
  const claims = await claimModel(deps.db)
    .find({ _id: { $in: intent.claimIds } })
    .lean<Claim[]>();
  for (const claim of claims) {
    if (claim.status === 'active' && claim.owner === intent.from)
      await handOver(deps, claim, heir, intent.why);
  }
  const transferred = await claimModel(deps.db)
    .find({ _id: { $in: intent.claimIds }, status: 'transferred' })
    .lean<Claim[]>();
  // Only those that went to this heir (not, meanwhile, to a dispute's winner).
  const now = await liveClaimsOf(
    deps.db,
    transferred.map((c) => c.key),
  );
  const moved = transferred.filter((c) => now.get(c.key)?.owner === heir.slack);
  if (moved.length) await tellHeir(deps, heir, moved, intent.headline, intent.from, key);
  return moved;
}

/** One DM to whoever received claims, listing each with its last contact date. */
async function tellHeir(
  deps: Deps,
  heir: Member,
  claims: Claim[],
  headline: string,
  from: string,
  key: string,
): Promise<void> {
  const tz = deps.directory.timezoneOf(heir);
  const lines = claims.map(
    (c) =>
      `• *${escapeMrkdwn(claimLabel(c))}* (${reasonText(c.reason)}), last contact ${c.lastActivityAt ? slackWhen(c.lastActivityAt, tz) : 'none recorded'}, expires ${slackWhen(c.expiresAt, tz)}`,
  );
  const what = claims.length === 1 ? 'a claim' : `${claims.length} claims`;
  const text = `:inbox_tray: ${escapeMrkdwn(headline)} ${what}.\n${lines.join('\n')}\nThey are in \`/claims\`; release what you will not work.`;
  await notify(
    deps,
    {
      channel: heir.slack,
      text: `You inherited ${claims.length} claim(s) from ${deps.directory.nameOf(from)}`,
      blocks: [section(text)],
    },
    key,
  );
}

/**
 * RevOps' "Reassign all…": every live claim of `from` moves to `to` with the note on record,
 * one DM to the new owner. Returns how many moved.
 */
export async function reassignAll(
  deps: Deps,
  by: Member,
  from: string,
  to: Member,
  note: string,
): Promise<number> {
  const claims = await claimModel(deps.db).find({ status: 'active', owner: from }).lean<Claim[]>();
  const fromName = deps.directory.nameOf(from);
  const why = {
    ended: `${by.name} reassigned ${fromName}'s claims to ${to.name}: ${note}`,
    taken: `reassigned from ${fromName} by ${by.name}: ${note}`,
    actor: by.slack,
  };
  const headline = `${by.name} moved ${fromName}'s claims to you ("${note}"):`;
  return (await handOverAll(deps, claims, to, { from, why, headline })).length;
}
