import mongoose, { type Connection } from 'mongoose';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { SlackEmulator } from '../../src/sandbox/slack-emulator.js';
import { type Claim, type ClaimLock, claimLockModel, claimModel } from '../../src/store/claims.js';
import {
  CHILD_POLICY,
  ChildApp,
  faultSeeds,
  seeded,
  startFaultSlack,
  stopFaultSlack,
} from '../support/child-app.js';
import { databaseUri } from '../support/harness.js';
import { waitUntil } from '../support/wait.js';

/**
 * The fault suite's claim burst (issue 13): the real app as a child process, a burst of /claim
 * from every rep (some on the same accounts), kill -9 after a seeded number of acks, a restart
 * on the same database, then: every acked command answered (its answer, or "run it again"),
 * every answered claim held, and no orphan or double claim. Seeded, so a failure replays.
 */
let slack: SlackEmulator;
let app: ChildApp | undefined;
beforeAll(async () => {
  slack = await startFaultSlack();
});
afterAll(() => stopFaultSlack(slack));

interface Acked {
  user: string;
  domain: string;
  responseUrl: string;
}

/** The answers a command got: through its response_url, or a "run it again" DM naming it. */
const answersTo = (a: Acked) => [
  ...slack.callsTo('response_url').filter((c) => c.args.responseUrl === a.responseUrl),
  ...slack
    .callsTo('chat.postMessage')
    .filter((c) => c.args.channel === a.user && String(c.args.text).includes(`\`/claim ${a.domain}\``)),
];

describe.each(faultSeeds())('kill -9 during a burst of /claim (seed %i)', (seed) => {
  let conn: Connection;
  const acked: Acked[] = [];
  const next = seeded(seed);
  // Killed this long after the n-th ack: some answers out, some writes half-done.
  const killAfter = 5 + Math.floor(next() * 40);
  const killDelay = Math.floor(next() * 600);

  beforeAll(async () => {
    const db = databaseUri(`faults_claims_${seed}`);
    conn = await mongoose.createConnection(db).asPromise();
    await conn.dropDatabase();
    const reps = loadPolicyFile(CHILD_POLICY)
      .members.filter((m) => m.roles.includes('rep'))
      .map((m) => m.slack);
    // 80 claims on 30 accounts: a third of them meet a claim from another rep.
    const burst = Array.from({ length: 80 }, () => ({
      user: reps[Math.floor(next() * reps.length)] as string,
      domain: `burst-${seed}-${Math.floor(next() * 30)}.io`,
    }));

    app = await ChildApp.on(slack, db);
    await app.start();
    const first = app;
    let i = 0;
    let killing: NodeJS.Timeout | undefined;
    const worker = async () => {
      while (i < burst.length) {
        const c = burst[i++] as (typeof burst)[number];
        try {
          const res = await first.requests.command(c.user, '/claim', c.domain);
          if (res.status === 200) acked.push({ ...c, responseUrl: res.responseUrl });
        } catch {
          // The app is down: Slack would show "dispatch_failed"; nothing was acked.
        }
        if (acked.length >= killAfter && !killing) killing = setTimeout(() => first.kill(), killDelay);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await new Promise((r) => setTimeout(r, killDelay));
    first.kill();
    await first.start();
  }, 120_000);

  afterAll(async () => {
    app?.kill();
    await conn.close();
  });

  test('then every acked command is answered: with its outcome, or asked to run again', async () => {
    expect(acked.length).toBeGreaterThanOrEqual(killAfter);
    // A "run it again" DM that Slack rate-limits goes out on the outbox's next minute.
    await waitUntil(() => acked.every((a) => answersTo(a).length > 0), 150_000);
  }, 160_000);

  test('then the sweep finishes every taking, there is no orphan and no double claim, and every "is yours" is held by that rep', async () => {
    // Takings the kill cut short are the restarted app's sweep to finish (at start, then each
    // minute): wait until every lock's claim is written, then read the locks before the claims
    // (two reads are no snapshot).
    await waitUntil(async () => {
      const claimIds = (await claimLockModel(conn).find({}, { claimId: 1 }).lean<ClaimLock[]>()).map(
        (l) => l.claimId,
      );
      return (await claimModel(conn).countDocuments({ _id: { $in: claimIds } })) === claimIds.length;
    }, 90_000);
    const locks = await claimLockModel(conn).find({}).lean<ClaimLock[]>();
    const claims = await claimModel(conn).find({ status: 'active' }).lean<Claim[]>();
    const lockOf = new Map(locks.map((l) => [l._id, l]));
    const keys = claims.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length); // one live claim per account
    for (const c of claims) expect(String(lockOf.get(c.key)?.claimId)).toBe(String(c._id)); // none unlocked
    // Every lock is a live claim; one that is not is shown with its claim, so a failure says
    // which step was missing.
    const active = new Set(claims.map((c) => String(c._id)));
    const stray = locks.filter((l) => !active.has(String(l.claimId)));
    const strayClaims = await claimModel(conn)
      .find({ _id: { $in: stray.map((l) => l.claimId) } })
      .lean<Claim[]>();
    expect(stray.map((l) => ({ lock: l, claim: strayClaims.find((c) => c._id.equals(l.claimId)) }))).toEqual(
      [],
    );

    for (const a of acked) {
      const yours = answersTo(a).some((c) => String(c.args.text).startsWith(`${a.domain} is yours`));
      if (yours) expect(lockOf.get(`account:${a.domain}`)?.owner).toBe(a.user);
    }
  }, 120_000);
});
