import { claimModel } from '../../src/store/claims.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('signature');
});
afterAll(() => t.stop());

describe('Slack request signatures', () => {
  test('when a request is signed with the wrong secret, then it gets 401 and nothing reaches Slack or the database', async () => {
    const before = t.slack.calls.length;
    const res = await t.requests.command(people.sam, '/claims', '', 'C0GENERAL', {
      secret: 'forged-secret-forged-secret',
    });
    expect(res.status).toBe(401);
    expect(t.slack.calls.length).toBe(before);
    expect(await claimModel(t.app.deps.db).countDocuments()).toBe(0);
  });

  test('when a correctly signed request is older than 5 minutes (a replay), then it gets 401', async () => {
    const res = await t.requests.command(people.sam, '/claims', '', 'C0GENERAL', { skewSeconds: -6 * 60 });
    expect(res.status).toBe(401);
  });

  test('when a correctly signed request is dated more than 5 minutes ahead, then it gets 401', async () => {
    const before = t.slack.calls.length;
    const res = await t.requests.command(people.sam, '/claims', '', 'C0GENERAL', { skewSeconds: 6 * 60 });
    expect(res.status).toBe(401);
    expect(t.slack.calls.length).toBe(before);
  });

  test('when the signature headers are missing, then it gets 401', async () => {
    const res = await fetch(`${t.app.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'command=%2Fclaims&user_id=U01SAM',
    });
    expect(res.status).toBe(401);
  });

  test('when the body is changed after signing, then it gets 401', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const { slackSignature } = await import('../../src/sandbox/slack-signing.js');
    const signed = 'command=%2Fclaims&user_id=U01SAM';
    const res = await fetch(`${t.app.url}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSignature('test-signing-secret-0123456789', ts, signed),
      },
      body: `${signed}&text=tampered`,
    });
    expect(res.status).toBe(401);
  });

  test('when a request is correctly signed and fresh, then it is accepted (the control for the cases above)', async () => {
    const res = await t.requests.command(people.sam, '/claims');
    expect(res.status).toBe(200);
  });
});
