import { type OutboxMessage, outboxModel } from '../../src/store/outbox.js';
import { retryPending, settleSends } from '../../src/usecases/notify.js';
import { postApi, startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

/**
 * The fault suite's Slack storm (issue 13): Slack answers 500, then 429, to 40 calls in a row while reps
 * run into each other's accounts by /claim and by recorded sends. Every request is answered
 * without waiting on Slack, every message is stored, and the outbox delivers each exactly once.
 */
let t: TestApp;
let offset = 0;
beforeAll(async () => {
  t = await startTestApp('faults_storm');
  t.app.deps.clock = { now: () => new Date(Date.now() + offset) };
});
afterAll(() => t.stop());

const record = (body: Record<string, unknown>) => postApi(t, '/activities', body);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

test('when Slack answers 500 then 429 to 40 calls in a row during a burst of conflicts, then every request is answered, nothing is lost and every message arrives once', async () => {
  for (const i of range(6)) await t.command(people.sam, '/claim', `storm-${i}.io active_sequence`);
  await settleSends(t.app.deps);
  const before = t.slack.callsTo('chat.postMessage').length;
  // 500s, then 429s with Retry-After, as Slack does when it recovers under load.
  t.slack.failNext(25, { status: 500 });
  t.slack.failNext(15, { status: 429, retryAfterSeconds: 1 });

  // John claims three of Sam's accounts; Maya's sends to the other three are recorded.
  const [claims, sends] = await Promise.all([
    Promise.all(range(3).map((i) => t.command(people.john, '/claim', `storm-${i}.io`))),
    Promise.all(
      range(3).map((i) =>
        record({ type: 'outbound_email', email: `cto@storm-${i + 3}.io`, member: 'maya@ourco.io' }),
      ),
    ),
  ]);
  for (const answer of claims) expect(String(answer.args.text)).toMatch(/is claimed by \*Sam Ortiz\*/);
  for (const res of sends) expect(res.status).toBe(201);

  // Every conflict's messages are stored, whatever Slack said: the rep's alert and Sam's heads-up.
  await settleSends(t.app.deps);
  const stored = await outboxModel(t.app.deps.db)
    .find({ createdAt: { $gte: new Date(Date.now() - 600_000) } })
    .lean<OutboxMessage[]>();
  const aboutStorm = stored.filter((m) => m.text.includes('storm-'));
  for (const i of range(6)) {
    const about = aboutStorm.filter((m) => m.text.includes(`storm-${i}.io`));
    expect(about.length).toBeGreaterThanOrEqual(2);
  }
  expect(
    t.slack
      .callsTo('chat.postMessage')
      .slice(before)
      .filter((c) => !c.ok).length,
  ).toBeGreaterThan(0);
  // The storm hit these messages: some wait in the outbox now.
  expect(await outboxModel(t.app.deps.db).countDocuments({ status: 'pending' })).toBeGreaterThan(0);

  // The retry job, an hour at a time, until nothing is pending.
  for (let hour = 1; hour <= 8; hour++) {
    offset = hour * 3_600_000;
    await retryPending(t.app.deps);
    if ((await outboxModel(t.app.deps.db).countDocuments({ status: 'pending' })) === 0) break;
  }
  await waitUntil(async () => (await outboxModel(t.app.deps.db).countDocuments({ status: 'pending' })) === 0);
  expect(await outboxModel(t.app.deps.db).countDocuments({ status: 'failed' })).toBe(0);

  // Each stored message reached Slack exactly once.
  const delivered = t.slack.callsTo('chat.postMessage').filter((c) => c.ok);
  for (const m of aboutStorm) {
    const copies = delivered.filter((c) => c.args.text === m.text).length;
    const sameText = aboutStorm.filter((x) => x.text === m.text).length;
    expect([m._id, copies]).toEqual([m._id, sameText]);
  }
});
