import { readFile } from 'node:fs/promises';
import type { ImapFlow } from 'imapflow';
import type { ImapConfig } from '../../src/config.js';
import { replyModel } from '../../src/store/replies.js';
import type { TestApp } from '../support/harness.js';
import { startInboxTestApp } from '../support/imap.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

/**
 * New mail is announced by IMAP IDLE, not found by the periodic resync: with the resync an hour
 * away, a reply still reaches its owner's DM. (Holding the mailbox lock for the whole session
 * kept imapflow from ever starting IDLE.)
 */
let t: TestApp;
let imap: ImapConfig;
let admin: ImapFlow;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ t, imap, admin, stop } = await startInboxTestApp('inbox_idle', { inbox: { resyncMs: 3_600_000 } }));
});
afterAll(() => stop());

test('when a reply arrives while the reader waits in IDLE, then its owner gets the DM without waiting for the resync', async () => {
  await t.command(people.sam, '/claim', 'acme.com');
  await waitUntil(() => t.app.inbox?.idling === true);
  await admin.append(imap.mailbox, await readFile('test/fixtures/mail/interested-en.eml'));
  // A lost notification waits an hour for the resync, so a longer deadline cannot hide one; CI run 540
  // missed 20 s once with two CPU burners and two more test runs beside it on two cores. The
  // failure says which step did not happen: the reply read and stored, or its DM sent.
  await waitUntil(
    () =>
      t.slack
        .callsTo('chat.postMessage')
        .some(
          (c) =>
            c.ok && c.args.channel === people.sam && String(c.args.text).includes('Cutting your onboarding'),
        ),
    45_000,
  ).catch(async (e: Error) => {
    const stored = await replyModel(t.app.deps.db).countDocuments({});
    throw new Error(`${e.message}: ${stored} replies stored, reader idling: ${t.app.inbox?.idling}`);
  });
  // Back in IDLE after reading it, ready for the next one.
  await waitUntil(() => t.app.inbox?.idling === true);
}, 120_000);

test('when the reader holds the inbox, then /healthz says it leads and when it last caught up, and /metrics agrees', async () => {
  await waitUntil(() => t.app.inbox?.status().lastSyncAt !== undefined);
  const health = (await (await fetch(`${t.app.url}/healthz`)).json()) as {
    inbox: { role: string; connected: boolean; lastSyncAt: string };
  };
  expect(health.inbox).toMatchObject({ role: 'leader', connected: true });
  expect(Number.isNaN(Date.parse(health.inbox.lastSyncAt))).toBe(false);
  const metrics = await (await fetch(`${t.app.url}/metrics`)).text();
  expect(metrics).toMatch(/^claimdesk_inbox_leader 1$/m);
  expect(metrics).toMatch(/^claimdesk_inbox_last_sync_timestamp_seconds [1-9]\d*(\.\d+)?$/m);
});
