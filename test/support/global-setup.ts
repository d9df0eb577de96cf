/**
 * Tests run against a real MongoDB-compatible server: MONGODB_URI when set (CI sets it to
 * FerretDB via ../shared/testdb/mongo), otherwise an in-memory MongoDB from
 * mongodb-memory-server (it downloads MongoDB once; machines without internet set MONGODB_URI).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) return;
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  const server = await MongoMemoryServer.create();
  (globalThis as { __mongo?: unknown }).__mongo = server;
  // Workers start after global setup and inherit this variable.
  process.env.MONGODB_URI = server.getUri();
}
