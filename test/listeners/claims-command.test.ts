import { claimModel } from '../../src/store/claims.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('claims_command');
});
afterAll(() => t.stop());

const responsesTo = (user: string) => t.slack.callsTo('response_url').filter((c) => c.args.user === user);

describe('/claims', () => {
  test('when a rep has no claims, then an ephemeral message says how to claim', async () => {
    const res = await t.requests.command(people.sam, '/claims');
    expect(res.status).toBe(200);
    const reply = await t.slack.waitForCall('response_url', (c) => c.args.user === people.sam);
    expect(reply.args.response_type).toBe('ephemeral');
    expect(String(reply.args.text)).toContain('You have no claims');
  });

  test('when a rep has claims in the database, then they are listed soonest expiry first, and only theirs', async () => {
    const now = new Date();
    const day = 86_400_000;
    const base = {
      level: 'account',
      reason: 'prospecting',
      status: 'active',
      claimedAt: now,
      activateBy: new Date(+now + 2 * day),
    };
    await claimModel(t.app.deps.db).insertMany([
      {
        ...base,
        key: 'account:later.io',
        domain: 'later.io',
        owner: people.maya,
        expiresAt: new Date(+now + 10 * day),
      },
      {
        ...base,
        key: 'account:sooner.io',
        domain: 'sooner.io',
        owner: people.maya,
        expiresAt: new Date(+now + 3 * day),
      },
      {
        ...base,
        key: 'account:gone.io',
        domain: 'gone.io',
        owner: people.maya,
        status: 'released',
        expiresAt: new Date(+now + day),
      },
      {
        ...base,
        key: 'account:other.io',
        domain: 'other.io',
        owner: people.john,
        expiresAt: new Date(+now + day),
      },
    ]);

    await t.requests.command(people.maya, '/claims');

    const reply = await t.slack.waitForCall('response_url', (c) => c.args.user === people.maya);
    const text = JSON.stringify(reply.args.blocks);
    expect(reply.args.text).toBe('Your claims (2)');
    expect(text.indexOf('sooner.io')).toBeLessThan(text.indexOf('later.io'));
    expect(text).not.toContain('gone.io');
    expect(text).not.toContain('other.io');
  });

  test('when someone outside the policy file runs it, then they are told who to ask and nothing is listed', async () => {
    await t.requests.command(people.stranger, '/claims');
    const reply = await t.slack.waitForCall('response_url', (c) => c.args.user === people.stranger);
    expect(String(reply.args.text)).toContain('not in this team');
    expect(String(reply.args.text)).toContain('Lea Brandt');
    expect(responsesTo(people.stranger)).toHaveLength(1);
  });
});

describe('help', () => {
  test.each([
    ['/claim', '`/claim acme.com research 2h`'],
    ['/check', '`/check acme.com history`'],
    ['/claims', '`/claims audit`'],
    ['/release', '`/release acme.com`'],
  ])(
    'when someone types %s help, then the answer says what it does with examples, not an error',
    async (command, example) => {
      const answer = await t.command(people.priya, command, 'help');
      expect(answer.args.response_type).toBe('ephemeral');
      expect(JSON.stringify(answer.args.blocks)).toContain(example);
      expect(String(answer.args.text)).not.toContain('not a public domain');
    },
  );
});

describe('typed wrong', () => {
  test('when /claim gets something that is not a domain or an email, then the error comes with the usage', async () => {
    const answer = await t.command(people.priya, '/claim', 'acme dot com please');
    expect(String(answer.args.text)).toContain(':warning:');
    expect(String(answer.args.text)).toContain(
      'Usage: `/claim acme.com` · `/claim jane@acme.com active_sequence Q4 outbound` — `/claim help` for more.',
    );
  });

  test('when a command the app does not have reaches it, then it answers naming its commands instead of timing out', async () => {
    const res = await t.requests.command(people.priya, '/claimz', 'acme.com');
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('ClaimDesk has no /claimz.'),
    });
  });
});
