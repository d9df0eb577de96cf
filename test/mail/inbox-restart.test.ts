import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';
import { freePort } from '../../src/store/local-mongo.js';
import { mailboxCursorModel, replyModel } from '../../src/store/replies.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { waitUntil } from '../support/wait.js';

/**
 * A private Dovecot (its own port and directory) that the test stops and starts under the
 * running app: the reader must notice, reconnect with backoff and catch up on what arrived.
 */
const exec = promisify(execFile);
const run = (command: string) => exec('bash', ['-c', `${command} >>${DIR}.log 2>&1`]);
// A fixed directory: a run that died leaves its Dovecot there, and `start` stops it first.
const DIR = '/tmp/claimdesk-imap-restart';
const conf = `${DIR}/dovecot.conf`;
let PORT: number;
let connection: { host: string; port: number; secure: boolean; auth: { user: string; pass: string } };

let t: TestApp;
beforeAll(async () => {
  PORT = await freePort();
  connection = { host: '127.0.0.1', port: PORT, secure: false, auth: { user: 'sales', pass: 'secret' } };
  await run(`scripts/testdb/imap start ${PORT} ${DIR}`);
  t = await startTestApp('inbox_restart', {
    config: {
      imap: {
        host: '127.0.0.1',
        port: PORT,
        secure: false,
        user: 'sales',
        password: 'secret',
        mailbox: 'INBOX',
      },
    },
    inbox: { resyncMs: 300, leaseMs: 3_000, backoffMs: { first: 100, max: 400 } },
  });
}, 60_000);
afterAll(async () => {
  try {
    await t?.stop();
  } finally {
    await run(`scripts/testdb/imap stop ${PORT} ${DIR}`);
  }
});

async function deliver(id: string): Promise<void> {
  const raw = (await readFile('test/fixtures/mail/ru-not-interested.eml', 'utf8')).replace(
    /^Message-ID: .*$/m,
    `Message-ID: <${id}>`,
  );
  const client = new ImapFlow({ ...connection, logger: false });
  await client.connect();
  try {
    await client.append('INBOX', raw);
  } finally {
    await client.logout();
  }
}
const stored = async (id: string) => !!(await replyModel(t.app.deps.db).findById(id).lean());

test('when the IMAP server restarts mid-session, then the reader reconnects and catches up; the cursor moved only past stored mail', async () => {
  await deliver('before-restart@globex.ru');
  await waitUntil(() => stored('before-restart@globex.ru'));
  const connectionsBefore = t.app.inbox?.connections ?? 0;

  // Stopping the master leaves running sessions alive; kick them first, as a crash would.
  await run(`doveadm -c ${conf} kick sales; doveadm -c ${conf} stop`);
  await new Promise((r) => setTimeout(r, 500)); // the reader sees the drop and starts backing off
  await run(`dovecot -c ${conf}`);
  await deliver('after-restart@globex.ru');

  await waitUntil(() => stored('after-restart@globex.ru'), 15_000);
  expect(t.app.inbox?.connections).toBeGreaterThan(connectionsBefore);
  // The cursor follows the stored reply (never ahead of it).
  await waitUntil(async () => (await mailboxCursorModel(t.app.deps.db).findOne({}).lean())?.lastUid === 2);
  expect(await replyModel(t.app.deps.db).countDocuments({})).toBe(2);
}, 30_000);
