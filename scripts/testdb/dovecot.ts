import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../src/store/local-mongo.js';

const exec = promisify(execFile);

/**
 * A private Dovecot (scripts/testdb/imap) on a free loopback port, its data in `dir`; sets
 * IMAP_HOST, IMAP_PORT, IMAP_SECURE, IMAP_USER and IMAP_PASSWORD in this process's environment,
 * the variables the app and the tests read. Returns what stops it.
 */
export async function startDovecot(dir: string): Promise<{ port: number; stop(): Promise<void> }> {
  const port = await freePort();
  mkdirSync(dirname(dir), { recursive: true });
  chmodSync(dirname(dir), 0o755); // Dovecot's mail user must reach its maildirs inside
  const { stdout } = await exec('bash', ['scripts/testdb/imap', 'start', String(port), dir]);
  // "export IMAP_HOST=… IMAP_PORT=…"
  for (const [, name, value] of stdout.matchAll(/(IMAP_\w+)=(\S+)/g)) process.env[name as string] = value;
  return {
    port,
    stop: async () => void (await exec('bash', ['scripts/testdb/imap', 'stop', String(port), dir])),
  };
}
