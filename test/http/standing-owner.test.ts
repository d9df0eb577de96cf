import { claimLockModel } from '../../src/store/claims.js';
import { settleSends } from '../../src/usecases/notify.js';
import { postApi, startTestApp, type TestApp } from '../support/harness.js';
import { people, testPolicy } from '../support/policy.js';

/**
 * An account's `owner` in the policy is a permanent claim: /claim, /check and /api/check know
 * it as routing does, for the account, its alias domains and its subsidiaries. Real HTTP,
 * real database, the Slack emulation.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('standing_owner', {
    policy: testPolicy({
      accounts: [
        { name: 'Northwind', domains: ['northwind.com', 'northwind.io'], owner: people.maya, vip: false },
        { name: 'Northwind Labs', domains: ['nwlabs.io'], parent: 'Northwind', vip: false },
      ],
    }),
  });
});
afterAll(() => t.stop());

const text = (call: { args: Record<string, unknown> }) => JSON.stringify(call.args.blocks ?? call.args.text);

describe("the account's owner in the policy", () => {
  test('when another rep claims the account, an alias or a subsidiary, then it is blocked by the owner and nothing is stored', async () => {
    for (const target of ['northwind.com', 'northwind.io', 'nwlabs.io', 'dana@northwind.com']) {
      const answer = await t.command(people.sam, '/claim', `${target} active_sequence`);
      expect(text(answer)).toContain(
        "Blocked: *northwind.com* belongs to *Maya Klein*, its account owner in the team's policy",
      );
    }
    expect(await claimLockModel(t.app.deps.db).countDocuments({})).toBe(0);
  });

  test('when the owner claims it, then it is theirs already, with nothing to take', async () => {
    const answer = await t.command(people.maya, '/claim', 'northwind.com');
    expect(text(answer)).toContain('*northwind.com* is yours for good');
    expect(await claimLockModel(t.app.deps.db).countDocuments({})).toBe(0);
  });

  test('when /check or /api/check asks about it, then the owner is named: blocked for others, clear for them', async () => {
    const sam = await t.command(people.sam, '/check', 'dana@northwind.com');
    expect(String(sam.args.text)).toBe('BLOCKED: dana@northwind.com');
    expect(text(sam)).toContain("*Maya Klein* owns the account in the team's policy, for good");
    const maya = await t.command(people.maya, '/check', 'northwind.com');
    expect(String(maya.args.text)).toBe('CLEAR: northwind.com');
    expect(text(maya)).toContain("you are the account's owner in the team's policy");

    const res = await postApi(t, '/check', ['nwlabs.io', 'elsewhere.io']);
    const { results } = (await res.json()) as { results: Record<string, unknown>[] };
    expect(results[0]).toMatchObject({
      verdict: 'blocked',
      why: 'standing_owner',
      owner: people.maya,
      ownerName: 'Maya Klein',
      reason: 'account_owner',
    });
    expect(results[1]).toMatchObject({ verdict: 'clear', why: 'free' });
  });

  test('when another rep’s recorded send reaches the account, then the sender is told to stop and the owner hears of it, once, with no claim taken', async () => {
    const record = () =>
      postApi(t, '/activities', {
        type: 'outbound_email',
        email: 'dana@northwind.com',
        member: people.sam,
        sequence: 'Q4 outbound',
        messageId: 'q4-step1-dana@ourco.io',
        at: '2026-12-01T09:00:00Z',
      });
    expect((await record()).status).toBe(201);
    await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === people.sam && text(c).includes('belongs to *Maya Klein*'),
    );
    await t.slack.waitForCall(
      'chat.postMessage',
      (c) =>
        c.args.channel === people.maya && text(c).includes('*Sam Ortiz* just wrote to *dana@northwind.com*'),
    );
    expect((await record()).status).toBe(200); // the same send again: recorded once
    await settleSends(t.app.deps);
    const told = t.slack
      .callsTo('chat.postMessage')
      .filter(
        (c) =>
          text(c).includes('dana@northwind.com') &&
          (c.args.channel === people.sam || c.args.channel === people.maya),
      );
    expect(told).toHaveLength(2);
    expect(await claimLockModel(t.app.deps.db).countDocuments({})).toBe(0);
  });
});
