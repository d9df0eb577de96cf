import type { Deps } from '../deps.js';
import { decideClaim } from '../domain/claim-rules.js';
import { accountKey, isFreeMailDomain, type Target, targetLabel } from '../domain/target.js';
import type { ClaimReason, Member } from '../policy/schema.js';
import type { ActivityType } from '../store/activities.js';
import type { Claim } from '../store/claims.js';
import { section } from '../views/blocks.js';
import { claimButtons, claimLabel } from '../views/claims.js';
import { escapeMrkdwn, slackWhen } from '../views/text.js';
import { takeClaim } from './claim.js';
import { raiseConflict } from './conflict.js';
import { notify } from './notify.js';
import { loadSituation } from './situation.js';

/** The claim reason a record stands for; none for records that are not outreach. */
export function reasonFor(type: ActivityType, sequence?: string): ClaimReason | undefined {
  if (type === 'sequence_start') return 'active_sequence';
  if (type === 'meeting') return 'meeting_booked';
  if (type === 'outbound_email') return sequence ? 'active_sequence' : 'prospecting';
  if (type === 'call') return 'prospecting';
  if (type === 'reply') return 'replied';
  return undefined;
}

/** What a record locks: the account, or a free-mail contact on its own. */
export const autoClaimTarget = (t: Target): Target =>
  isFreeMailDomain(t.domain) ? t : { level: 'account', domain: t.domain, key: accountKey(t.domain) };

/**
 * "First recorded outbound wins": the record makes the lock, not the rep's memory. The
 * account is locked (a free-mail contact on its own), with the usual activation and expiry,
 * audited as automatic, and the member is told. Only a target nobody holds: a held one is
 * the caller's conflict. Off with `claims.autoClaim: false`.
 */
export async function autoClaim(
  deps: Deps,
  input: {
    member: Member;
    target: Target;
    reason: ClaimReason;
    why: string;
    at: Date;
    /** A send racing another rep's first send: tell this rep it lost (a routed reply does not). */
    alertIfTaken?: boolean;
  },
): Promise<Claim | undefined> {
  if (!deps.directory.policy.claims.autoClaim) return undefined;
  const target = autoClaimTarget(input.target);
  const loaded = await loadSituation(deps, input.member.slack, target);
  const decision = decideClaim(loaded.situation);
  // Someone's first send got there a moment before ours: theirs it is, and we hear so.
  const holder = loaded.contactClaim ?? loaded.accountClaim;
  if (decision.kind === 'conflict' && holder && input.alertIfTaken)
    await raiseConflict(deps, {
      challenger: input.member,
      holderClaim: holder,
      target: input.target,
      trigger: 'activity',
    });
  if (decision.kind === 'standing' && decision.owner !== input.member.slack && input.alertIfTaken)
    await tellStandingOwner(deps, { ...input, owner: decision.owner, domain: target.domain });
  if (decision.kind !== 'take') return undefined;
  const outcome = await takeClaim(
    deps,
    {
      member: input.member,
      target,
      reason: input.reason,
      note: '',
      automatic: { why: input.why, at: input.at },
    },
    deps.clock.now(),
  );
  if (outcome.kind !== 'claimed') return undefined; // someone else was a moment faster
  const claim = outcome.claim;
  const tz = deps.directory.timezoneOf(input.member);
  const text = `:lock: *${escapeMrkdwn(claimLabel(claim))}* is yours now: ${escapeMrkdwn(input.why)}. It expires *${slackWhen(claim.expiresAt, tz)}*; release it if it should not be.`;
  await notify(
    deps,
    {
      channel: input.member.slack,
      text: `${claimLabel(claim)} is yours now: ${input.why}`,
      blocks: [section(text), claimButtons(claim)],
    },
    `auto-claim:${claim._id.toHexString()}`,
  );
  return claim;
}

/**
 * A send to an account the policy gives someone for good: nothing to claim or dispute, so both
 * hear of it (once per record): the sender to stop, the owner that someone wrote to theirs.
 */
async function tellStandingOwner(
  deps: Deps,
  sent: { member: Member; target: Target; at: Date; owner: string; domain: string },
): Promise<void> {
  const to = escapeMrkdwn(targetLabel(sent.target));
  const owner = escapeMrkdwn(deps.directory.nameOf(sent.owner));
  const key = `standing:${sent.member.slack}:${sent.target.key}:${sent.at.getTime()}`;
  await notify(
    deps,
    {
      channel: sent.member.slack,
      text: `${targetLabel(sent.target)} belongs to ${deps.directory.nameOf(sent.owner)}`,
      blocks: [
        section(
          `:no_entry: You just wrote to *${to}* (recorded), but it belongs to *${owner}*, its account owner in the team's policy. ` +
            'Pause your sequence there and talk to them before anything else goes out.',
        ),
      ],
    },
    `${key}:sender`,
  );
  await notify(
    deps,
    {
      channel: sent.owner,
      text: `${sent.member.name} wrote to ${targetLabel(sent.target)}, on your account`,
      blocks: [
        section(
          `:eyes: *${escapeMrkdwn(sent.member.name)}* just wrote to *${to}*, on *${escapeMrkdwn(sent.domain)}*, which is yours (account owner in the team's policy). They were told to stop.`,
        ),
      ],
    },
    `${key}:owner`,
  );
}
