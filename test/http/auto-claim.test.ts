import { auditModel } from '../../src/store/audit.js';
import { claimModel, liveClaim } from '../../src/store/claims.js';
import { postApi, startTestApp, type TestApp } from '../support/harness.js';
import { people, testPolicy } from '../support/policy.js';

/**
 * "First recorded outbound wins": the records make the lock. Through the real HTTP API, the
 * real database and the Slack emulation.
 */
let t: TestApp;
let off: TestApp;
beforeAll(async () => {
  t = await startTestApp('auto_claim');
  off = await startTestApp('auto_claim_off', {
    policy: testPolicy({ claims: { autoClaim: false } }),
  });
});
afterAll(async () => {
  await t.stop();
  await off.stop();
});

const record = (app: TestApp, body: Record<string, unknown>) => postApi(app, '/activities', body);

describe('automatic locks', () => {
  test('when a rep’s first send to an account nobody holds is recorded, then the account is theirs, activated, audited as automatic, and they are told', async () => {
    const res = await record(t, {
      type: 'outbound_email',
      email: 'dana@northwind.com',
      member: 'sam@ourco.io',
      sequence: 'Q4 outbound',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      claimed: { key: 'account:northwind.com', reason: 'active_sequence' },
      conflict: null,
    });
    const claim = await liveClaim(t.app.deps.db, 'account:northwind.com');
    expect(claim).toMatchObject({ owner: people.sam, reason: 'active_sequence' });
    expect(claim?.activatedAt).toBeDefined();
    const audit = await auditModel(t.app.deps.db).find({ key: 'account:northwind.com' }).lean();
    expect(audit.map((e) => [e.kind, e.actor])).toEqual([['auto_claim', 'system']]);
    expect(audit[0]?.reason).toContain('outbound email to dana@northwind.com (sequence Q4 outbound)');
    await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === people.sam && String(c.args.text).startsWith('northwind.com is yours now'),
    );
    const check = await t.command(people.john, '/check', 'northwind.com');
    expect(JSON.stringify(check.args.blocks)).toContain('Sam Ortiz');
  });

  test('when another rep’s sequence then reaches that account, then no claim is made, and both hear what happened', async () => {
    const res = await record(t, {
      type: 'sequence_start',
      email: 'lee@northwind.com',
      member: people.john,
      sequence: 'Ben blitz',
    });
    expect(await res.json()).toMatchObject({ claimed: null, conflict: { owner: people.sam } });
    const alert = await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === people.john && String(c.args.text).startsWith('lee@northwind.com is claimed'),
    );
    expect(JSON.stringify(alert.args.blocks)).toContain(
      'Your sequence *Ben blitz* just reached *lee@northwind.com*',
    );
    const headsUp = await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === people.sam && String(c.args.text).startsWith('John Reed ran into'),
    );
    expect(JSON.stringify(headsUp.args.blocks)).toContain("John Reed's sequence *Ben blitz* just reached");
    expect(await claimModel(t.app.deps.db).countDocuments({ domain: 'northwind.com' })).toBe(1);
  });

  test('when two reps’ first sends to one free account are recorded at once, then exactly one holds it and the other is alerted', async () => {
    const [a, b] = await Promise.all([
      record(t, { type: 'call', domain: 'race.io', member: people.maya }),
      record(t, { type: 'call', domain: 'race.io', member: people.priya }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const claims = await claimModel(t.app.deps.db).find({ domain: 'race.io', status: 'active' }).lean();
    expect(claims).toHaveLength(1);
    const loser = claims[0]?.owner === people.maya ? people.priya : people.maya;
    await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === loser && String(c.args.text).startsWith('race.io is claimed'),
    );
  });

  test('when a send goes to a free-mail address, then only that contact is locked', async () => {
    const res = await record(t, { type: 'outbound_email', email: 'founder@gmail.com', member: people.maya });
    expect(await res.json()).toMatchObject({
      claimed: { key: 'contact:founder@gmail.com', reason: 'prospecting' },
    });
  });

  test('when the activity is not outreach (a pause), then nothing is locked', async () => {
    const res = await record(t, { type: 'sequence_pause', domain: 'quiet.io', member: people.maya });
    expect(await res.json()).toMatchObject({ claimed: null });
    expect(await liveClaim(t.app.deps.db, 'account:quiet.io')).toBeUndefined();
  });

  test('when the policy turns autoClaim off, then a first send records the activity and locks nothing', async () => {
    const res = await record(off, {
      type: 'outbound_email',
      email: 'dana@northwind.com',
      member: people.sam,
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ recorded: true, claimed: null });
    expect(await claimModel(off.app.deps.db).countDocuments({})).toBe(0);
  });
});
