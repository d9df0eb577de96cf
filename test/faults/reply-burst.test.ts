import { ImapFlow } from 'imapflow';
import mongoose, { type Connection } from 'mongoose';
import type { SlackEmulator } from '../../src/sandbox/slack-emulator.js';
import { type OutboxMessage, outboxModel } from '../../src/store/outbox.js';
import { type Reply, replyModel } from '../../src/store/replies.js';
import { dmKey } from '../../src/usecases/reply-messages.js';
import { ChildApp, faultSeeds, seeded, startFaultSlack, stopFaultSlack } from '../support/child-app.js';
import { databaseUri } from '../support/harness.js';
import { imapFromEnv, mailboxFor } from '../support/imap.js';
import { waitUntil } from '../support/wait.js';

/**
 * The fault suite's replies (issue 13): the app reading the shared inbox (Dovecot) in a child
 * process, 30 replies arriving at once, kill -9 a seeded moment later, a restart; then every
 * reply is stored once, routed to one owner, and that owner's DM was sent exactly once.
 */
const REPLIES = 30;
let slack: SlackEmulator;
let app: ChildApp | undefined;
beforeAll(async () => {
  slack = await startFaultSlack();
});
afterAll(() => stopFaultSlack(slack));

const replyMail = (seed: number, i: number) =>
  [
    `From: Prospect ${seed}-${i} <p${i}@reply-${seed}-${i % 10}.io>`,
    'To: sales@ourco.io',
    `Subject: Re: Outbound ${seed}-${i}`,
    `Message-ID: <fault-${seed}-${i}@reply.io>`,
    'Date: Mon, 07 Dec 2026 09:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Sounds interesting. Can you send over pricing for a team of 12?',
  ].join('\r\n');

describe.each(faultSeeds())('kill -9 while replies arrive (seed %i)', (seed) => {
  let conn: Connection;
  const ids = Array.from({ length: REPLIES }, (_, i) => `fault-${seed}-${i}@reply.io`);

  beforeAll(async () => {
    const db = databaseUri(`faults_replies_${seed}`);
    conn = await mongoose.createConnection(db).asPromise();
    await conn.dropDatabase();
    const imap = imapFromEnv();
    const mailbox = await mailboxFor(`faults_replies_${seed}`);
    app = await ChildApp.on(slack, db, {
      IMAP_HOST: imap.host,
      IMAP_PORT: String(imap.port),
      IMAP_SECURE: String(imap.secure),
      IMAP_USER: imap.user,
      IMAP_PASSWORD: imap.password,
      IMAP_MAILBOX: mailbox,
    });
    await app.start();
    const admin = new ImapFlow({ ...imap.connection, logger: false });
    await admin.connect();
    try {
      await Promise.all(ids.map((_, i) => admin.append(mailbox, replyMail(seed, i))));
    } finally {
      await admin.logout();
    }
    await new Promise((r) => setTimeout(r, Math.floor(seeded(seed)() * 1500)));
    app.kill();
    await app.start();
  }, 120_000);

  afterAll(async () => {
    app?.kill();
    await conn.close();
  });

  test('then every reply is stored once, routed to one owner, and its DM is sent exactly once', async () => {
    // Replies stored but not routed when the app died are routed by the reader's restart or the
    // replies:pending job; a DM whose send died with the app goes out by the outbox job.
    const routed = () =>
      replyModel(conn)
        .find({ _id: { $in: ids } })
        .lean<Reply[]>();
    await waitUntil(
      async () => (await routed()).filter((r) => r.state === 'routed').length === REPLIES,
      150_000,
    );
    const replies = await routed();
    const keys = replies.map((r) => dmKey(r));
    await waitUntil(
      async () =>
        (await outboxModel(conn).countDocuments({ _id: { $in: keys }, status: 'sent' })) === REPLIES,
      150_000,
    );
    const dms = await outboxModel(conn)
      .find({ _id: { $in: keys } })
      .lean<OutboxMessage[]>();
    const delivered = slack.callsTo('chat.postMessage').filter((c) => c.ok);
    for (const dm of dms) {
      expect([dm._id, delivered.filter((c) => c.args.text === dm.text).length]).toEqual([dm._id, 1]);
    }
  }, 320_000);
});
