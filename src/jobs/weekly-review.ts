import type { KnownBlock } from '@slack/types';
import type { Deps } from '../deps.js';
import { type Claim, claimModel } from '../store/claims.js';
import { type ContactFlag, contactFlagModel } from '../store/contacts.js';
import { type AccountDecision, accountDecisionModel } from '../store/decision-log.js';
import { notify } from '../usecases/notify.js';
import { replyAuditNow, weekInNumbers } from '../usecases/weekly-digest.js';
import { header, section } from '../views/blocks.js';
import { claimLabel } from '../views/claims.js';
import { clip, escapeMrkdwn } from '../views/text.js';

export const WEEKLY_REVIEW = 'claims:weekly-review';
const DAY = 86_400_000;

export interface WeeklyReview {
  staleOwners: Claim[]; // no activity for 14–30 days
  noNextStep: Claim[]; // never activated: claimed, nothing done since
  suppressedContacts: { claim: Claim; flag: ContactFlag }[];
  /** Disputes decided in the last 7 days whose decider said a routing/territory rule needs a change. */
  ruleChanges: AccountDecision[];
}

/** The exceptions RevOps looks at every Monday. Pure reads; the job posts the result. */
export async function weeklyReview(deps: Deps): Promise<WeeklyReview> {
  const now = deps.clock.now().getTime();
  const active = await claimModel(deps.db).find({ status: 'active' }).lean<Claim[]>();
  const idleDays = (c: Claim) => (now - (c.lastActivityAt ?? c.claimedAt).getTime()) / DAY;
  const contactEmails = active.flatMap((c) => (c.email ? [c.email] : []));
  const flags = contactEmails.length
    ? await contactFlagModel(deps.db)
        .find({ _id: { $in: contactEmails } })
        .lean<ContactFlag[]>()
    : [];
  const flagOf = new Map(flags.map((f) => [f._id, f]));
  const ruleChanges = await accountDecisionModel(deps.db)
    .find({ at: { $gte: new Date(now - 7 * DAY) }, ruleChange: { $exists: true } })
    .sort({ at: 1 })
    .lean<AccountDecision[]>();
  return {
    staleOwners: active.filter((c) => c.activatedAt && idleDays(c) >= 14 && idleDays(c) <= 30),
    noNextStep: active.filter((c) => !c.activatedAt),
    suppressedContacts: active.flatMap((c) => {
      const flag = c.email ? flagOf.get(c.email) : undefined;
      return flag ? [{ claim: c, flag }] : [];
    }),
    ruleChanges,
  };
}

/** Empty sections are left out; with nothing to report, one line says so. */
export function weeklyReviewBlocks(
  review: WeeklyReview,
  nameOf: (id: string) => string,
): { text: string; blocks: KnownBlock[] } {
  const line = (c: Claim) => `• ${escapeMrkdwn(claimLabel(c))} — ${escapeMrkdwn(nameOf(c.owner))}`;
  const parts: [string, string[]][] = [
    ['Stale owners (no activity for 14–30 days)', review.staleOwners.map(line)],
    ['Claims with no next step (nothing recorded since claiming)', review.noNextStep.map(line)],
    [
      'Claimed contacts that bounced or unsubscribed',
      review.suppressedContacts.map(({ claim, flag }) => `${line(claim)} (${flag.status})`),
    ],
    [
      'Routing/territory rules to change (from decided disputes)',
      review.ruleChanges.map(
        (d) =>
          `• ${escapeMrkdwn(d.domain)} — ${escapeMrkdwn(nameOf(d.by))}: ${escapeMrkdwn(clip(d.ruleChange ?? '', 300))}`,
      ),
    ],
  ];
  const shown = parts.filter(([, lines]) => lines.length > 0);
  if (shown.length === 0) {
    const text = 'Weekly claims review: nothing to report. Every claim is active and clean.';
    return { text, blocks: [section(text)] };
  }
  return {
    text: 'Weekly claims review',
    blocks: [
      header('Weekly claims review'),
      ...shown.map(([title, lines]) =>
        section(clip(`*${title}* (${lines.length})\n${lines.join('\n')}`, 3000)),
      ),
    ],
  };
}

/**
 * Monday's three posts to the RevOps channel: the claims review, the reply audit and the
 * week in numbers. Keyed by the day, so a job run twice posts each once.
 */
export async function postWeeklyReview(deps: Deps): Promise<void> {
  const day = deps.clock.now().toISOString().slice(0, 10);
  const channel = deps.directory.policy.channels.ops;
  const review = await weeklyReview(deps);
  await notify(
    deps,
    { channel, ...weeklyReviewBlocks(review, deps.directory.nameOf) },
    `weekly-review:${day}`,
  );
  await notify(deps, { channel, ...(await replyAuditNow(deps)) }, `weekly-reply-audit:${day}`);
  await notify(deps, { channel, ...(await weekInNumbers(deps)) }, `weekly-metrics:${day}`);
}
