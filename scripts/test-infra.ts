import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type LocalMongo, NoLocalMongo, startLocalMongo } from '../src/store/local-mongo.js';
import { startDovecot } from './testdb/dovecot.js';

/**
 * `npm run jest` runs jest through this, so the suite brings its own real parts and works on a
 * fresh clone:
 * - MongoDB: MONGODB_URI when set (CI and local runs may point at any server), else the
 *   project's local server (embedded MongoDB, else FerretDB built with Go; store/local-mongo.ts).
 * - IMAP: IMAP_HOST when set, else a private Dovecot from scripts/testdb/imap (installed from
 *   Debian when missing and root).
 * - Chromium for the sandbox browser test: CHROMIUM_PATH, else Debian's (scripts/testdb/chromium).
 * Then it runs the command it was given (jest) with those variables, stops what it started and
 * exits with the command's code. A wrapper rather than jest's globalSetup: that one is loaded
 * as CommonJS, which this ESM code is not.
 *
 *   tsx scripts/test-infra.ts node … jest [jest args]
 */
const exec = promisify(execFile);
const say = (line: string) => process.stderr.write(`[test infra] ${line}\n`);

async function main(command: string[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-test-'));
  let mongo: LocalMongo | undefined;
  let imap: Awaited<ReturnType<typeof startDovecot>> | undefined;
  try {
    if (!process.env.MONGODB_URI) {
      mongo = await startLocalMongo({ dataDir: join(dir, 'db'), progress: say });
      process.env.MONGODB_URI = mongo.uri;
      say(`database: ${mongo.kind} at ${mongo.uri}`);
    }
    if (!process.env.IMAP_HOST) {
      imap = await startDovecot(join(dir, 'imap'));
      say(`IMAP: Dovecot on 127.0.0.1:${imap.port}`);
    }
    if (!process.env.CHROMIUM_PATH) {
      const { stdout } = await exec('bash', ['scripts/testdb/chromium', 'path']);
      process.env.CHROMIUM_PATH = stdout.trim();
    }
    const [program, ...args] = command;
    if (!program) throw new Error('usage: tsx scripts/test-infra.ts COMMAND [ARGS…]');
    const child = spawn(program, args, { stdio: 'inherit' });
    // Ctrl-C reaches the child through the terminal; we wait for it and then clean up.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    return await new Promise<number>((ok) =>
      child.on('exit', (code, signal) => ok(code ?? (signal ? 1 : 0))),
    );
  } finally {
    await mongo?.stop();
    await imap?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // No database or IMAP server to be had: one line that says what to do, then what the
    // failing script said.
    say(e instanceof NoLocalMongo ? `tests need a database: ${e.message}` : (e as Error).message);
    const stderr = (e as { stderr?: string }).stderr?.trim();
    if (stderr) process.stderr.write(`${stderr.split('\n').slice(-10).join('\n')}\n`);
    process.exit(1);
  },
);
