/**
 * Tests run against a real MongoDB-compatible server: MONGODB_URI when set (CI sets it to
 * FerretDB via ../shared/testdb/mongo), otherwise an in-memory MongoDB from
 * mongodb-memory-server (it downloads MongoDB once; machines without internet set MONGODB_URI).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) return;
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  try {
    const server = await MongoMemoryServer.create();
    (globalThis as { __mongo?: unknown }).__mongo = server;
    // Workers start after global setup and inherit this variable.
    process.env.MONGODB_URI = server.getUri();
  } catch (e) {
    throw new Error(
      `Tests need MongoDB. MONGODB_URI is not set and the in-memory MongoDB could not start (${(e as Error).message.split('\n')[0]}).\n` +
        'Set MONGODB_URI=mongodb://127.0.0.1:27017/ to a MongoDB or FerretDB you run (CI: ../shared/testdb/mongo start).',
    );
  }
}
