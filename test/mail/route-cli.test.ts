import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { loadPolicyFile } from '../../src/policy/load.js';
import { replyModel } from '../../src/store/replies.js';
import { roundRobinModel } from '../../src/store/round-robin.js';
import { API_TOKEN, startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('route_cli', { policy: loadPolicyFile('examples/policy.yaml') });
});
afterAll(() => t.stop());

test('when asked to explain a reply, then npm run route names the owner, why, and who lost, and changes nothing', async () => {
  await t.command(people.sam, '/claim', 'acme.com');
  const res = await fetch(`${t.app.url}/api/activities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_TOKEN}` },
    body: JSON.stringify({
      type: 'outbound_email',
      email: 'jane@acme.com',
      member: people.john,
      messageId: '<outbound-1@ourco.io>',
    }),
  });
  expect(res.status).toBe(201);
  const { stdout } = await promisify(execFile)(
    'node_modules/.bin/tsx',
    [
      'src/cli/route.ts',
      '--explain',
      'test/fixtures/mail/interested-en.eml',
      'test/fixtures/mail/ru-interested.eml',
    ],
    {
      env: { ...process.env, MONGODB_URI: t.app.deps.config.mongodbUri, POLICY_FILE: 'examples/policy.yaml' },
    },
  ).catch((e: { message: string; stdout?: string }) => {
    // The CLI says on its stdout why a file could not be routed; a bare "Command failed" does not.
    throw new Error(`${e.message}\nstdout:\n${e.stdout ?? ''}`);
  });
  // The account's owner beats whoever sent the email the reply answers.
  expect(stdout).toContain('Sam Ortiz owns acme.com — beats John Reed (sent the email this answers)');
  expect(stdout).toContain('lost: sequence — John Reed, sent the email this answers');
  expect(stdout).toContain(
    'ru-interested.eml: interested from ivan@globex.ru\n  Lea Brandt is the fallback owner',
  );
  expect(await replyModel(t.app.deps.db).countDocuments({})).toBe(0);
  expect(await roundRobinModel(t.app.deps.db).countDocuments({})).toBe(0);
});
