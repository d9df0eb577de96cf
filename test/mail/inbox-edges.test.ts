import { readFile } from 'node:fs/promises';
import { ImapFlow } from 'imapflow';
import type { ImapConfig } from '../../src/config.js';
import { mailboxCursorModel, replyModel } from '../../src/store/replies.js';
import type { TestApp } from '../support/harness.js';
import { imapFromEnv, startInboxTestApp } from '../support/imap.js';
import { eventually, waitUntil } from '../support/wait.js';

/** The inbox's edges: a mail over the size cap, and a mailbox the server renumbers. */
let t: TestApp;
let imap: ImapConfig;
let admin: ImapFlow;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ t, imap, admin, stop } = await startInboxTestApp('inbox_edges', {
    inbox: { resyncMs: 300, leaseMs: 3_000, backoffMs: { first: 100, max: 400 } },
  }));
});
afterAll(() => stop());

const mail = async (id: string, extraBody = '') =>
  (await readFile('test/fixtures/mail/ru-not-interested.eml', 'utf8')).replace(
    /^Message-ID: .*$/m,
    `Message-ID: <${id}>`,
  ) + extraBody;
const reply = (id: string) => replyModel(t.app.deps.db).findById(id).lean();

test('when a mail is larger than the 2 MB cap, then it is stored cut and flagged, and the next mail is read', async () => {
  await admin.append(imap.mailbox, await mail('huge-1@globex.ru', `\n${'x'.repeat(76)}\n`.repeat(40_000)));
  await admin.append(imap.mailbox, await mail('after-huge@globex.ru'));
  // Parsing and storing 3 MB is slow on a busy machine: a longer deadline, still a condition.
  await waitUntil(async () => !!(await reply('after-huge@globex.ru')), 60_000);
  expect(await reply('huge-1@globex.ru')).toMatchObject({ truncated: true, category: 'not_interested' });
}, 120_000);

test('when the server renumbers the mailbox (UIDVALIDITY changes), then the reader rescans by date and reads new mail once', async () => {
  // Two mails first, so the cursor is past UID 2: new UIDs 1 and 2 would look already read.
  await admin.append(imap.mailbox, await mail('before-renumber@globex.ru'));
  await admin.append(imap.mailbox, await mail('before-renumber-2@globex.ru'));
  await waitUntil(async () => !!(await reply('before-renumber-2@globex.ru')));
  await waitUntil(async () => (await mailboxCursorModel(t.app.deps.db).findOne({}).lean())?.lastUid === 4);
  const before = await mailboxCursorModel(t.app.deps.db).findOne({}).lean();

  // Deleting and re-creating the mailbox gives it a new UIDVALIDITY; the old mail comes back too.
  // The reader waits in IDLE on this mailbox meanwhile: the server may refuse a command for a
  // moment (Dovecot answers NO while the deletion settles), so each step is retried until done.
  // Each try runs on a fresh connection: a session that saw the mailbox go can keep answering
  // "Mailbox was deleted under us" for a while.
  await eventually(() => imapStep((c) => c.mailboxDelete(imap.mailbox), /NONEXISTENT|doesn't exist/i));
  await eventually(() => imapStep((c) => c.mailboxCreate(imap.mailbox), /ALREADYEXISTS|already exists/i));
  for (const id of ['before-renumber@globex.ru', 'after-renumber@globex.ru']) {
    const raw = await mail(id);
    await eventually(() => imapStep((c) => c.append(imap.mailbox, raw), /(?!)/));
  }

  await waitUntil(async () => !!(await reply('after-renumber@globex.ru')));
  // The cursor moves just after the reply is stored.
  await eventually(async () => {
    const after = await mailboxCursorModel(t.app.deps.db).findOne({}).lean();
    expect(after?.uidValidity).not.toBe(before?.uidValidity);
  });
  expect(await replyModel(t.app.deps.db).countDocuments({ _id: 'before-renumber@globex.ru' })).toBe(1);
});

/** One IMAP command; a refusal whose text says it is already done counts as done (`/(?!)/`: never). */
async function imapStep(command: (client: ImapFlow) => Promise<unknown>, done: RegExp): Promise<void> {
  const client = new ImapFlow({ ...imapFromEnv().connection, logger: false });
  await client.connect();
  try {
    await command(client);
  } catch (e) {
    const said = (e as { responseText?: string }).responseText ?? '';
    if (!done.test(said)) throw new Error(`IMAP refused: ${said || (e as Error).message}`);
  } finally {
    await client.logout().catch(() => client.close());
  }
}
