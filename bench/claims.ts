/**
 * npm run bench: claims under load, against the real database (MONGODB_URI) and the Slack
 * emulation. Prints JSON. Compares the app with a bare Bolt app whose /claim only acks,
 * measured in the same run on the same machine, so the ratio is what the app adds.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import express from 'express';
import { startApp } from '../src/app.js';
import { createLog } from '../src/log.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { slackUsersOf } from '../src/sandbox/server.js';
import { SlackEmulator } from '../src/sandbox/slack-emulator.js';
import { manifestScopes } from '../src/sandbox/slack-scopes.js';
import { SlackRequests } from '../src/sandbox/slack-signing.js';

const TOKEN = 'xoxb-bench';
const SECRET = 'bench-signing-secret-0123456789';
const API_TOKEN = 'bench-api-token-0123456789abcdef';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 20);
const CHECK_ROWS = 10_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number) => Math.round(n * 100) / 100;

/** Runs `count` requests with at most `inFlight` at once; returns each one's latency in ms. */
async function load(
  count: number,
  send: (i: number) => Promise<{ status: number }>,
  inFlight = IN_FLIGHT,
): Promise<{ p50: number; p99: number; max: number; failed: number; totalMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        const res = await send(i);
        latencies.push(performance.now() - t0);
        if (res.status !== 200) failed++;
      }
    }),
  );
  const sorted = latencies.sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    failed,
    totalMs: Math.round(performance.now() - started),
  };
}

async function bareBoltApp(slackApiUrl: string): Promise<{ url: string; close(): void }> {
  const web = express();
  const app = new App({
    token: TOKEN,
    receiver: new ExpressReceiver({ signingSecret: SECRET, app: web }),
    clientOptions: { slackApiUrl },
    logLevel: LogLevel.ERROR,
  });
  app.command('/claim', async ({ ack }) => {
    await ack();
  });
  const server = createServer(web);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function main(): Promise<void> {
  const base = process.env.MONGODB_URI;
  if (!base) throw new Error('set MONGODB_URI (e.g. out=$(scripts/testdb/mongo start) && eval "$out")');
  const policy = loadPolicyFile('examples/policy.yaml');
  const reps = policy.members.filter((m) => m.roles.includes('rep')).map((m) => m.slack);
  const slack = await new SlackEmulator(TOKEN, slackUsersOf(policy)).grantOnly(manifestScopes()).start();
  const dbName = `bench_claims_${Date.now().toString(36)}`;
  const uri = `${base.replace(/\/[^/]*$/, '')}/${dbName}`;
  const app = await startApp(
    {
      mongodbUri: uri,
      slack: { kind: 'http', botToken: TOKEN, signingSecret: SECRET },
      slackApiUrl: slack.apiUrl,
      port: 0,
      policyFile: 'examples/policy.yaml',
      apiToken: API_TOKEN,
      logLevel: 'silent',
    },
    { policy, log: createLog('silent') },
  );
  const bare = await bareBoltApp(slack.apiUrl);
  const appRequests = new SlackRequests(app.url, SECRET, slack);
  const bareRequests = new SlackRequests(bare.url, SECRET, slack);
  const build = await app.deps.db.db?.admin().command({ buildInfo: 1 });
  // FerretDB answers buildInfo with ferretdbVersion ("unknown" when built from the module proxy).
  const database = build?.ferretdbVersion
    ? `FerretDB v1 (reports MongoDB ${build.version}; its storage, SQLite or PostgreSQL, is not visible from here)`
    : `MongoDB ${build?.version}`;

  // Warm both up (JIT, connection pools), then measure the bare app first and the app second.
  await load(50, (i) => bareRequests.command(reps[i % reps.length] as string, '/claim', `warm${i}.bench`));
  await load(50, (i) => appRequests.command(reps[i % reps.length] as string, '/claim', `warm${i}.bench`));
  const bareRun = await load(REQUESTS, (i) =>
    bareRequests.command(reps[i % reps.length] as string, '/claim', `bare${i}.bench`),
  );
  const answersBefore = slack.callsTo('response_url').length;
  const sentAt: number[] = [];
  const appRun = await load(REQUESTS, (i) => {
    sentAt[i] = performance.now();
    return appRequests.command(reps[i % reps.length] as string, '/claim', `d${i}.bench`);
  });
  // The ack is what Slack times; the ephemeral answer follows through response_url.
  process.stderr.write(`bench: acks done at ${Math.round(performance.now())} ms\n`);
  const answerStart = performance.now();
  await slack
    .waitForCall(
      'response_url',
      () => slack.callsTo('response_url').length - answersBefore >= REQUESTS,
      120_000,
    )
    .catch(() => undefined);
  const claimsStored = await app.deps.db.collection('claims').countDocuments({ domain: /^d\d+\.bench$/ });
  // What the rep waits for: the command sent → its ephemeral answer (through response_url).
  const answerMs = slack
    .callsTo('response_url')
    .slice(answersBefore)
    .flatMap((c) => {
      const i = Number(/\bd(\d+)\.bench\b/.exec(String(c.args.text))?.[1] ?? Number.NaN);
      return Number.isNaN(i) || sentAt[i] === undefined ? [] : [(c.at ?? 0) - (sentAt[i] as number)];
    })
    .sort((a, b) => a - b);

  process.stderr.write(`bench: answers drained at ${Math.round(performance.now())} ms\n`);

  // One at a time, nothing else running: what a rep waits for on a quiet day, beside the least a
  // claim can add to the ack: it must read the target's claims and insert its lock, and one
  // database round trip alone is measured here (a read by _id, the cheapest there is).
  const ALONE = 200;
  const bareAlone = await load(
    ALONE,
    (i) => bareRequests.command(reps[0] as string, '/claim', `bs${i}.bench`),
    1,
  );
  const appAlone = await load(
    ALONE,
    (i) => appRequests.command(reps[0] as string, '/claim', `s${i}.bench`),
    1,
  );
  const claimsCollection = app.deps.db.collection('claims');
  const trips: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t = performance.now();
    await claimsCollection.findOne({ _id: `absent${i}` as never });
    trips.push(performance.now() - t);
  }
  trips.sort((a, b) => a - b);
  const rows = Array.from({ length: CHECK_ROWS }, (_, i) =>
    i % 3 === 0 ? `d${i % REQUESTS}.bench` : i % 3 === 1 ? `lead${i}@prospect${i}.io` : `free${i}.io`,
  );
  const t0 = performance.now();
  const res = await fetch(`${app.url}/api/check`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_TOKEN}` },
    body: JSON.stringify(rows),
  });
  const checked = ((await res.json()) as { results: unknown[] }).results.length;
  const checkMs = Math.round(performance.now() - t0);

  console.log(
    JSON.stringify(
      {
        benchmark: 'claims',
        database,
        machine: `${process.platform} ${process.arch}, node ${process.version}`,
        requests: REQUESTS,
        inFlight: IN_FLIGHT,
        bareBoltAckMs: bareRun,
        appClaimAckMs: appRun,
        ratioP50: round(appRun.p50 / bareRun.p50),
        ratioP99: round(appRun.p99 / bareRun.p99),
        appClaimAnswerMs: {
          answered: answerMs.length,
          p50: round(percentile(answerMs, 50)),
          p99: round(percentile(answerMs, 99)),
        },
        answerRatioP99: round(percentile(answerMs, 99) / bareRun.p99),
        oneAtATime: {
          requests: ALONE,
          bareBoltAckMs: bareAlone,
          appClaimMs: appAlone,
          ratioP50: round(appAlone.p50 / bareAlone.p50),
          oneDatabaseRoundTripMs: { p50: round(percentile(trips, 50)), p99: round(percentile(trips, 99)) },
        },
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        claimsStored,
        answersDrainedMsAfterLastAck: Math.round(performance.now() - answerStart),
        apiCheck: { rows: CHECK_ROWS, checked, status: res.status, totalMs: checkMs },
      },
      null,
      2,
    ),
  );
  const phase = (name: string) =>
    process.stderr.write(`bench: ${name} at ${Math.round(performance.now())} ms\n`);
  phase('cleanup start');
  await app.deps.db.dropDatabase();
  phase('database dropped');
  await app.stop();
  phase('app stopped');
  bare.close();
  await slack.stop();
  phase('done');
  // Keep-alive sockets of the HTTP clients would hold the process open for a while.
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
