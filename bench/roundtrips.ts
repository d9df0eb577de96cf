/**
 * npm run bench (first part): database round trips per operation, counted with the driver's
 * command monitoring while the app does one operation at a time with nothing else running
 * (the job runner polls once an hour here). Prints JSON: commands per operation and by name.
 *
 * Operations: a /claim of a free domain; a /claim into someone's claim (the conflict path);
 * "Pause my sequence" on the conflict alert; a reply (parse → route → store → DM); a dispute's
 * rep-tier timebox running out (default decision and move up).
 */
import { readFileSync } from 'node:fs';
import type { CommandStartedEvent } from 'mongodb';
import { escalationModel } from '../src/store/escalations.js';
import { timeboxExpired } from '../src/usecases/escalation.js';
import { ingestMail } from '../src/usecases/replies.js';
import { conflictActions, escalationFields, escalationModals } from '../src/views/ids.js';
import { startTestApp, type TestApp } from '../test/support/harness.js';
import { people } from '../test/support/policy.js';
import { waitUntil } from '../test/support/wait.js';

const N = Number(process.env.BENCH_ROUNDTRIP_OPS ?? 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** BENCH_TRACE=1: each command on stderr with the app's functions that sent it (to find what to cut). */
const TRACE = !!process.env.BENCH_TRACE;
if (TRACE) Error.stackTraceLimit = 50;
const callers = () =>
  (new Error().stack ?? '')
    .split('\n')
    .filter((l) => l.includes('/src/') && !l.includes('node_modules'))
    .map((l) =>
      l
        .trim()
        .replace(/^at (async )?/, '')
        .replace(/\(.*\/src\//, '(')
        .replace(/:\d+\)$/, ')'),
    )
    .slice(0, 4)
    .join(' ← ');

/** Counts the commands the app sends while `work` runs and until the database goes quiet. */
async function counted(t: TestApp, work: () => Promise<void>): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  let last = Date.now();
  const listener = (e: CommandStartedEvent) => {
    // Creating a collection and its indexes happens once per process, not per operation.
    if (e.commandName === 'create' || e.commandName === 'createIndexes') return;
    const target = String(e.command[e.commandName] ?? '');
    const key = `${e.commandName} ${target}`.trim();
    if (TRACE) process.stderr.write(`${key} ← ${callers()}\n`);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    last = Date.now();
  };
  const client = t.app.deps.db.getClient();
  client.on('commandStarted', listener);
  await work();
  // Effects after the answer (outbox sends, their bookkeeping) count too.
  while (Date.now() - last < 500) await sleep(100);
  client.off('commandStarted', listener);
  return seen;
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

async function perOperation(
  t: TestApp,
  name: string,
  work: (i: number) => Promise<void>,
): Promise<{ operation: string; roundTrips: number; commands: Record<string, number> }> {
  const sums = new Map<string, number>();
  for (let i = 0; i < N; i++) {
    const one = await counted(t, () => work(i));
    for (const [k, v] of one) sums.set(k, (sums.get(k) ?? 0) + v);
  }
  const commands = Object.fromEntries(
    [...sums].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round((v / N) * 10) / 10]),
  );
  return { operation: name, roundTrips: Math.round((total(sums) / N) * 10) / 10, commands };
}

async function conflictAlert(t: TestApp, domain: string, challenger: string) {
  return t.slack.waitForCall(
    'chat.postMessage',
    (c) => c.ok && c.args.channel === challenger && String(c.args.text).startsWith(`${domain} is claimed`),
  );
}

const valueIn = (blocks: unknown, actionId: string) =>
  (JSON.stringify(blocks).match(new RegExp(`"action_id":"${actionId}","value":"([^"]+)"`)) ?? [])[1] ?? '';

async function openDispute(t: TestApp, domain: string): Promise<string> {
  await t.command(people.sam, '/claim', domain);
  await t.command(people.john, '/claim', domain);
  const alert = await conflictAlert(t, domain, people.john);
  const ts = t.slack.conversation(`D${people.john}`).find((m) => m.text === alert.args.text)?.ts as string;
  await t.requests.blockAction(
    people.john,
    { action_id: conflictActions.handoff, value: valueIn(alert.args.blocks, conflictActions.handoff) },
    { channel: `D${people.john}`, messageTs: ts },
  );
  const modal = await t.slack.waitForCall(
    'views.open',
    (c) =>
      (c.args.view as { callback_id: string }).callback_id === escalationModals.handoff &&
      String((c.args.view as { private_metadata: string }).private_metadata).includes(ts),
  );
  await t.requests.viewSubmission(people.john, modal.args.view as Record<string, unknown>, {
    [escalationFields.reason.block]: {
      [escalationFields.reason.action]: { type: 'plain_text_input', value: 'I booked a demo' },
    },
    [escalationFields.contacts.block]: {
      [escalationFields.contacts.action]: { type: 'plain_text_input', value: '' },
    },
  });
  let id = '';
  await waitUntil(async () => {
    id = (await escalationModel(t.app.deps.db).findOne({ domain }).lean())?._id.toHexString() ?? '';
    return !!id;
  });
  return id;
}

export async function roundTrips(): Promise<
  { operation: string; roundTrips: number; commands: Record<string, number> }[]
> {
  const t = await startTestApp('bench_roundtrips', { processEvery: 3_600_000, monitorCommands: true });
  try {
    await sleep(1000); // start-up work (indexes, recurring jobs) is not an operation
    const results = [];
    results.push(
      await perOperation(t, '/claim (free domain)', async (i) => {
        await t.command(people.sam, '/claim', `free${i}.bench`);
      }),
    );
    results.push(
      await perOperation(t, '/claim (into a claim: conflict)', async (i) => {
        await t.command(people.john, '/claim', `free${i}.bench`);
        await conflictAlert(t, `free${i}.bench`, people.john);
      }),
    );
    results.push(
      await perOperation(t, 'button: Pause my sequence', async (i) => {
        const alert = await conflictAlert(t, `free${i}.bench`, people.john);
        const before = t.slack.callsTo('response_url').length;
        await t.requests.blockAction(
          people.john,
          { action_id: conflictActions.pause, value: valueIn(alert.args.blocks, conflictActions.pause) },
          { channel: `D${people.john}`, messageTs: '1.1' },
        );
        await waitUntil(
          () =>
            t.slack.callsTo('response_url').length > before ||
            t.slack.callsTo('chat.update').some((c) => String(c.args.text).includes(`free${i}.bench`)),
        );
      }),
    );
    const mail = readFileSync('test/fixtures/mail/interested-en.eml', 'utf8');
    results.push(
      await perOperation(t, 'reply (parse → route → store → DM)', async (i) => {
        const id = `rt-${i}@free${i}.bench`;
        const raw = mail
          .replace(/^Message-ID: .*$/m, `Message-ID: <${id}>`)
          .replace(/jane@acme\.com/g, `jane@free${i}.bench`);
        // Routed by the time it returns; reading it back here would count as the app's.
        const stored = await ingestMail(t.app.deps, Buffer.from(raw), { mailbox: 'INBOX', uid: i + 1 });
        if (stored.kind !== 'stored' || stored.reply._id !== id)
          throw new Error(`reply ${id}: ${stored.kind}`);
      }),
    );
    const disputes: string[] = [];
    for (let i = 0; i < N; i++) disputes.push(await openDispute(t, `dispute${i}.bench`));
    await sleep(1000);
    results.push(
      await perOperation(t, 'timebox runs out (rep tier)', async (i) => {
        await timeboxExpired(t.app.deps, disputes[i] as string, 'rep');
      }),
    );
    return results;
  } finally {
    await t.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  roundTrips().then(
    (r) => {
      console.log(JSON.stringify({ bench: 'round trips per operation', operations: N, results: r }, null, 2));
      process.exit(0);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
