import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('health');
});
afterAll(() => t.stop());

describe('GET /healthz', () => {
  test('when the database answers and jobs run, then it reports ok', async () => {
    const res = await fetch(`${t.app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      database: 'up',
      jobs: 'running',
      slack: 'http',
      outbox: { pending: 0, failed: 0 },
    });
  });

  test('when the job runner has stopped, then it reports degraded with 503', async () => {
    await t.app.deps.jobs.shutdown();
    const res = await fetch(`${t.app.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'degraded', database: 'up', jobs: 'stopped' });
    await t.app.deps.jobs.start();
  });
});
