import type { Deps } from '../deps.js';
import type { Tier } from '../domain/escalation.js';
import { ESCALATION_TIMEBOX, timeboxExpired } from '../usecases/escalation.js';
import { ESCALATION_RECHECK, postRecheck } from '../usecases/escalation-decision.js';
import { retryPending } from '../usecases/notify.js';
import { processPending, REPLIES_PENDING } from '../usecases/replies.js';
import { OOO_RESUME, resumeAfterOutOfOffice } from '../usecases/reply-effects.js';
import { FOLLOW_UP_REMINDER, remindFollowUp } from '../usecases/reply-follow-up.js';
import { checkReplySlas, REPLIES_SLA } from '../usecases/reply-sla.js';
import { CLAIMS_SWEEP, sweepClaims } from './claims-sweep.js';
import { postWeeklyReview, WEEKLY_REVIEW } from './weekly-review.js';

export const SLACK_OUTBOX = 'slack:outbox';

/** The ops team's time zone: the first ops member's, else the policy default. */
function opsTimezone(deps: Deps): string {
  const ops = deps.directory.policy.members.find((m) => m.roles.includes('ops'));
  return ops ? deps.directory.timezoneOf(ops) : deps.directory.policy.timezone;
}

/** Defines every job, then schedules the recurring ones (idempotent: `every` upserts by name). */
export async function defineJobs(deps: Deps): Promise<void> {
  const { agenda } = deps.jobs;
  agenda.define(CLAIMS_SWEEP, async () => {
    const counts = await sweepClaims(deps);
    if (counts.lapsed + counts.expired + counts.warned + counts.failed > 0)
      deps.log.info(counts, 'claims swept');
  });
  agenda.define(WEEKLY_REVIEW, () => postWeeklyReview(deps));
  // Timeboxes that come due together must not queue behind each other: each waits mostly on
  // the database, so many run at once (Agenda's default is 5 per job name).
  agenda.define<{ escalationId: string; tier: Tier }>(
    ESCALATION_TIMEBOX,
    (job) => timeboxExpired(deps, job.attrs.data.escalationId, job.attrs.data.tier),
    { concurrency: 20 },
  );
  agenda.define<{ escalationId: string }>(ESCALATION_RECHECK, (job) =>
    postRecheck(deps, job.attrs.data.escalationId),
  );
  agenda.define(REPLIES_PENDING, async () => {
    const n = await processPending(deps);
    if (n > 0) deps.log.info({ replies: n }, 'pending replies routed');
  });
  agenda.define<{ replyId: string }>(OOO_RESUME, (job) =>
    resumeAfterOutOfOffice(deps, job.attrs.data.replyId),
  );
  agenda.define<{ replyId: string }>(FOLLOW_UP_REMINDER, (job) =>
    remindFollowUp(deps, job.attrs.data.replyId),
  );
  agenda.define(REPLIES_SLA, () => checkReplySlas(deps));
  agenda.define(SLACK_OUTBOX, async () => {
    const result = await retryPending(deps);
    if (result.sent + result.failed > 0) deps.log.info(result, 'Slack outbox retried');
  });
}

export async function scheduleJobs(deps: Deps): Promise<void> {
  const { agenda } = deps.jobs;
  await agenda.every('1 minute', CLAIMS_SWEEP);
  await agenda.every('1 minute', SLACK_OUTBOX);
  await agenda.every('1 minute', REPLIES_PENDING);
  await agenda.every('1 minute', REPLIES_SLA);
  await agenda.every('0 9 * * 1', WEEKLY_REVIEW, undefined, { timezone: opsTimezone(deps) });
}
