import { CLAIMS_SWEEP, sweepClaims } from '../../src/jobs/claims-sweep.js';
import { WEEKLY_REVIEW } from '../../src/jobs/weekly-review.js';
import { auditModel } from '../../src/store/audit.js';
import { claimLockModel, claimModel } from '../../src/store/claims.js';
import { contactFlagModel } from '../../src/store/contacts.js';
import { recordActivity } from '../../src/usecases/activity.js';
import { settleSends } from '../../src/usecases/notify.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

const HOUR = 3_600_000;
let t: TestApp;
let offset = 0;
beforeAll(async () => {
  t = await startTestApp('claims_sweep');
  t.app.deps.clock = { now: () => new Date(Date.now() + offset) };
});
afterAll(() => t.stop());
afterEach(() => {
  offset = 0;
});

const db = () => t.app.deps.db;
const claimOf = (key: string) => claimModel(db()).findOne({ key }).sort({ claimedAt: -1 }).lean();
const dmsTo = (user: string, text: string) =>
  t.slack
    .callsTo('chat.postMessage')
    .filter((c) => c.args.channel === user && String(c.args.text).includes(text));

describe('the claims sweep job', () => {
  test('when 48h pass without activity, then the real job runner lapses the claim, frees the key and tells the owner once', async () => {
    await t.command(people.sam, '/claim', 'lapse.io');
    offset = 49 * HOUR;

    await t.app.deps.jobs.agenda.now(CLAIMS_SWEEP);

    // The status is written first, then the lock goes (a lock on an ended claim is an ending
    // under way): wait for both.
    await waitUntil(async () => (await claimOf('account:lapse.io'))?.status === 'lapsed');
    await waitUntil(async () => (await claimLockModel(db()).findById('account:lapse.io').lean()) === null);
    await waitUntil(() => dmsTo(people.sam, 'lapse.io lapsed').length === 1);
    expect(await auditModel(db()).find({ key: 'account:lapse.io', kind: 'lapse' }).lean()).toHaveLength(1);
  });

  test('when the sweep runs twice at once (two instances), then each transition still happens once', async () => {
    await t.command(people.maya, '/claim', 'twice.io');
    offset = 49 * HOUR;
    const [a, b] = await Promise.all([sweepClaims(t.app.deps), sweepClaims(t.app.deps)]);
    // The job runner sweeps every minute too: on a busy machine its tick can take the claim first,
    // and then neither of these lapses it. Three sweepers, still one transition.
    expect((a?.lapsed ?? 0) + (b?.lapsed ?? 0)).toBeLessThanOrEqual(1);
    await waitUntil(async () => (await claimOf('account:twice.io'))?.status === 'lapsed');
    expect(await auditModel(db()).find({ key: 'account:twice.io', kind: 'lapse' }).lean()).toHaveLength(1);
    await settleSends(t.app.deps); // the DMs go out after the sweep returns
    await waitUntil(() => dmsTo(people.maya, 'twice.io lapsed').length > 0);
    expect(dmsTo(people.maya, 'twice.io lapsed')).toHaveLength(1);
  });

  test('when an activated claim nears expiry, then the owner is warned once with Extend/Release, and it expires at the end', async () => {
    await t.command(people.john, '/claim', 'expire.io');
    const member = t.app.deps.directory.member(people.john);
    if (!member) throw new Error('john missing');
    await recordActivity(t.app.deps, {
      type: 'outbound_email',
      target: { level: 'account', domain: 'expire.io', key: 'account:expire.io' },
      member,
      at: new Date(),
    });
    expect((await claimOf('account:expire.io'))?.activatedAt).toBeInstanceOf(Date);

    offset = (14 * 24 - 12) * HOUR;
    await sweepClaims(t.app.deps);
    await sweepClaims(t.app.deps);
    await settleSends(t.app.deps); // the DMs go out after the sweep returns
    const warnings = dmsTo(people.john, 'expire.io expires');
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings[0]?.args.blocks)).toContain('claim_extend');
    expect((await claimOf('account:expire.io'))?.status).toBe('active');

    offset = (14 * 24 + 1) * HOUR;
    await sweepClaims(t.app.deps);
    expect((await claimOf('account:expire.io'))?.status).toBe('expired');
    await settleSends(t.app.deps); // the DMs go out after the sweep returns
    expect(dmsTo(people.john, 'expire.io expired')).toHaveLength(1);
  });
});

describe('the weekly exceptions review', () => {
  test('when a contact claim bounced and a claim has no activity, then the ops channel gets those sections only', async () => {
    await t.command(people.priya, '/claim', 'cfo@review.io');
    await contactFlagModel(db()).create({
      _id: 'cfo@review.io',
      status: 'bounced',
      at: new Date(),
      source: 'test',
    });
    await t.app.deps.jobs.agenda.now(WEEKLY_REVIEW);
    const post = await t.slack.waitForCall('chat.postMessage', (c) => c.args.channel === 'C03REVOPS');
    const text = JSON.stringify(post.args.blocks);
    expect(text).toContain('Claims with no next step');
    expect(text).toContain('cfo@review.io — Priya Nair (bounced)');
    expect(text).not.toContain('Stale owners');
  });

  test('when the weekly job is scheduled, then it runs Mondays at 09:00 in the ops time zone', async () => {
    const jobs = await t.app.deps.jobs.agenda.queryJobs({ name: WEEKLY_REVIEW });
    const job = jobs.jobs.find((j) => j.repeatInterval);
    expect(job).toMatchObject({ repeatInterval: '0 9 * * 1', repeatTimezone: 'Europe/Berlin' });
  });
});
