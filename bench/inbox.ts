/**
 * npm run bench: a reply's arrival in the shared inbox → its owner's DM, through the real IMAP
 * reader (IDLE, the default one-minute resync) on a real Dovecot. The floor, measured on the
 * same mails in the same run, is the IMAP server's own notice: a second client waiting in IDLE
 * on the same mailbox, timed from the APPEND to its EXISTS. Mails arrive one at a time, a
 * moment apart, as replies do.
 *
 * Needs MONGODB_URI; uses IMAP_* when set, else starts a private Dovecot (scripts/testdb/imap).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';
import { startDovecot } from '../scripts/testdb/dovecot.js';
import { startTestApp } from '../test/support/harness.js';
import { imapFromEnv, mailboxFor } from '../test/support/imap.js';
import { people } from '../test/support/policy.js';
import { waitUntil } from '../test/support/wait.js';

const MAILS = Number(process.env.BENCH_INBOX_MAILS ?? 50);
const _exec = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n);
  return { p50: r(percentile(s, 50)), p99: r(percentile(s, 99)), max: r(s.at(-1) ?? 0) };
};

async function ensureImap(): Promise<() => Promise<void>> {
  if (process.env.IMAP_HOST) return async () => undefined;
  const dovecot = await startDovecot(join(mkdtempSync(join(tmpdir(), 'claimdesk-bench-')), 'imap'));
  return dovecot.stop;
}

export async function inboxBench() {
  const stopImap = await ensureImap();
  const mailbox = await mailboxFor('bench_inbox');
  const t = await startTestApp('bench_inbox', { config: { imap: { ...imapFromEnv(), mailbox } } });
  const admin = new ImapFlow({ ...imapFromEnv().connection, logger: false });
  const watcher = new ImapFlow({ ...imapFromEnv().connection, logger: false, autoIdleDelay: 0 });
  try {
    await admin.connect();
    await watcher.connect();
    await watcher.mailboxOpen(mailbox);
    let exists = 0;
    const existsAt: number[] = [];
    watcher.on('exists', (e: { count: number }) => {
      while (exists < e.count) existsAt[exists++] = performance.now();
    });
    await t.command(people.sam, '/claim', 'acme.com');
    const template = readFileSync('test/fixtures/mail/interested-en.eml', 'utf8');
    const dmArrived = (id: string) =>
      t.slack
        .callsTo('chat.postMessage')
        .some((c) => c.ok && c.args.channel === people.sam && JSON.stringify(c.args.blocks).includes(id));
    const toDm: number[] = [];
    const toExists: number[] = [];
    await waitUntil(() => t.app.inbox?.idling === true, 60_000);
    for (let i = 0; i < MAILS; i++) {
      const id = `bench-${i}-${Date.now().toString(36)}@acme.com`;
      const raw = template.replace(/^Message-ID: .*$/m, `Message-ID: <${id}>`);
      const sent = performance.now();
      await admin.append(mailbox, raw);
      await waitUntil(() => dmArrived(id), 120_000);
      toDm.push(performance.now() - sent);
      await waitUntil(() => exists > i, 60_000);
      toExists.push((existsAt[i] as number) - sent);
      await sleep(300 + (i % 7) * 100); // replies arrive a moment apart
    }
    return {
      mails: MAILS,
      imapExistsMs: stats(toExists),
      arrivalToDmMs: stats(toDm),
      ratioP99: Math.round((stats(toDm).p99 / Math.max(1, stats(toExists).p99)) * 10) / 10,
    };
  } finally {
    await watcher.logout().catch(() => undefined);
    await admin.logout().catch(() => undefined);
    await t.stop();
    await stopImap();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  inboxBench().then(
    (r) => {
      console.log(JSON.stringify({ bench: 'reply arrival → owner DM', ...r }, null, 2));
      process.exit(0);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
