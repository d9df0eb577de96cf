import { ImapFlow } from 'imapflow';
import type { ImapConfig } from '../../src/config.js';
import type { RecordedCall } from '../../src/sandbox/slack-emulator.js';
import { type Reply, replyModel } from '../../src/store/replies.js';
import { startTestApp, type TestApp } from './harness.js';
import { waitUntil } from './wait.js';

/**
 * The test IMAP server (IMAP_* from the environment, else the Dovecot that global setup starts). Each test
 * file reads its own mailbox, so files never see each other's mail.
 */
export function imapFromEnv(): Omit<ImapConfig, 'mailbox'> & {
  connection: { host: string; port: number; secure: boolean; auth: { user: string; pass: string } };
} {
  const { IMAP_HOST, IMAP_PORT, IMAP_USER, IMAP_PASSWORD, IMAP_SECURE } = process.env;
  if (!IMAP_HOST || !IMAP_USER || !IMAP_PASSWORD)
    throw new Error('IMAP_HOST is not set (npm test starts Dovecot: scripts/test-infra.ts)');
  const host = IMAP_HOST;
  const port = Number(IMAP_PORT ?? 1143);
  const secure = IMAP_SECURE === 'true';
  return {
    host,
    port,
    secure,
    user: IMAP_USER,
    password: IMAP_PASSWORD,
    connection: { host, port, secure, auth: { user: IMAP_USER, pass: IMAP_PASSWORD } },
  };
}

/** Creates a fresh mailbox for a test and returns its name. */
export async function mailboxFor(name: string): Promise<string> {
  const mailbox = `${name}_${process.pid}_${Date.now().toString(36)}`;
  const client = new ImapFlow({ ...imapFromEnv().connection, logger: false });
  await client.connect();
  try {
    await client.mailboxCreate(mailbox);
  } finally {
    await client.logout();
  }
  return mailbox;
}

/**
 * An app that reads its own fresh mailbox on the test Dovecot, and an admin client that
 * delivers into it. `stop` stops both.
 */
export async function startInboxTestApp(
  name: string,
  options: Omit<Parameters<typeof startTestApp>[1] & object, 'config'> = {},
): Promise<InboxTestApp> {
  const imap = { ...imapFromEnv(), mailbox: await mailboxFor(name) };
  const admin = new ImapFlow({ ...imapFromEnv().connection, logger: false });
  await admin.connect();
  const t = await startTestApp(name, { ...options, config: { imap } });
  return {
    t,
    imap,
    admin,
    stop: async () => {
      await t.stop();
      await admin.logout();
    },
    deliver: async (id, from, text) => {
      await admin.append(imap.mailbox, prospectReply(id, from, text));
    },
    routed: async (id) => {
      let reply: Reply | null = null;
      await waitUntil(async () => {
        reply = await replyModel(t.app.deps.db).findById(id).lean<Reply>();
        return reply?.state === 'routed';
      });
      return reply as unknown as Reply;
    },
    dmTo: (user, text) =>
      t.slack.waitForCall(
        'chat.postMessage',
        (c) => c.args.channel === user && JSON.stringify(c.args).includes(text),
      ),
  };
}

export interface InboxTestApp {
  t: TestApp;
  imap: ImapConfig;
  admin: ImapFlow;
  stop: () => Promise<void>;
  /** A plain reply from a prospect (`Name <email>`) delivered into the app's mailbox. */
  deliver(id: string, from: string, text: string): Promise<void>;
  /** The reply once routed. */
  routed(id: string): Promise<Reply>;
  /** The first DM to `user` mentioning `text` (already sent or still to come). */
  dmTo(user: string, text: string): Promise<RecordedCall>;
}

/** A reply as a prospect writes it: plain text, no thread headers. */
const prospectReply = (id: string, from: string, text: string) =>
  [
    `From: ${from}`,
    'To: sales@ourco.io',
    'Subject: Re: Outbound for your team',
    `Message-ID: <${id}>`,
    'Date: Mon, 07 Dec 2026 09:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
  ].join('\r\n');
