import { Writable } from 'node:stream';
import { createLog } from '../../src/log.js';
import { BOT_TOKEN, startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('health');
});
afterAll(() => t.stop());

const health = async (app: TestApp) => {
  const res = await fetch(`${app.app.url}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('GET /healthz', () => {
  test('when the database answers, jobs run and the bot is in every channel, then it reports ok', async () => {
    const { status, body } = await health(t);
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      database: 'up',
      jobs: 'running',
      slack: {
        mode: 'http',
        ok: true,
        team: 'Sandbox',
        bot: 'claimdesk',
        problems: [],
        checkedAt: expect.any(String),
      },
      outbox: { pending: 0, failed: 0 },
    });
    // Checked at start with auth.test and conversations.info for each of the policy's channels.
    expect(t.slack.callsTo('auth.test').length).toBeGreaterThanOrEqual(1);
    const asked = t.slack.callsTo('conversations.info').map((c) => c.args.channel);
    expect(new Set(asked)).toEqual(
      new Set([t.policy.channels.ops, t.policy.channels.triage, ...t.policy.teams.map((x) => x.channel)]),
    );
  });

  test('when the job runner has stopped, then it reports degraded with 503', async () => {
    await t.app.deps.jobs.shutdown();
    const { status, body } = await health(t);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'degraded', database: 'up', jobs: 'stopped' });
    await t.app.deps.jobs.start();
  });
});

describe('a new install', () => {
  test('when the bot was not invited to the triage channel, then the start log and /healthz say to /invite it there', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const app = await startTestApp('health_invite', {
      log: createLog('warn', sink),
      workspace: (slack) => slack.removeBotFrom('C04TRIAGE'),
    });
    try {
      const warned = lines.map((l) => String(l.msg)).filter((m) => m.includes('C04TRIAGE'));
      expect(warned).toHaveLength(1);
      expect(warned[0]).toContain('/invite @ClaimDesk');
      const { status, body } = await health(app);
      expect(status).toBe(200); // the app works; one channel's posts do not
      expect(body.slack).toMatchObject({ ok: false, problems: [warned[0]] });
      // And a post there fails as in Slack until someone invites the bot.
      const post = await app.app.deps.slack.chat
        .postMessage({ channel: 'C04TRIAGE', text: 'hi' })
        .catch((e) => e);
      expect(post.data?.error).toBe('not_in_channel');
    } finally {
      await app.stop();
    }
  });

  test('when the bot token is wrong, then /healthz names auth.test and what to check', async () => {
    const app = await startTestApp('health_token', {
      config: {
        slack: { kind: 'http', botToken: 'xoxb-wrong', signingSecret: 'test-signing-secret-0123456789' },
      },
    });
    try {
      const { body } = await health(app);
      expect(body.slack).toMatchObject({ ok: false });
      expect(String((body.slack as { problems: string[] }).problems[0])).toMatch(
        /^auth\.test failed \(invalid_auth\): check SLACK_BOT_TOKEN/,
      );
    } finally {
      await app.stop();
    }
  });

  test('when Socket Mode cannot connect, then HTTP is up anyway and /healthz answers 503 naming the call and the token to check', async () => {
    const app = await startTestApp('health_socket', {
      config: { slack: { kind: 'socket', botToken: BOT_TOKEN, appToken: 'xapp-not-valid' } },
    });
    try {
      let res = await health(app);
      // Connecting happens behind HTTP: wait for it to give up (a failing wait is bounded).
      for (let i = 0; i < 500 && (res.body.slack as { socket?: string }).socket === 'connecting'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        res = await health(app);
      }
      expect(res.status).toBe(503);
      expect(res.body.slack).toMatchObject({ mode: 'socket', socket: 'failed' });
      expect(String((res.body.slack as { socketError: string }).socketError)).toMatch(
        /^apps\.connections\.open failed \(.+\): check SLACK_APP_TOKEN/,
      );
    } finally {
      await app.stop();
    }
  });
});
