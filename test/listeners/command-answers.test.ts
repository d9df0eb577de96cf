import type { CommandStartedEvent, CommandSucceededEvent } from 'mongodb';
import { databaseUri, startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { SlowLink } from '../support/slow-link.js';
import { waitUntil } from '../support/wait.js';

/**
 * Where a slash command's answer goes: in its ack when the work finishes in time (Slack shows
 * the ack's body), else recorded, acked empty and answered through the response_url.
 */
const commandRecordWrites = (t: TestApp) => {
  const seen: string[] = [];
  t.app.deps.db.getClient().on('commandStarted', (e: CommandStartedEvent) => {
    // Writes only: the outbox job reads the collection now and then (commands a crash cut short).
    const write = ['insert', 'update', 'delete'].includes(e.commandName);
    if (write && e.command[e.commandName] === 'command_requests') seen.push(e.commandName);
  });
  return seen;
};

describe('a /claim that finishes in time', () => {
  let t: TestApp;
  beforeAll(async () => {
    // "In time" is a deadline, so this test gives it room a loaded CI machine needs (run 387: the
    // first /claim of a fresh app, its connections and indexes still cold, missed the 1 s default):
    // 2 s, where the late path would ack anyway, and one /claim first to warm the app.
    t = await startTestApp('command_answers_fast', { monitorCommands: true, answerInAckMs: 2_000 });
    await t.requests.command(people.sam, '/claim', 'warm-up.example');
  });
  afterAll(() => t.stop());

  test('is answered in its ack, with nothing recorded and nothing posted to its response_url', async () => {
    const writes = commandRecordWrites(t);
    const res = await t.requests.command(people.sam, '/claim', 'acme.com');
    expect(res.status).toBe(200);
    expect(String((res.json() as { text: string }).text)).toMatch(/^acme\.com is yours until/);
    const answers = t.slack.callsTo('response_url').filter((c) => c.args.responseUrl === res.responseUrl);
    expect(answers.map((c) => c.args.inAck)).toEqual([true]);
    expect(writes).toEqual([]);
  });

  test('and a bad one is acked, then its error comes through the response_url', async () => {
    const res = await t.requests.command(people.sam, '/claim', 'acme.com research 90d');
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    const error = await t.slack.waitForCall('response_url', (c) => c.args.responseUrl === res.responseUrl);
    expect(String(error.args.text)).toMatch(/A claim lasts at most/);
  });
});

describe('a /claim past the ack deadline', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('command_answers_slow', { monitorCommands: true, answerInAckMs: 0 });
  });
  afterAll(() => t.stop());

  test('is recorded, acked empty, answered through its response_url, then forgotten', async () => {
    const writes = commandRecordWrites(t);
    const res = await t.requests.command(people.sam, '/claim', 'globex.com');
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    const answer = await t.slack.waitForCall('response_url', (c) => c.args.responseUrl === res.responseUrl);
    expect(String(answer.args.text)).toMatch(/^globex\.com is yours until/);
    expect(answer.args.inAck).toBeUndefined();
    // Forgotten once answered: the record's delete follows the answer.
    await waitUntil(() => writes.length >= 2);
    expect(writes).toEqual(['insert', 'delete']);
  });
});

describe('a /claim past the ack deadline on a slow database', () => {
  let t: TestApp;
  let link: SlowLink;
  beforeAll(async () => {
    link = await SlowLink.to(databaseUri('command_answers_slow_db'));
    t = await startTestApp('command_answers_slow_db', {
      monitorCommands: true,
      answerInAckMs: 0,
      config: { mongodbUri: link.uri },
    });
  });
  afterAll(async () => {
    await t.stop();
    await link.close();
  });

  test('is acked only once its record is written: a crash right after the ack still has it to answer', async () => {
    // When the database confirmed the record's insert (commandSucceeded), by request id.
    const inserts = new Set<number>();
    let recordedAt: number | undefined;
    const client = t.app.deps.db.getClient();
    client.on('commandStarted', (e: CommandStartedEvent) => {
      if (e.commandName === 'insert' && e.command.insert === 'command_requests') inserts.add(e.requestId);
    });
    client.on('commandSucceeded', (e: CommandSucceededEvent) => {
      if (inserts.has(e.requestId)) recordedAt ??= Date.now();
    });
    // Only the record's insert is slowed: every other round trip stays fast, so no command waits
    // for a connection behind it and no connection is opened behind the slow link (in CI runs 355
    // and 365, with every write slowed on a loaded machine, the insert landed after the ack's 2 s
    // bound, so the ack went first, as designed). It takes most of a second: longer than the half
    // second the ack used to wait, well inside the 2 s it waits now.
    link.slows = (chunk) => chunk.includes('command_requests') && chunk.includes('insert');
    link.delayMs = 900;
    const sentAt = Date.now();
    const res = await t.requests.command(people.sam, '/claim', 'initech.com');
    const ackedAt = Date.now();
    link.delayMs = 0;
    link.slows = undefined;
    expect(res.status).toBe(200);
    expect(recordedAt).toBeDefined();
    // The insert was the slow one (else this test would prove nothing), and the ack waited for it.
    expect((recordedAt as number) - sentAt).toBeGreaterThanOrEqual(900);
    expect(recordedAt as number).toBeLessThanOrEqual(ackedAt);
    const answer = await t.slack.waitForCall('response_url', (c) => c.args.responseUrl === res.responseUrl);
    expect(String(answer.args.text)).toMatch(/^initech\.com is yours until/);
  });

  test('and one that fails after it was recorded is forgotten only once its error is out: a crash before, or a response_url that fails, leaves it for the sweep', async () => {
    const errorOut = () =>
      t.slack.callsTo('response_url').some((c) => /no claim on nothing-here\.io/.test(String(c.args.text)));
    // This command's record only (an earlier test's delete may still be on its way).
    const writes: string[] = [];
    let id: string | undefined;
    t.app.deps.db.getClient().on('commandStarted', (e: CommandStartedEvent) => {
      if (e.command.insert === 'command_requests' && e.command.documents?.[0]?.command === '/release') {
        id = e.command.documents[0]._id;
        writes.push('insert');
      }
      if (e.command.delete === 'command_requests' && id && e.command.deletes?.[0]?.q?._id === id)
        writes.push(`delete${errorOut() ? ' after the error' : ''}`);
    });
    // Slow enough that the record is written while /release looks up the claim it then fails on.
    link.delayMs = 300;
    const res = await t.requests.command(people.sam, '/release', 'nothing-here.io');
    expect(res.status).toBe(200);
    await waitUntil(() => writes.length >= 2);
    link.delayMs = 0;
    expect(writes).toEqual(['insert', 'delete after the error']);
  });
});
