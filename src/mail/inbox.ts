import { hostname } from 'node:os';
import { ImapFlow } from 'imapflow';
import { Types } from 'mongoose';
import type { ImapConfig } from '../config.js';
import type { Deps } from '../deps.js';
import { holdLease, releaseLease } from '../store/leases.js';
import { mailboxCursorModel } from '../store/replies.js';
import { recoverAfterMs } from '../usecases/recover.js';
import { ingestMail, processPending } from '../usecases/replies.js';
import { MAX_MESSAGE_BYTES } from './parse.js';

export interface InboxOptions {
  /** A full resync besides IDLE, in case a notification was missed. */
  resyncMs?: number;
  /** How long the leader's lease lasts; it renews at a third of that. */
  leaseMs?: number;
  /** Reconnect backoff: first wait, doubling up to the cap. */
  backoffMs?: { first: number; max: number };
  /** A new inbox (no cursor yet) is read from this many days back. */
  firstScanDays?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/**
 * Reads the shared inbox: one leader across app instances (a lease), IDLE for new mail plus a
 * periodic resync, reconnect with backoff, and a cursor (uidValidity, lastUid) that advances
 * only after a reply is stored. It never sets or reads \Seen: people read this inbox too.
 */
export class InboxReader {
  private stopped = false;
  private client?: ImapFlow;
  private loop?: Promise<void>;
  private syncing: Promise<void> = Promise.resolve();
  /** For /healthz and /metrics: does this instance read the inbox, and when did it last catch up. */
  private role: 'starting' | 'leader' | 'follower' = 'starting';
  private lastSyncAt?: Date;
  private readonly holder = `${hostname()}:${process.pid}:${new Types.ObjectId().toHexString()}`;
  private readonly cursorId: string;
  private readonly options: Required<InboxOptions>;
  /** Connections made so far (tests and /healthz read it). */
  connections = 0;

  /** Waiting in IMAP IDLE: new mail is announced by the server, not found by the resync. */
  get idling(): boolean {
    return this.client?.idling ?? false;
  }

  constructor(
    private readonly deps: Deps,
    private readonly imap: ImapConfig,
    options: InboxOptions = {},
  ) {
    this.cursorId = `${imap.user}@${imap.host}/${imap.mailbox}`;
    this.options = {
      resyncMs: options.resyncMs ?? 60_000,
      // A reader that died is taken over after RECOVER_AFTER (60 s unless set).
      leaseMs: options.leaseMs ?? recoverAfterMs(deps),
      backoffMs: options.backoffMs ?? { first: 1_000, max: 60_000 },
      firstScanDays: options.firstScanDays ?? 3,
    };
  }

  status(): { role: 'starting' | 'leader' | 'follower'; connected: boolean; lastSyncAt?: Date } {
    return { role: this.role, connected: !!this.client?.usable, lastSyncAt: this.lastSyncAt };
  }

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.logout().catch(() => this.client?.close());
    await this.loop;
    await releaseLease(this.deps.db, this.leaseName, this.holder).catch(() => undefined);
  }

  private get leaseName() {
    return `inbox:${this.cursorId}`;
  }

  private async run(): Promise<void> {
    let backoff = this.options.backoffMs.first;
    while (!this.stopped) {
      const leader = await holdLease(
        this.deps.db,
        this.leaseName,
        this.holder,
        this.options.leaseMs,
        this.deps.clock.now(),
      ).catch((err) => {
        this.deps.log.warn({ err }, 'inbox lease check failed');
        return false;
      });
      this.role = leader ? 'leader' : 'follower';
      if (!leader) {
        await sleep(this.options.leaseMs / 3);
        continue;
      }
      try {
        await this.session(() => {
          backoff = this.options.backoffMs.first; // connected: the next drop starts the backoff afresh
        });
      } catch (err) {
        this.deps.log.warn({ err, mailbox: this.cursorId }, 'inbox connection failed; reconnecting');
      }
      if (this.stopped) break;
      await sleep(backoff);
      backoff = Math.min(backoff * 2, this.options.backoffMs.max);
    }
  }

  /** One connection: resolves when it closes (dropped, lease lost, or stop()). */
  private async session(onConnected: () => void): Promise<void> {
    const client = new ImapFlow({
      host: this.imap.host,
      port: this.imap.port,
      secure: this.imap.secure,
      auth: { user: this.imap.user, pass: this.imap.password },
      logger: false,
      // IDLE starts this long after the last command (imapflow's default is 15 s, during which
      // new mail would wait for the next command to be announced).
      autoIdleDelay: 250,
      // Reconnecting is ours to do (imapflow does not); errors must be listened for or they crash.
    });
    this.client = client;
    const closed = new Promise<void>((resolve) => client.on('close', () => resolve()));
    client.on('error', (err) => this.deps.log.warn({ err }, 'inbox connection error'));
    await client.connect();
    this.connections++;
    onConnected();
    // Selected but not locked: imapflow IDLEs only while no lock is held, so a lock is taken
    // per sync (syncOnce) and new mail is announced by an `exists` notice within a second.
    await client.mailboxOpen(this.imap.mailbox);
    const timers: NodeJS.Timeout[] = [];
    try {
      // Replies stored before a crash but never routed are finished first.
      await processPending(this.deps, 0);
      // Listening before the first sync: mail that arrives after its search, while it stores what
      // it found, is announced then, and waits for the next sync rather than the resync.
      client.on('exists', () => void this.sync(client));
      await this.sync(client);
      timers.push(setInterval(() => void this.sync(client), this.options.resyncMs));
      timers.push(
        setInterval(async () => {
          const still = await holdLease(
            this.deps.db,
            this.leaseName,
            this.holder,
            this.options.leaseMs,
            this.deps.clock.now(),
          ).catch(() => false);
          if (!still) {
            this.role = 'follower';
            this.deps.log.warn('inbox lease lost; another instance reads the inbox now');
            client.close();
          }
        }, this.options.leaseMs / 3),
      );
      await closed;
    } finally {
      for (const t of timers) clearInterval(t);
      this.client = undefined;
    }
  }

  /** Syncs are serialised: an IDLE notice during a resync waits for it. */
  private sync(client: ImapFlow): Promise<void> {
    this.syncing = this.syncing
      .then(() => this.syncOnce(client))
      .catch((err) => this.deps.log.warn({ err }, 'inbox sync failed; the next one retries'));
    return this.syncing;
  }

  private async syncOnce(client: ImapFlow): Promise<void> {
    if (!client.usable) return;
    const lock = await client.getMailboxLock(this.imap.mailbox);
    try {
      await this.readNew(client);
      this.lastSyncAt = this.deps.clock.now();
    } finally {
      lock.release(); // IDLE resumes
    }
  }

  private async readNew(client: ImapFlow): Promise<void> {
    if (!client.mailbox) return;
    const uidValidity = String(client.mailbox.uidValidity);
    const cursors = mailboxCursorModel(this.deps.db);
    const cursor = await cursors.findById(this.cursorId).lean();
    let uids: number[];
    if (cursor && cursor.uidValidity === uidValidity) {
      const found = (await client.search({ uid: `${cursor.lastUid + 1}:*` }, { uid: true })) || [];
      uids = found.filter((u) => u > cursor.lastUid); // "N:*" also answers the last message below N
    } else {
      // New inbox, or the server renumbered it (UIDVALIDITY changed): rescan by date; the
      // Message-ID key makes anything read before a no-op.
      const days = cursor ? 1 : this.options.firstScanDays;
      const since = new Date((cursor?.updatedAt ?? this.deps.clock.now()).getTime() - days * 86_400_000);
      uids = (await client.search({ since }, { uid: true })) || [];
      if (cursor) this.deps.log.warn({ mailbox: this.cursorId }, 'UIDVALIDITY changed; rescanning by date');
    }
    let lastUid = cursor?.uidValidity === uidValidity ? cursor.lastUid : 0;
    for (const uid of uids.sort((a, b) => a - b)) {
      if (this.stopped || !client.usable) return;
      // One command per message, finished before the next: never commands inside a fetch loop.
      const msg = await client.fetchOne(
        String(uid),
        { uid: true, source: { maxLength: MAX_MESSAGE_BYTES + 1 } },
        { uid: true },
      );
      if (msg !== false && msg.source)
        await ingestMail(this.deps, msg.source, { mailbox: this.imap.mailbox, uid });
      lastUid = Math.max(lastUid, uid);
      // The cursor moves only now that the reply is stored (or sent to triage).
      await cursors.updateOne(
        { _id: this.cursorId },
        { $set: { uidValidity, lastUid, updatedAt: this.deps.clock.now() } },
        { upsert: true },
      );
    }
    if (!cursor || cursor.uidValidity !== uidValidity)
      await cursors.updateOne(
        { _id: this.cursorId },
        { $set: { uidValidity, lastUid, updatedAt: this.deps.clock.now() } },
        { upsert: true },
      );
  }
}
