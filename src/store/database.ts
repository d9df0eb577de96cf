import { mkdirSync } from 'node:fs';
import mongoose, { type Connection } from 'mongoose';
import type { Log } from '../log.js';

export interface Database {
  connection: Connection;
  close(): Promise<void>;
}

const DEFAULT_DB = 'claimdesk';

/** The database named in the URI's path, or `claimdesk` when the URI names none. */
export function databaseName(uri: string): string {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]*)/.exec(uri);
  return match?.[1] ? decodeURIComponent(match[1]) : DEFAULT_DB;
}

export async function connectDatabase(uri: string, log: Log): Promise<Database> {
  const connection = mongoose.createConnection(uri, {
    dbName: databaseName(uri),
    serverSelectionTimeoutMS: 10_000,
    // Indexes carry the unique-insert rule, so they must exist before the first write.
    autoIndex: true,
  });
  await connection.asPromise();
  log.info({ db: connection.name }, 'database connected');
  return { connection, close: () => connection.close() };
}

/**
 * No MONGODB_URI: an embedded MongoDB (mongodb-memory-server) keeping its data in .data/.
 * It downloads MongoDB the first time; when that is impossible we say how to point at one.
 */
export async function startEmbeddedDatabase(log: Log): Promise<{ uri: string; stop(): Promise<void> }> {
  const dbPath = '.data/mongo';
  mkdirSync(dbPath, { recursive: true });
  log.info({ dbPath }, 'MONGODB_URI is not set: starting an embedded MongoDB (downloads it the first time)');
  try {
    const { MongoMemoryServer } = await import('mongodb-memory-server');
    const server = await MongoMemoryServer.create({ instance: { dbPath, storageEngine: 'wiredTiger' } });
    return {
      uri: `${server.getUri()}${DEFAULT_DB}`,
      stop: async () => void (await server.stop({ doCleanup: false })),
    };
  } catch (e) {
    throw new Error(
      `could not start the embedded MongoDB (${(e as Error).message.split('\n')[0]}).\n` +
        'Set MONGODB_URI in .env to a MongoDB you run, e.g. MONGODB_URI=mongodb://127.0.0.1:27017/claimdesk',
    );
  }
}

/** Ready means: connected and answering. Used by /healthz. */
export async function databaseIsUp(connection: Connection): Promise<boolean> {
  if (connection.readyState !== 1 || !connection.db) return false;
  try {
    await connection.db.command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}
