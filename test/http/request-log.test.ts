import { Writable } from 'node:stream';
import { createLog } from '../../src/log.js';
import { API_TOKEN, SIGNING_SECRET, startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

/** The app's log as a test reads it: one JSON object per line. */
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('request_log', { log: createLog('info', sink) });
});
afterAll(() => t.stop());

describe('request logging', () => {
  test('when an API request carries x-request-id, then its access line and the app’s own lines carry that id, and the token is redacted', async () => {
    const res = await fetch(`${t.app.url}/api/activities`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${API_TOKEN}`,
        'content-type': 'application/json',
        'x-request-id': 'trace-123',
      },
      body: JSON.stringify({ type: 'call', domain: 'acme.com', member: 'sam@ourco.io' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    await waitUntil(() => lines.some((l) => l.msg === 'request completed' && l.reqId === 'trace-123'));
    const own = lines.find((l) => l.msg === 'activity recorded');
    expect(own).toMatchObject({ reqId: 'trace-123', activity: 'call', key: 'account:acme.com' });
    const access = lines.find((l) => l.msg === 'request completed' && l.reqId === 'trace-123') as {
      req: { headers: Record<string, string>; url: string };
      res: { statusCode: number };
    };
    expect(access.req.url).toBe('/api/activities');
    expect(access.res.statusCode).toBe(201);
    expect(access.req.headers.authorization).toBe('[redacted]');
  });

  test('when a request comes without an id, then it gets a fresh one in the answer and in the log', async () => {
    const res = await fetch(`${t.app.url}/api/audit?key=acme.com`, {
      headers: { authorization: `Bearer ${API_TOKEN}` },
    });
    const id = res.headers.get('x-request-id') as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await waitUntil(() => lines.some((l) => l.reqId === id && l.msg === 'request completed'));
  });

  test('when Slack calls in, then the signature is redacted and no secret appears anywhere in the log', async () => {
    await t.command(people.sam, '/claims');
    await waitUntil(() =>
      lines.some((l) => l.msg === 'request completed' && (l.req as { url: string }).url === '/slack/events'),
    );
    const slack = lines.find(
      (l) => l.msg === 'request completed' && (l.req as { url: string }).url === '/slack/events',
    ) as { req: { headers: Record<string, string> } };
    expect(slack.req.headers['x-slack-signature']).toBe('[redacted]');
    const all = JSON.stringify(lines);
    expect(all).not.toContain(API_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).not.toMatch(/v0=[0-9a-f]{64}/); // a signature
  });
});
