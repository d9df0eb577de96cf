/**
 * npm run bench (second part): 500 disputes whose tier-1 timeboxes all run out within the
 * same minute, processed by the app's real job runner (Agenda on the real database). For each
 * we measure how late the default decision lands after its due time, and check that every
 * one moved up exactly once. The baseline, measured in the same run by the same runner, is
 * 500 jobs that do nothing, due in the same way: the runner's own lateness.
 */
import { performance } from 'node:perf_hooks';
import type { JobWithId } from 'agenda';
import { type RunningApp, startApp } from '../src/app.js';
import type { Config } from '../src/config.js';
import { createLog } from '../src/log.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { slackUsersOf } from '../src/sandbox/server.js';
import { SlackEmulator } from '../src/sandbox/slack-emulator.js';
import { manifestScopes } from '../src/sandbox/slack-scopes.js';
import { escalationModel } from '../src/store/escalations.js';
import { onceModel } from '../src/store/once.js';
import { takeClaim } from '../src/usecases/claim.js';
import { ESCALATION_TIMEBOX, openEscalation } from '../src/usecases/escalation.js';

const DISPUTES = Number(process.env.BENCH_DISPUTES ?? 500);
const PROCESS_EVERY = process.env.BENCH_PROCESS_EVERY ?? '5 seconds'; // the app's default (JOBS_POLL_INTERVAL)
/** The app's log level during the run (`BENCH_LOG=warn` shows what went wrong in a slow tail), on stderr. */
const LOG_LEVEL = (process.env.BENCH_LOG ?? 'silent') as Config['logLevel'];
const NOOP = 'bench:noop';
/** Due times start this far ahead, so every job is stored before the first one is due. */
const LEAD_MS = 30_000;
const TOKEN = 'xoxb-bench';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return {
    p50: Math.round(percentile(s, 50)),
    p99: Math.round(percentile(s, 99)),
    max: Math.round(s.at(-1) ?? 0),
  };
};
const say = (text: string) => process.stderr.write(`bench: ${text} at ${Math.round(performance.now())} ms\n`);

/** `count` due times spread evenly over the minute that starts `leadMs` from now. */
const dueTimes = (count: number, leadMs: number) => {
  const start = Date.now() + leadMs;
  return Array.from({ length: count }, (_, i) => new Date(start + Math.floor((i * 60_000) / count)));
};

async function waitFor(what: string, done: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await done()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  say(`gave up waiting for ${what}`);
  return false;
}

/** Opens the disputes through the app's own use cases: holder claims, challenger asks for a handoff. */
async function openDisputes(app: RunningApp): Promise<string[]> {
  const { deps } = app;
  const reps = deps.directory.policy.members.filter((m) => m.roles.includes('rep'));
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < DISPUTES) {
        const i = next++;
        const holder = reps[i % reps.length];
        const challenger = reps[(i + 1) % reps.length];
        if (!holder || !challenger) throw new Error('the policy needs two reps');
        const domain = `e${i}.bench`;
        const out = await takeClaim(
          deps,
          {
            member: holder,
            target: { level: 'account', domain, key: `account:${domain}` },
            reason: 'prospecting',
            note: '',
          },
          new Date(),
        );
        if (out.kind !== 'claimed') throw new Error(`could not claim ${domain}`);
        const { escalation } = await openEscalation(
          deps,
          out.claim,
          challenger,
          'bench: I met them at a fair',
        );
        ids.push(escalation._id.toHexString());
      }
    }),
  );
  return ids;
}

async function main(): Promise<void> {
  const base = process.env.MONGODB_URI;
  if (!base) throw new Error('set MONGODB_URI (e.g. out=$(scripts/testdb/mongo start) && eval "$out")');
  const policy = loadPolicyFile('examples/policy.yaml');
  const slack = await new SlackEmulator(TOKEN, slackUsersOf(policy)).grantOnly(manifestScopes()).start();
  const uri = `${base.replace(/\/[^/]*$/, '')}/bench_escalations_${Date.now().toString(36)}`;
  const app = await startApp(
    {
      mongodbUri: uri,
      slack: { kind: 'http', botToken: TOKEN, signingSecret: 'bench-signing-secret-0123456789' },
      slackApiUrl: slack.apiUrl,
      port: 0,
      policyFile: 'examples/policy.yaml',
      logLevel: LOG_LEVEL,
    },
    { policy, log: createLog(LOG_LEVEL), processEvery: PROCESS_EVERY },
  );
  const { agenda } = app.deps.jobs;
  const jobs = app.deps.db.collection('jobs');

  // Baseline: the same runner, the same number of jobs due the same way, doing nothing.
  // Measured from the jobs collection (when Agenda started each), like the disputes below.
  agenda.define(NOOP, async () => undefined, { concurrency: 20 }); // as the timebox job
  const noopDue = dueTimes(DISPUTES, Math.max(LEAD_MS, DISPUTES * 100));
  // Measured as each starts (when Agenda started it), like the disputes below: the runner
  // removes a one-off job once it succeeded, so the jobs table cannot tell afterwards.
  const noopLateness: number[] = [];
  let noopSucceeded = 0;
  let baselineFailed = 0;
  agenda.on(`start:${NOOP}`, (job: JobWithId) => {
    const { lastRunAt, data } = job.attrs as { lastRunAt: Date; data: { n: number } };
    noopLateness.push(lastRunAt.getTime() - (noopDue[data.n] as Date).getTime());
  });
  agenda.on(`success:${NOOP}`, () => noopSucceeded++);
  agenda.on(`fail:${NOOP}`, () => baselineFailed++);
  for (const [n, at] of noopDue.entries()) await agenda.schedule(at, NOOP, { n });
  if (Date.now() > (noopDue[0]?.getTime() ?? 0))
    say('warning: baseline jobs were stored after the first was due');
  await waitFor('the baseline jobs', async () => noopSucceeded + baselineFailed >= DISPUTES, 900_000);
  const baseline = stats(noopLateness);
  say(`baseline done (${noopLateness.length} jobs, ${baselineFailed} failed)`);
  await jobs.deleteMany({ name: NOOP }); // the disputes' runner starts from a clean job table

  const ids = await openDisputes(app);
  say(`${ids.length} disputes open`);
  // Their tier-1 timeboxes (30 business minutes, or Monday) now all run out within one minute.
  // Each job is moved by its own update, which FerretDB makes slow (it scans the collection):
  // park them all first, then start the minute far enough ahead that every move lands before it.
  await jobs.updateMany(
    { name: ESCALATION_TIMEBOX },
    { $set: { nextRunAt: new Date(Date.now() + 86_400_000) } },
  );
  const lead = Math.max(LEAD_MS, ids.length * 250);
  const due = new Map(dueTimes(ids.length, lead).map((at, i) => [ids[i] as string, at]));
  for (const [id, at] of due)
    await jobs.updateOne({ name: ESCALATION_TIMEBOX, 'data.escalationId': id }, { $set: { nextRunAt: at } });
  if (Date.now() > Math.min(...[...due.values()].map((d) => d.getTime())))
    say('warning: timeboxes were moved after the first was due');
  say('timeboxes set');
  const moved = () => escalationModel(app.deps.db).countDocuments({ state: 'lead' });
  await waitFor('every default decision', async () => (await moved()) >= ids.length, 1_800_000);
  say('timeboxes done');

  const escalations = await escalationModel(app.deps.db).find({}).lean();
  const lateness = escalations.flatMap((e) => {
    const at = due.get(e._id.toHexString());
    return e.interim && at ? [e.interim.at.getTime() - at.getTime()] : [];
  });
  const transitions = await onceModel(app.deps.db).countDocuments({ _id: /^escalation:.*:leave:rep$/ });
  const tier2 = slack
    .callsTo('chat.postMessage')
    .filter((c) => c.ok && /: Tier 2 — /.test(String(c.args.text)));
  const perDispute = new Map<string, number>();
  for (const c of tier2) {
    const domain = /Dispute over (\S+):/.exec(String(c.args.text))?.[1] ?? '?';
    perDispute.set(domain, (perDispute.get(domain) ?? 0) + 1);
  }
  const decisions = stats(lateness);
  console.log(
    JSON.stringify(
      {
        benchmark: 'escalation timeboxes',
        machine: `${process.platform} ${process.arch}, node ${process.version}`,
        disputes: ids.length,
        processEvery: PROCESS_EVERY,
        dueWithin: '60 s',
        baselineNoopJobLatenessMs: baseline,
        baselineFailed,
        defaultDecisionLatenessMs: decisions,
        ratioP50: Math.round((decisions.p50 / Math.max(1, baseline.p50)) * 100) / 100,
        ratioP99: Math.round((decisions.p99 / Math.max(1, baseline.p99)) * 100) / 100,
        landed: lateness.length,
        movedUpOnce: transitions === ids.length && [...perDispute.values()].every((n) => n === 1),
        movedTwice: [...perDispute.values()].filter((n) => n > 1).length,
        tierTwoMessages: tier2.length,
        leaveRepDecisions: transitions,
      },
      null,
      2,
    ),
  );
  await app.deps.db.dropDatabase();
  await app.stop();
  await slack.stop();
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
