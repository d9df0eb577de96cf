import type { Deps } from '../deps.js';
import type { Tier } from '../domain/escalation.js';
import { answerInterrupted } from '../usecases/command-requests.js';
import { ESCALATION_TIMEBOX, timeboxExpired } from '../usecases/escalation.js';
import { ESCALATION_RECHECK, postRecheck } from '../usecases/escalation-decision.js';
import { finishPendingDecisions } from '../usecases/half-done.js';
import { handOverLeavers } from '../usecases/leavers.js';
import { retryPending } from '../usecases/notify.js';
import { processPending, REPLIES_PENDING } from '../usecases/replies.js';
import { OOO_RESUME, resumeAfterOutOfOffice } from '../usecases/reply-effects.js';
import { FOLLOW_UP_REMINDER, remindFollowUp } from '../usecases/reply-follow-up.js';
import { checkReplySlas, REPLIES_SLA } from '../usecases/reply-sla.js';
import { CLAIMS_SWEEP, sweepClaims } from './claims-sweep.js';
import { postWeeklyReview, WEEKLY_REVIEW } from './weekly-review.js';

export const SLACK_OUTBOX = 'slack:outbox';

/**
 * The weekly posts come when RevOps' week starts: the first working day after a day off
 * (Monday for mon–fri, Sunday for sun–thu), at the start of their hours.
 */
export function weeklyCron(hours: { days: readonly string[]; start: string }): string {
  const week = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const works = (i: number) => hours.days.includes(week[(i + 7) % 7] as string);
  const starts = [1, 2, 3, 4, 5, 6, 0].filter((i) => works(i) && !works(i - 1));
  const [h, m] = hours.start.split(':').map(Number);
  return `${m} ${h} * * ${starts[0] ?? 1}`;
}

/** Defines every job, then schedules the recurring ones (idempotent: `every` upserts by name). */
export async function defineJobs(deps: Deps): Promise<void> {
  const { agenda } = deps.jobs;
  agenda.define(CLAIMS_SWEEP, async () => {
    const counts = await sweepClaims(deps);
    const decisions = await finishPendingDecisions(deps);
    if (decisions > 0) deps.log.warn({ decisions }, 'decisions a crash cut short finished');
    if (counts.lapsed + counts.expired + counts.warned + counts.failed + counts.finished > 0)
      deps.log.info(counts, 'claims swept');
    const handed = await handOverLeavers(deps);
    if (handed.claims + handed.disputes > 0) deps.log.info(handed, "leavers' work handed over");
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
    // Commands a crash left unanswered first: their "run it again" goes out in the same pass.
    const interrupted = await answerInterrupted(deps);
    if (interrupted > 0) deps.log.warn({ commands: interrupted }, 'interrupted commands answered');
    const result = await retryPending(deps);
    if (result.sent + result.failed > 0) deps.log.info(result, 'Slack outbox retried');
  });
}

export async function scheduleJobs(deps: Deps): Promise<void> {
  const { agenda } = deps.jobs;
  await agenda.every('1 minute', CLAIMS_SWEEP);
  // And once right away: what came due while the app was down (lapses, expiries, a member who
  // left in the new policy file) is settled at start, not a minute later.
  await agenda.now(CLAIMS_SWEEP);
  await agenda.every('1 minute', SLACK_OUTBOX);
  await agenda.now(SLACK_OUTBOX);
  await agenda.every('1 minute', REPLIES_PENDING);
  await agenda.now(REPLIES_PENDING);
  await agenda.every('1 minute', REPLIES_SLA);
  const ops = deps.directory.opsCalendar();
  await agenda.every(weeklyCron(ops.hours), WEEKLY_REVIEW, undefined, { timezone: ops.timezone });
}
