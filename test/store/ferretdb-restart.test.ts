import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { type LocalMongo, startFerretDb } from '../../src/store/local-mongo.js';
import { startTestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

/**
 * The project's own FerretDB (no MONGODB_URI, no MongoDB download) crashed once under the
 * suite and every later test got "connection refused". Killed here with SIGKILL, it must come
 * back on the same port with the same data, and a client must carry on without reconnecting.
 */
let binary = '';
let dir = '';
let server: LocalMongo | undefined;
const said: string[] = [];

beforeAll(() => {
  binary = cachedBinary();
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-ferretdb-restart-'));
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// Only where the suite itself runs on FerretDB (test-infra built it); with MongoDB downloaded,
// FerretDB is never started and there is nothing to restart.
function cachedBinary(): string {
  try {
    return execFileSync('bash', ['scripts/testdb/mongo', 'path']).toString().trim();
  } catch {
    return '';
  }
}
const onFerretDb = existsSync(cachedBinary()) ? test : test.skip;

onFerretDb(
  'when FerretDB is killed under a client, then it restarts with its data and the client carries on',
  async () => {
    server = await startFerretDb(binary, dir, (line) => said.push(line));
    const client = await MongoClient.connect(`${server.uri}restart`, { serverSelectionTimeoutMS: 20_000 });
    try {
      const claims = client.db().collection('claims');
      await claims.insertOne({ _id: 'acme.com' as never, owner: 'U1' });
      const first = Number(readFileSync(join(dir, 'ferretdb.pid'), 'utf8'));
      process.kill(first, 'SIGKILL');
      await waitUntil(() => said.some((l) => l.startsWith('FerretDB restarted')));
      expect(Number(readFileSync(join(dir, 'ferretdb.pid'), 'utf8'))).not.toBe(first);
      expect(said[0]).toMatch(/^FerretDB exited \(SIGKILL\) while in use/);

      // The same client: its next command finds the server again (a command in flight at the
      // crash may fail once; this one is sent after).
      await claims.insertOne({ _id: 'globex.com' as never, owner: 'U2' });
      expect(await claims.find().sort({ _id: 1 }).toArray()).toEqual([
        { _id: 'acme.com', owner: 'U1' },
        { _id: 'globex.com', owner: 'U2' },
      ]);
    } finally {
      await client.close();
    }
  },
  60_000,
);

// A crash while a database was being created (a bus error in CI) left a file with no table in it,
// and FerretDB then refused to start: every later test got "connection refused".
onFerretDb(
  'when FerretDB dies leaving a half-created database, then that file is set aside and it restarts with the rest',
  async () => {
    const client = await MongoClient.connect(`${(server as LocalMongo).uri}restart`, {
      serverSelectionTimeoutMS: 20_000,
    });
    try {
      writeFileSync(join(dir, 'data', 'torn.sqlite'), '');
      const before = said.length;
      process.kill(Number(readFileSync(join(dir, 'ferretdb.pid'), 'utf8')), 'SIGKILL');
      await waitUntil(() => said.slice(before).some((l) => l.startsWith('FerretDB restarted')));
      expect(said.slice(before).some((l) => l.includes('torn.sqlite was left half-created'))).toBe(true);
      expect(existsSync(join(dir, 'data', 'torn.sqlite.torn'))).toBe(true);
      expect(await client.db().collection('claims').countDocuments()).toBe(2);
    } finally {
      await client.close();
    }
  },
  60_000,
);

// CI failed once with every test passed: FerretDB died while a test app's teardown dropped its
// database, and the drop's "ECONNRESET" failed the file. The test app now stops first and its
// drop is sent again once FerretDB is back.
onFerretDb(
  'when FerretDB dies just as a test app stops, then the stop still succeeds and the app’s database is gone',
  async () => {
    const uri = `${(server as LocalMongo).uri}dies_at_teardown`;
    const t = await startTestApp('dies_at_teardown', { config: { mongodbUri: uri } });
    await t.command(people.sam, '/claim', 'acme.com');
    const before = said.length;
    process.kill(Number(readFileSync(join(dir, 'ferretdb.pid'), 'utf8')), 'SIGKILL');
    await t.stop();
    expect(said.slice(before).some((l) => l.startsWith('FerretDB restarted'))).toBe(true);
    const client = await MongoClient.connect(uri, { serverSelectionTimeoutMS: 20_000 });
    try {
      const names = (await client.db().admin().listDatabases()).databases.map((d) => d.name);
      expect(names).not.toContain('dies_at_teardown');
      expect(names).toContain('restart'); // the database the tests above left, untouched
    } finally {
      await client.close();
    }
  },
  60_000,
);
