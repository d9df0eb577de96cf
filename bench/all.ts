/**
 * `npm run bench`: every benchmark in turn (each in its own process, so one's memory and
 * sockets do not colour the next), then one table: each measure beside its floor measured in
 * the same run, the ratio, database round trips per operation, and peak RSS. The JSON of each
 * benchmark is kept in bench-results/ (git-ignored). Needs MONGODB_URI; name the database
 * server in what you quote (FerretDB on SQLite scans whole collections; on PostgreSQL it does not).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

const exec = promisify(execFile);
// biome-ignore lint/suspicious/noExplicitAny: each benchmark's JSON, read as it comes
type Json = Record<string, any>;

async function run(script: string): Promise<Json> {
  process.stderr.write(`bench: ${script}…\n`);
  const { stdout } = await exec('node_modules/.bin/tsx', [`bench/${script}.ts`], {
    maxBuffer: 64 << 20,
    env: process.env,
  });
  const json = JSON.parse(stdout.slice(stdout.indexOf('{'))) as Json;
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/${script}.json`, JSON.stringify(json, null, 2));
  return json;
}

const ms = (n: number) =>
  n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n)} ms`;
const x = (a: number, b: number) => `${(a / Math.max(b, 1e-9)).toFixed(2)}×`;

async function main(): Promise<void> {
  if (!process.env.MONGODB_URI) throw new Error('set MONGODB_URI (see README → Benchmarks)');
  const roundTrips = await run('roundtrips');
  const claims = await run('claims');
  const escalations = await run('escalations');
  const replies = await run('replies');
  const inbox = await run('inbox');
  const classifier = await run('classifier');
  const oddMail = await run('odd-mail');
  const rt = (name: string) =>
    String(
      (roundTrips.results as Json[]).find((r) => String(r.operation).startsWith(name))?.roundTrips ?? '',
    );

  const rows: string[][] = [
    ['measure', 'the app', 'floor (same run)', 'ratio', 'round trips / op', 'peak RSS'],
    [
      `/claim ack, p99 (${claims.requests} requests, ${claims.inFlight} in flight)`,
      ms(claims.appClaimAckMs.p99),
      `bare Bolt ack ${ms(claims.bareBoltAckMs.p99)}`,
      x(claims.appClaimAckMs.p99, claims.bareBoltAckMs.p99),
      rt('/claim (free'),
      `${claims.peakRssMb} MB`,
    ],
    [
      '/claim answer (ephemeral), p99',
      ms(claims.appClaimAnswerMs.p99),
      `bare Bolt ack ${ms(claims.bareBoltAckMs.p99)}`,
      x(claims.appClaimAnswerMs.p99, claims.bareBoltAckMs.p99),
      `${rt('/claim (into')} (conflict)`,
      '',
    ],
    [
      `/claim answer one at a time, p50 (${claims.oneAtATime.requests} requests)`,
      ms(claims.oneAtATime.appClaimMs.p50),
      `bare Bolt ack ${ms(claims.oneAtATime.bareBoltAckMs.p50)}; one database round trip ${ms(claims.oneAtATime.oneDatabaseRoundTripMs.p50)}`,
      x(claims.oneAtATime.appClaimMs.p50, claims.oneAtATime.bareBoltAckMs.p50),
      '',
      '',
    ],
    [
      `timebox lateness, p99 (${escalations.disputes} due within a minute)`,
      ms(escalations.defaultDecisionLatenessMs.p99),
      `Agenda no-op job ${ms(escalations.baselineNoopJobLatenessMs.p99)}`,
      x(escalations.defaultDecisionLatenessMs.p99, escalations.baselineNoopJobLatenessMs.p99),
      rt('timebox'),
      '',
    ],
    [
      `replies/second (${replies.replies} replies, parse → DM)`,
      String(replies.parseClassifyRouteStoreDm.perSecond),
      `mailparser alone ${replies.mailparserAlone.perSecond}`,
      x(replies.mailparserAlone.perSecond, replies.parseClassifyRouteStoreDm.perSecond),
      rt('reply'),
      `${replies.parseClassifyRouteStoreDm.peakRssMb} MB`,
    ],
    [
      `reply arrival → owner DM, p99 (${inbox.mails} mails)`,
      ms(inbox.arrivalToDmMs.p99),
      `IMAP EXISTS ${ms(inbox.imapExistsMs.p99)}`,
      x(inbox.arrivalToDmMs.p99, inbox.imapExistsMs.p99),
      '',
      '',
    ],
    [
      `classifier alone, replies/second (${classifier.mails} corpus mails)`,
      String(classifier.classifierPerSecond),
      `one regex test ${classifier.oneRegexPerSecond}`,
      x(classifier.oneRegexPerSecond, classifier.classifierPerSecond),
      '0',
      '',
    ],
    [
      `the slowest odd mail of 200 kB, parse → classify (${oddMail.slowest.shape})`,
      ms(oddMail.slowest.ms),
      `mailparser alone ${ms(oddMail.slowest.mailparserMs)}`,
      x(oddMail.slowest.ms, oddMail.slowest.mailparserMs),
      '0',
      '',
    ],
    ['button press (Pause my sequence)', '', '', '', rt('button'), ''],
  ];
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  console.log(
    [line(rows[0] as string[]), line(rows[0]?.map(() => '---') as string[]), ...rows.slice(1).map(line)].join(
      '\n',
    ),
  );
  console.log(
    `\nmoved up twice: ${escalations.movedTwice} of ${escalations.disputes}; claims stored ${claims.claimsStored} of ${claims.requests}; replies routed ${replies.routed} of ${replies.replies}`,
  );
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
