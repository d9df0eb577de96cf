/**
 * npm run bench (third part): 5,000 generated replies through parse → classify → route →
 * store → DM (the emulated Web API), against the real database. The floor, measured in the
 * same run on the same messages, is mailparser alone. Prints replies/second for both, their
 * ratio, and peak memory (RSS) of each phase.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { simpleParser } from 'mailparser';
import { startApp } from '../src/app.js';
import { createLog } from '../src/log.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { slackUsersOf } from '../src/sandbox/server.js';
import { SlackEmulator } from '../src/sandbox/slack-emulator.js';
import { manifestScopes } from '../src/sandbox/slack-scopes.js';
import { replyModel } from '../src/store/replies.js';
import { ingestMail } from '../src/usecases/replies.js';

const REPLIES = Number(process.env.BENCH_REPLIES ?? 5000);
const IN_FLIGHT = 10;
const TOKEN = 'xoxb-bench';
const TEMPLATES = [
  'interested-en',
  'ru-interested',
  'ru-not-interested',
  'unsubscribe-and-not-interested',
  'ooo-headers',
  'legal',
];

/** Distinct mails from the test fixtures: each its own Message-ID and sender. */
function generate(count: number): Buffer[] {
  const templates = TEMPLATES.map((t) => readFileSync(`test/fixtures/mail/${t}.eml`, 'utf8'));
  return Array.from({ length: count }, (_, i) => {
    const text = (templates[i % templates.length] as string)
      .replace(/^Message-ID: .*$/m, `Message-ID: <bench-${i}@prospect${i % 400}.io>`)
      // Each answers its own email, as replies do: one thread of 800 replies is no inbox's.
      .replace(/<outbound-1@ourco\.io>/g, `<outbound-${i}@ourco.io>`)
      .replace(/^From: (.*)<[^>]+>$/m, `From: $1<lead${i}@prospect${i % 400}.io>`)
      .replace(/^From: ([^<\n]+@[^\n]+)$/m, `From: lead${i}@prospect${i % 400}.io`);
    return Buffer.from(text);
  });
}

/** Runs `work` over every item, IN_FLIGHT at a time; returns wall time and peak RSS. */
async function measure<T>(items: T[], work: (item: T) => Promise<unknown>) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return {
    seconds: Math.round(seconds * 10) / 10,
    perSecond: Math.round(items.length / seconds),
    peakRssMb: Math.round(peak / 1e6),
  };
}

async function main(): Promise<void> {
  const base = process.env.MONGODB_URI;
  if (!base) throw new Error('set MONGODB_URI (e.g. out=$(scripts/testdb/mongo start) && eval "$out")');
  const mails = generate(REPLIES);
  const floor = await measure(mails, (m) => simpleParser(m));

  const policy = loadPolicyFile('examples/policy.yaml');
  const slack = await new SlackEmulator(TOKEN, slackUsersOf(policy)).grantOnly(manifestScopes()).start();
  const app = await startApp(
    {
      mongodbUri: `${base.replace(/\/[^/]*$/, '')}/bench_replies_${Date.now().toString(36)}`,
      slack: { kind: 'http', botToken: TOKEN, signingSecret: 'bench-signing-secret-0123456789' },
      slackApiUrl: slack.apiUrl,
      port: 0,
      policyFile: 'examples/policy.yaml',
      logLevel: 'silent',
    },
    { policy, log: createLog('silent') },
  );
  const pipeline = await measure(mails, (m) => ingestMail(app.deps, m, { mailbox: 'bench' }));
  const stored = await replyModel(app.deps.db).countDocuments({});
  const routed = await replyModel(app.deps.db).countDocuments({ state: { $in: ['routed', 'closed'] } });
  const dms = slack.callsTo('chat.postMessage').filter((c) => c.ok).length;
  console.log(
    JSON.stringify(
      {
        benchmark: 'replies',
        machine: `${process.platform} ${process.arch}, node ${process.version}`,
        replies: REPLIES,
        inFlight: IN_FLIGHT,
        mailparserAlone: floor,
        parseClassifyRouteStoreDm: pipeline,
        ratio: Math.round((floor.perSecond / Math.max(1, pipeline.perSecond)) * 10) / 10,
        stored,
        routed,
        slackMessages: dms,
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
