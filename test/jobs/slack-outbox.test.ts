import { SLACK_OUTBOX } from '../../src/jobs/index.js';
import { outboxModel } from '../../src/store/outbox.js';
import { editLater, editSent } from '../../src/usecases/message-edits.js';
import { MAX_SEND_ATTEMPTS, notify, retryPending, settleSends } from '../../src/usecases/notify.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

let t: TestApp;
let offset = 0;
beforeAll(async () => {
  t = await startTestApp('slack_outbox');
  t.app.deps.clock = { now: () => new Date(Date.now() + offset) };
});
afterAll(() => t.stop());

const alertsTo = (user: string) =>
  t.slack
    .callsTo('chat.postMessage')
    .filter((c) => c.ok && c.args.channel === user && String(c.args.text).startsWith('down.io is claimed'));

describe('Slack messages through the outbox', () => {
  test('when Slack answers 500 through all retries, then the conflict alert waits in the outbox and the retry job sends it once', async () => {
    await t.command(people.sam, '/claim', 'down.io');
    // The harness client retries 3 times: 8 failures cover both DMs (challenger and owner).
    t.slack.failNext(8, { status: 500 });

    const answer = await t.command(people.john, '/claim', 'down.io');

    expect(String(answer.args.text)).toContain('claimed by');
    await waitUntil(
      async () => (await outboxModel(t.app.deps.db).countDocuments({ status: 'pending', attempts: 1 })) === 2,
    );
    expect(alertsTo(people.john)).toHaveLength(0);

    offset = 2 * 60_000; // past the first backoff
    await t.app.deps.jobs.agenda.now(SLACK_OUTBOX);
    await waitUntil(
      async () => (await outboxModel(t.app.deps.db).countDocuments({ status: 'pending' })) === 0,
    );
    expect(alertsTo(people.john)).toHaveLength(1);

    await retryPending(t.app.deps);
    await retryPending(t.app.deps);
    expect(alertsTo(people.john)).toHaveLength(1);
  });

  test('when two retry runs race (two instances), then a pending message is sent once', async () => {
    await t.app.deps.db.collection('outbox').insertOne({
      _id: 'race-test' as never,
      channel: people.maya,
      text: 'race test message',
      status: 'pending',
      attempts: 0,
      nextAttemptAt: new Date(0),
      createdAt: new Date(),
    });
    await Promise.all([retryPending(t.app.deps), retryPending(t.app.deps), retryPending(t.app.deps)]);
    // The job runner's own retry (every minute) may be the one that takes it, still in flight here.
    const raced = () =>
      t.slack.callsTo('chat.postMessage').filter((c) => c.args.text === 'race test message');
    await waitUntil(() => raced().length > 0);
    expect(raced()).toHaveLength(1);
  });

  const queue = (id: string, attempts = 0) =>
    t.app.deps.db.collection('outbox').insertOne({
      _id: id as never,
      channel: people.maya,
      text: `${id} message`,
      status: 'pending',
      attempts,
      nextAttemptAt: new Date(0),
      createdAt: new Date(),
    });
  const stored = (id: string) => outboxModel(t.app.deps.db).findById(id).lean();

  test('when Slack took a message but the app died before recording it, then the retry finds it there and does not send it again', async () => {
    await queue('taken-then-died');
    // The first attempt reached Slack (with its key in the metadata); the app died before it
    // could mark the message sent.
    await t.app.deps.slack.chat.postMessage({
      channel: people.maya,
      text: 'taken-then-died message',
      metadata: { event_type: 'claimdesk_message', event_payload: { key: 'taken-then-died' } },
    });
    await retryPending(t.app.deps);
    await retryPending(t.app.deps);
    expect((await stored('taken-then-died'))?.status).toBe('sent');
    expect(
      t.slack.callsTo('chat.postMessage').filter((c) => c.ok && c.args.text === 'taken-then-died message'),
    ).toHaveLength(1);
  });

  test('when Slack answers 429 with Retry-After longer than the backoff, then the next attempt waits that long', async () => {
    t.slack.failNext(1, { status: 429, retryAfterSeconds: 300, channel: people.maya }); // set before queueing: the job may run
    await queue('rate-limited');
    await retryPending(t.app.deps);
    const m = await stored('rate-limited');
    expect([m?.status, m?.attempts]).toEqual(['pending', 1]);
    const waitMs = (m?.nextAttemptAt.getTime() ?? 0) - t.app.deps.clock.now().getTime();
    expect(waitMs).toBeGreaterThan(290_000); // the backoff alone would be one minute
  });

  test('when the last attempt fails, then the message is failed, never sent again, /healthz counts it and RevOps is told', async () => {
    t.slack.failNext(4, { status: 500, channel: people.maya }); // one attempt: the call and the harness client's 3 retries
    await queue('gives-up', MAX_SEND_ATTEMPTS - 1);
    await retryPending(t.app.deps);
    expect((await stored('gives-up'))?.status).toBe('failed');
    // The report to RevOps is on its first send: let it finish before the clock jumps a day, or
    // the jump expires its lease while it is in flight and the retry job sends it a second time.
    await settleSends(t.app.deps);

    offset += 24 * 60 * 60_000;
    await retryPending(t.app.deps);
    expect(
      t.slack.callsTo('chat.postMessage').filter((c) => c.ok && c.args.text === 'gives-up message'),
    ).toEqual([]);
    const health = (await (await fetch(`${t.app.url}/healthz`)).json()) as { outbox: { failed: number } };
    expect(health.outbox.failed).toBe(1);
    // RevOps hears of it once, with what it said.
    await settleSends(t.app.deps);
    const told = t.slack
      .callsTo('chat.postMessage')
      .filter(
        (c) => c.ok && c.args.channel === 'C03REVOPS' && String(c.args.text).includes('gives-up message'),
      );
    expect(told).toHaveLength(1);
    expect(String(told[0]?.args.text)).toContain('could not be delivered after 8 attempts');
  });

  test('when a job asks for two edits of one message without waiting, then Slack gets them in that order and the last one shows', async () => {
    await notify(t.app.deps, { channel: people.sam, text: 'v0' }, 'edit-order:1');
    editLater(t.app.deps, 'edit-order:1', { text: 'v1' });
    editLater(t.app.deps, 'edit-order:1', { text: 'v2' });
    await settleSends(t.app.deps);
    const sent = await outboxModel(t.app.deps.db).findById('edit-order:1').lean();
    const updates = t.slack.callsTo('chat.update').filter((c) => c.args.ts === sent?.ts);
    expect(updates.map((c) => c.args.text)).toEqual(['v1', 'v2']);
    expect(t.slack.messages.find((m) => m.ts === sent?.ts)?.text).toBe('v2');
  });

  test('when a message is edited while its send waits for a retry (Slack was down), then it goes out as edited, never as it was', async () => {
    await queue('edited-while-pending');
    expect(await editSent(t.app.deps, 'edited-while-pending', (m) => ({ text: `${m.text}: decided` }))).toBe(
      true,
    );
    await retryPending(t.app.deps);
    const posted = t.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.ok && String(c.args.text).startsWith('edited-while-pending'));
    expect(posted.map((c) => c.args.text)).toEqual(['edited-while-pending message: decided']);
    const sent = await stored('edited-while-pending');
    expect(t.slack.messages.find((m) => m.ts === sent?.ts)?.text).toBe(
      'edited-while-pending message: decided',
    );
  });

  test('when Slack took a message before the app died and it was edited meanwhile, then the retry shows the edit on the message Slack has', async () => {
    await queue('taken-then-edited');
    const { ts } = await t.app.deps.slack.chat.postMessage({
      channel: people.maya,
      text: 'taken-then-edited message',
      metadata: { event_type: 'claimdesk_message', event_payload: { key: 'taken-then-edited' } },
    });
    await editSent(t.app.deps, 'taken-then-edited', { text: 'taken-then-edited: decided' });
    await retryPending(t.app.deps);
    expect((await stored('taken-then-edited'))?.ts).toBe(ts);
    expect(t.slack.messages.find((m) => m.ts === ts)?.text).toBe('taken-then-edited: decided');
    expect(
      t.slack.callsTo('chat.postMessage').filter((c) => String(c.args.text).startsWith('taken-then-edited')),
    ).toHaveLength(1);
  });
});
