import mongoose from 'mongoose';
import { escalationModel } from '../../src/store/escalations.js';
import { ESCALATION_TIMEBOX } from '../../src/usecases/escalation.js';
import { settleSends } from '../../src/usecases/notify.js';
import { openDisputeIn } from '../support/dispute.js';
import { databaseUri, startTestApp, type TestApp } from '../support/harness.js';
import { people, testPolicy } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

/**
 * A dispute opens on one app instance, which then stops. While it is down the timebox runs
 * out. Two fresh instances start on the same database: the job is still there (Agenda keeps
 * it in MongoDB), one of them runs it, and the dispute moves up exactly once, even when the
 * job is run again on both instances.
 */
const uri = databaseUri('escalation_restart');
const policy = testPolicy({ escalation: { defaults: { rep: 'challenger_takes' } } });
let second: TestApp | undefined;
let third: TestApp | undefined;
afterAll(async () => {
  await third?.stop({ keepData: true });
  await second?.stop();
});

/** Moves the dispute's timebox to "now", as if its due time came while no app was running. */
async function timeboxComesDue(escalationId: string): Promise<number> {
  const db = await mongoose.createConnection(uri).asPromise();
  try {
    const res = await db
      .collection('jobs')
      .updateMany(
        { name: ESCALATION_TIMEBOX, 'data.escalationId': escalationId },
        { $set: { nextRunAt: new Date() } },
      );
    return res.modifiedCount;
  } finally {
    await db.close();
  }
}

test('when the app restarts after a timebox ran out, then two new instances apply the default (the policy’s per-tier rule) and move it up exactly once', async () => {
  const first = await startTestApp('escalation_restart', { policy, config: { mongodbUri: uri } });
  const id = await openDisputeIn(first, 'restart.io');
  await first.stop({ keepData: true });
  expect(await timeboxComesDue(id)).toBe(1);

  [second, third] = await Promise.all([
    startTestApp('escalation_restart', { policy, config: { mongodbUri: uri } }),
    startTestApp('escalation_restart', { policy, config: { mongodbUri: uri } }),
  ]);
  const apps = [second, third];
  const db = second.app.deps.db;
  await waitUntil(async () => (await escalationModel(db).findById(id).lean())?.state === 'lead', 15_000);
  expect((await escalationModel(db).findById(id).lean())?.interim).toMatchObject({
    sender: people.john,
    pauser: people.sam,
    why: 'policy_challenger',
  });

  // The same job again on both instances: a retry, a second scheduler. Nothing more happens.
  for (const t of apps)
    await t.app.deps.jobs.agenda.now(ESCALATION_TIMEBOX, { escalationId: id, tier: 'rep' });
  // Each ran and succeeded: one-off jobs are removed when done.
  await waitUntil(
    async () =>
      (await db.collection('jobs').countDocuments({ name: ESCALATION_TIMEBOX, 'data.tier': 'rep' })) === 0,
    15_000,
  );

  // The posts go out through the outbox after the move is stored: wait for them, let every
  // send still under way finish, then count (CI run 60 counted while the first was in flight).
  const posted = () => apps.flatMap((t) => t.slack.callsTo('chat.postMessage').filter((c) => c.ok));
  const tier2 = () =>
    posted().filter((c) => String(c.args.text).startsWith('Dispute over restart.io: Tier 2'));
  const noDecision = (rep: string) =>
    posted().filter(
      (c) => c.args.channel === rep && String(c.args.text).startsWith('No decision on *restart.io*'),
    );
  await waitUntil(
    () => tier2().length > 0 && noDecision(people.sam).length > 0 && noDecision(people.john).length > 0,
    15_000,
  );
  await Promise.all(apps.map((t) => settleSends(t.app.deps)));
  expect(tier2()).toHaveLength(1);
  for (const rep of [people.sam, people.john]) expect(noDecision(rep)).toHaveLength(1);
  expect((await escalationModel(db).findById(id).lean())?.state).toBe('lead');
});
