export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __mongo?: { stop(): Promise<unknown> } }).__mongo;
  await server?.stop();
}
