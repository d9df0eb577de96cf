import { type ChildProcess, execFile, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A MongoDB-compatible server of the project's own, for `npm start` and `npm test` when no
 * MONGODB_URI is set. First choice: mongodb-memory-server (downloads MongoDB once). Where that
 * cannot download: FerretDB, built once from the Go module proxy by scripts/testdb/mongo and
 * cached. Neither: one line saying what to set.
 */
export interface LocalMongo {
  /** mongodb://127.0.0.1:PORT/ (no database name: callers add theirs). */
  uri: string;
  kind: 'mongodb' | 'ferretdb';
  stop(): Promise<void>;
}

export interface LocalMongoOptions {
  /** Where the data lives; kept across starts unless the caller throws it away. */
  dataDir: string;
  /** One line per step a person waits for (the first FerretDB build takes minutes). */
  progress: (line: string) => void;
}

/** Thrown when no server could be had; its message is the one line to show. */
export class NoLocalMongo extends Error {}

export async function startLocalMongo(options: LocalMongoOptions): Promise<LocalMongo> {
  mkdirSync(options.dataDir, { recursive: true });
  const mongo = await embeddedMongo(join(options.dataDir, 'mongo'));
  if (mongo.server) return mongo.server;
  options.progress(`MongoDB could not be downloaded (${mongo.reason}); using FerretDB instead`);
  const binary = await ferretdbBinary(options.progress, mongo.reason);
  return startFerretDb(binary, join(options.dataDir, 'ferretdb'), options.progress);
}

async function embeddedMongo(dbPath: string): Promise<{ server?: LocalMongo; reason: string }> {
  const { MongoBinary, MongoMemoryServer } = await import('mongodb-memory-server');
  try {
    // Resolve (download) the binary first: MongoMemoryServer.create prints a stack trace
    // when that fails, and we have a better line to show.
    await MongoBinary.getPath();
  } catch (e) {
    // A DownloadError keeps its cause ("getaddrinfo ENOTFOUND …") in `msg`, not on line one.
    return { reason: (e as { msg?: string }).msg ?? firstLine(e) };
  }
  mkdirSync(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({ instance: { dbPath, storageEngine: 'wiredTiger' } });
  return {
    reason: '',
    server: {
      uri: server.getUri().replace(/\/[^/]*$/, '/'),
      kind: 'mongodb',
      stop: async () => void (await server.stop({ doCleanup: false })),
    },
  };
}

/** The cached FerretDB binary, building it the first time (needs `go`). */
async function ferretdbBinary(progress: (line: string) => void, mongoReason: string): Promise<string> {
  const script = join(projectRoot(), 'scripts/testdb/mongo');
  const cached = await run('bash', [script, 'path']).catch(() => '');
  if (cached && existsSync(cached)) return cached;
  const go = await run('go', ['version']).catch(() => '');
  if (!go)
    throw new NoLocalMongo(
      `no database: MONGODB_URI is not set, MongoDB could not be downloaded (${mongoReason}) and Go is not installed to build FerretDB; set MONGODB_URI in .env, e.g. MONGODB_URI=mongodb://127.0.0.1:27017/claimdesk`,
    );
  progress('building FerretDB from the Go module proxy (first time only, 1–3 minutes)…');
  try {
    return await run('bash', [script, 'build']);
  } catch (e) {
    throw new NoLocalMongo(
      `no database: MONGODB_URI is not set, MongoDB could not be downloaded (${mongoReason}) and FerretDB did not build (${firstLine(e)}); set MONGODB_URI in .env`,
    );
  }
}

/** Restarts after a crash, per server; a crash loop beyond this is left dead and said. */
const RESTARTS = 5;

/**
 * FerretDB on SQLite files in dataDir. It has crashed under the test suite (a Go panic in its
 * update handler, a bus error while a database was dropped, once in some dozens of runs): it is
 * started again on the same port and files, so the driver's next server selection finds it and
 * only the command in flight fails. A database the crash left half-created is set aside first
 * (tornDatabases): FerretDB refuses to start beside one.
 */
export async function startFerretDb(
  binary: string,
  dataDir: string,
  progress: (line: string) => void,
): Promise<LocalMongo> {
  mkdirSync(dataDir, { recursive: true });
  // A FerretDB left by a killed app still holds these files: ours to stop.
  const pidFile = join(dataDir, 'ferretdb.pid');
  const stale = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
  if (stale > 0) await stopPid(stale);
  for (const torn of setAsideTornDatabases(join(dataDir, 'data')))
    progress(`FerretDB: ${torn} was left half-created by an earlier crash; set aside as ${torn}.torn`);
  const port = await freePort();
  const logPath = join(dataDir, 'ferretdb.log');
  let stopping = false;
  let restarts = 0;
  let child = await launchFerretDb(binary, port, dataDir);
  writeFileSync(pidFile, String(child.pid));
  const watch = (running: ChildProcess) =>
    running.once('exit', (code, signal) => {
      if (stopping) return;
      // A server that dies under its users leaves only "connection refused" in their errors:
      // say why, in FerretDB's own last words.
      progress(
        `FerretDB exited (${signal ?? code}) while in use; its log says:\n${lastWords(readFileSync(logPath, 'utf8'))}`,
      );
      if (restarts++ >= RESTARTS) return progress(`FerretDB crashed ${RESTARTS} times: not restarting`);
      for (const torn of setAsideTornDatabases(join(dataDir, 'data')))
        progress(`FerretDB: ${torn} was left half-created by the crash; set aside as ${torn}.torn`);
      launchFerretDb(binary, port, dataDir).then(
        (next) => {
          child = next;
          writeFileSync(pidFile, String(next.pid));
          progress(`FerretDB restarted on port ${port} (restart ${restarts} of ${RESTARTS})`);
          if (stopping) void stopChild(next);
          else watch(next);
        },
        (e: unknown) => progress(`FerretDB did not restart: ${firstLine(e)}`),
      );
    });
  watch(child);
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    kind: 'ferretdb',
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
  };
}

/**
 * FerretDB creates its catalogue table (`_ferretdb_collections`) with each database file; a file
 * whose schema never got it (neither in the file nor in its write-ahead log, where a fresh
 * database keeps everything until a checkpoint) was torn by a crash between the two, and FerretDB
 * will not start beside it ("no such table: _ferretdb_collections"). Renamed, not deleted. This
 * runs at every start: only small files (a database that holds data is larger) are read, whole,
 * and a log only as far as its first frames, where the catalogue's creation is written.
 */
function setAsideTornDatabases(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const torn = readdirSync(dir).filter(
    (f) =>
      f.endsWith('.sqlite') &&
      statSync(join(dir, f)).size <= SMALL &&
      !mentions(join(dir, f), CATALOGUE) &&
      !mentions(join(dir, `${f}-wal`), CATALOGUE),
  );
  for (const f of torn) renameSync(join(dir, f), join(dir, `${f}.torn`));
  return torn;
}

const CATALOGUE = Buffer.from('_ferretdb_collections');

/** A database file this small may be torn, and is read whole; a log, this far. */
const SMALL = 64 * 1024;
const LOG_HEAD = 128 * 1024;

/** Whether a file's first bytes (all of a small database, a log's first frames) hold these. */
function mentions(path: string, bytes: Buffer): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(statSync(path).size, LOG_HEAD));
    readSync(fd, head, 0, head.length, 0);
    return head.includes(bytes);
  } finally {
    closeSync(fd);
  }
}

/** Spawns FerretDB and resolves once it listens (it prints its first line then). */
function launchFerretDb(binary: string, port: number, dataDir: string): Promise<ChildProcess> {
  const log = openSync(join(dataDir, 'ferretdb.log'), 'a');
  const child = spawn(binary, ['-listen', `127.0.0.1:${port}`, '-dir', join(dataDir, 'data')], {
    stdio: ['ignore', 'pipe', log],
  });
  closeSync(log); // the child holds its own copy
  return new Promise<ChildProcess>((ok, fail) => {
    child.stdout?.once('data', () => ok(child));
    child.once('exit', (code) =>
      fail(
        new NoLocalMongo(`FerretDB exited (${code}) before listening; see ${join(dataDir, 'ferretdb.log')}`),
      ),
    );
  });
}

/**
 * A Go crash prints its reason first, then every goroutine's stack: the reason, the stack of the
 * goroutine that crashed (where the fault is; its bus errors were reported without it), the end.
 */
export function lastWords(log: string): string {
  const lines = log.trim().split('\n');
  const crash = lines.findIndex((l) => /^(panic:|fatal error:)/.test(l));
  if (crash === -1) return lines.slice(-10).join('\n');
  const running = lines.findIndex((l, i) => i > crash && /^goroutine \d+ .*\[running\]:$/.test(l));
  const end = running === -1 ? -1 : lines.findIndex((l, i) => i > running && l.trim() === '');
  const stack =
    running === -1 ? [] : lines.slice(running, end === -1 ? running + 60 : Math.min(end, running + 60));
  return [
    ...lines.slice(crash, Math.min(crash + 4, running === -1 ? crash + 8 : running)),
    ...stack,
    '…',
    ...lines.slice(-10),
  ].join('\n');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    child.once('exit', () => ok());
    child.kill('SIGTERM');
  });
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  process.kill(pid, 'SIGKILL');
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/** The folder holding package.json, from src/ or from dist/src/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = resolve(dir, '..');
    if (up === dir) throw new Error('package.json not found above this file');
    dir = up;
  }
  return dir;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((ok, fail) =>
    execFile(command, args, { maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      err ? fail(new Error(stderr.trim().split('\n').pop() || err.message)) : ok(stdout.trim()),
    ),
  );
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]?.trim() ?? '';
