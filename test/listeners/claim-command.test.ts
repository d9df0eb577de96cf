import { auditModel } from '../../src/store/audit.js';
import { claimLockModel, claimModel } from '../../src/store/claims.js';
import { conflictActions } from '../../src/views/ids.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('claim_command');
});
afterAll(() => t.stop());

const answerTo = (user: string, n = 1) =>
  t.slack.waitForCall(
    'response_url',
    (c) =>
      c.args.user === user &&
      t.slack
        .callsTo('response_url')
        .filter((x) => x.args.user === user)
        .indexOf(c) ===
        n - 1,
  );
const actionIdsOf = (blocks: unknown) => JSON.stringify(blocks).match(/"action_id":"[a-z_]+"/g) ?? [];

describe('/claim', () => {
  test('when a rep claims a free domain, then it is theirs with deadlines and buttons, locked and audited', async () => {
    const res = await t.requests.command(
      people.sam,
      '/claim',
      'https://www.Acme.com/pricing active_sequence Q3 outbound',
    );
    expect(res.status).toBe(200);

    const reply = await answerTo(people.sam);
    expect(String(reply.args.text)).toMatch(/^acme\.com is yours until/);
    expect(actionIdsOf(reply.args.blocks)).toEqual([
      '"action_id":"claim_extend"',
      '"action_id":"claim_log_activity"',
      '"action_id":"claim_release"',
    ]);
    const claim = await claimModel(t.app.deps.db).findOne({ key: 'account:acme.com' }).lean();
    expect(claim).toMatchObject({
      owner: people.sam,
      reason: 'active_sequence',
      note: 'Q3 outbound',
      level: 'account',
      status: 'active',
    });
    const hours = (d: Date) => Math.round((d.getTime() - (claim?.claimedAt.getTime() ?? 0)) / 3_600_000);
    expect(hours(claim?.activateBy as Date)).toBe(48);
    expect(hours(claim?.expiresAt as Date)).toBe(14 * 24);
    // Deadlines as Slack date tokens: each reader sees them in their own zone, Sam's (New York)
    // zone is only the fallback for clients that cannot render them.
    const token = (d: Date) => `<!date^${Math.floor(d.getTime() / 1000)}^{date_short_pretty} at {time}|`;
    const shown = JSON.stringify(reply.args.blocks);
    expect(shown).toContain(token(claim?.activateBy as Date));
    expect(shown).toContain(token(claim?.expiresAt as Date));
    expect(shown).toMatch(/\|\w{3} \d{1,2} \w{3}, \d{2}:\d{2} E[SD]T>/);
    expect(await claimLockModel(t.app.deps.db).findById('account:acme.com').lean()).toMatchObject({
      owner: people.sam,
    });
    expect(await auditModel(t.app.deps.db).find({ key: 'account:acme.com' }).lean()).toMatchObject([
      { kind: 'claim', actor: people.sam },
    ]);
  });

  test('when a second rep claims the same account, then they get the conflict alert by DM and the owner a heads-up', async () => {
    const reply = await t.command(people.john, '/claim', 'acme.com');
    expect(String(reply.args.text)).toContain('Blocked');
    const alert = await t.slack.waitForCall('chat.postMessage', (c) => c.args.channel === people.john);
    expect(String(alert.args.text)).toContain('claimed by Sam Ortiz');
    expect(actionIdsOf(alert.args.blocks)).toEqual([
      `"action_id":"${conflictActions.pause}"`,
      `"action_id":"${conflictActions.handoff}"`,
      `"action_id":"${conflictActions.standDown}"`,
    ]);
    const headsUp = await t.slack.waitForCall('chat.postMessage', (c) => c.args.channel === people.sam);
    expect(String(headsUp.args.text)).toContain('John Reed ran into your claim on acme.com');
    expect(await claimModel(t.app.deps.db).countDocuments({ key: 'account:acme.com' })).toBe(1);
  });

  test('when the owner claims it again, then they are told it is already theirs and nothing new is stored', async () => {
    const reply = await t.command(people.sam, '/claim', 'acme.com');
    expect(reply.args.text).toBe('You already own acme.com');
    expect(await claimModel(t.app.deps.db).countDocuments({ key: 'account:acme.com' })).toBe(1);
  });

  test.each([
    [
      'an unknown reason',
      'beta.io hot_lead',
      /not a claim reason\. Valid reasons: prospecting, research, active_sequence/,
    ],
    ['a free-mail domain', 'gmail.com', /free mail provider/],
    ['an IP address', '192.168.1.1', /IP addresses/],
    ['a public suffix', 'co.uk', /public suffix/],
    ['5,000 characters', 'y'.repeat(5000), /5000 characters/],
  ])(
    'when the target is %s, then a clear ephemeral error comes back and nothing is stored',
    async (_what, text, message) => {
      const before = await claimModel(t.app.deps.db).countDocuments();
      await t.requests.command(people.priya, '/claim', text);
      const reply = await t.slack.waitForCall(
        'response_url',
        (c) => c.args.user === people.priya && message.test(String(c.args.text)),
      );
      expect(reply.args.response_type).toBe('ephemeral');
      expect(await claimModel(t.app.deps.db).countDocuments()).toBe(before);
    },
  );

  test('when a rep takes a research look for 2 hours, then the claim ends then, needs no activity and gets no expiry warning', async () => {
    const before = Date.now();
    const answer = await t.command(people.maya, '/claim', 'peek.io research 2h checking their stack');
    expect(String(answer.args.text)).toMatch(/^peek\.io is yours until/);
    const claim = await claimModel(t.app.deps.db).findOne({ key: 'account:peek.io' }).lean();
    expect(claim).toMatchObject({ reason: 'research', note: 'checking their stack' });
    const hours = ((claim?.expiresAt.getTime() ?? 0) - before) / 3_600_000;
    expect(hours).toBeGreaterThan(1.99);
    expect(hours).toBeLessThan(2.01);
    expect(claim?.activateBy).toEqual(claim?.expiresAt); // it ends; it does not lapse first
    const { dueClockEvent } = await import('../../src/domain/claim-rules.js');
    expect(dueClockEvent(claim as never, new Date(before + 90 * 60_000))).toBeUndefined();
    expect(dueClockEvent(claim as never, new Date(before + 121 * 60_000))).toBe('expire');
  });

  test('when a research claim names no time, then it lasts the policy’s 4h; a time past the longest claim is refused', async () => {
    const before = Date.now();
    await t.command(people.maya, '/claim', 'glance.io research');
    const claim = await claimModel(t.app.deps.db).findOne({ key: 'account:glance.io' }).lean();
    expect(Math.round(((claim?.expiresAt.getTime() ?? 0) - before) / 3_600_000)).toBe(4);
    const refused = await t.command(people.maya, '/claim', 'long.io prospecting 30d');
    expect(String(refused.args.text)).toContain('A claim lasts at most 14d; 30d is longer.');
    expect(await claimModel(t.app.deps.db).countDocuments({ domain: 'long.io' })).toBe(0);
  });

  test('when /claim has no argument, then the claim modal opens', async () => {
    await t.requests.command(people.maya, '/claim', '');
    const open = await t.slack.waitForCall('views.open');
    expect(open.ok).toBe(true);
    expect((open.args.view as { callback_id: string }).callback_id).toBe('claim_modal');
  });

  test('when untrusted text is echoed back, then Slack control characters are escaped', async () => {
    // Its own answer (t.command waits for this request's response_url), not an earlier one of Maya's.
    const reply = await t.command(people.maya, '/claim', 'evil.io prospecting <!channel> & <@U01SAM>');
    expect(String(reply.args.text)).toMatch(/^evil\.io is yours/);
    expect(JSON.stringify(reply.args.blocks)).not.toContain('<!channel>');
  });
});

describe('racing claims', () => {
  test('when 50 signed /claim requests for one domain arrive at once, then exactly one rep wins and every other gets an answer', async () => {
    const reps = [people.sam, people.maya, people.john, people.priya];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.requests.command(reps[i % reps.length] as string, '/claim', 'race.io'),
      ),
    );
    // Any refused request shows with its status (Bolt answers 404 to an ack later than 3,001 ms).
    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    // An ack is not the work: every request is answered once its claim work is done, with the
    // winner's "yours", "already yours" or the conflict notice. Counted by their own response
    // URLs: an earlier test's late answer is not one of them.
    const ours = new Set(results.map((r) => r.responseUrl));
    const answered = () =>
      t.slack.callsTo('response_url').filter((c) => ours.has(String(c.args.responseUrl)));
    await waitUntil(() => answered().length === 50);

    const db = t.app.deps.db;
    const winners = await claimModel(db).find({ key: 'account:race.io', status: 'active' }).lean();
    expect(winners).toHaveLength(1);
    const lock = await claimLockModel(db).findById('account:race.io').lean();
    expect(String(lock?.claimId)).toBe(String(winners[0]?._id));
    const answers = answered().map((c) => String(c.args.text));
    expect(answers.filter((a) => a.startsWith('race.io is yours'))).toHaveLength(1);
    // Losers of another rep were alerted once each, not once per attempt.
    const losers = reps.filter((r) => r !== winners[0]?.owner);
    const alertsTo = (rep: string) =>
      t.slack
        .callsTo('chat.postMessage')
        .filter((c) => c.args.channel === rep && String(c.args.text).startsWith('race.io is claimed'));
    await waitUntil(() => losers.every((rep) => alertsTo(rep).length > 0));
    for (const rep of losers) expect(alertsTo(rep)).toHaveLength(1);
  });
});

describe('known accounts from the policy', () => {
  test('when a rep claims an alias domain, then the claim is on the primary domain and blocks the account name too', async () => {
    const { testPolicy } = await import('../support/policy.js');
    const { startTestApp: start } = await import('../support/harness.js');
    const app = await start('claim_accounts', {
      policy: testPolicy({
        accounts: [{ name: 'Northwind Traders', domains: ['northwind.com', 'northwind.io'] }],
      }),
    });
    try {
      const mine = await app.command(people.sam, '/claim', 'www.northwind.io active_sequence');
      expect(String(mine.args.text)).toMatch(/^northwind\.com is yours/);
      const theirs = await app.command(people.john, '/claim', 'Northwind Traders');
      expect(String(theirs.args.text)).toContain('claimed by *Sam Ortiz*');
    } finally {
      await app.stop();
    }
  });
});
