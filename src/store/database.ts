import mongoose, { type Connection } from 'mongoose';
import type { Log } from '../log.js';
import { startLocalMongo } from './local-mongo.js';

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

export async function connectDatabase(
  uri: string,
  log: Log,
  options: { monitorCommands?: boolean } = {},
): Promise<Database> {
  const connection = mongoose.createConnection(uri, {
    dbName: databaseName(uri),
    // The benchmark counts round trips through the driver's command events.
    monitorCommands: options.monitorCommands ?? false,
    serverSelectionTimeoutMS: 10_000,
    // Indexes carry the unique-insert rule, so they must exist before the first write.
    autoIndex: true,
  });
  await connection.asPromise();
  log.info({ db: connection.name }, 'database connected');
  return { connection, close: () => connection.close() };
}

/**
 * No MONGODB_URI: the project's own server (store/local-mongo.ts) keeping its data in .data/:
 * an embedded MongoDB, else FerretDB built from the Go module proxy, else one line saying
 * what to set.
 */
export async function startEmbeddedDatabase(log: Log): Promise<{ uri: string; stop(): Promise<void> }> {
  const dataDir = '.data';
  log.info({ dataDir }, 'MONGODB_URI is not set: starting a local database');
  const server = await startLocalMongo({ dataDir, progress: (line) => log.info(line) });
  log.info({ kind: server.kind }, 'local database started');
  return { uri: `${server.uri}${DEFAULT_DB}`, stop: server.stop };
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
