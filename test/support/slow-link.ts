import { connect, createServer, type Server, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A TCP link between the app and its database that can be made slow: while `delayMs` is set,
 * each chunk the app sends reaches the server that much later, in order. The driver and the
 * server on both ends are real; only the wire is slow (an overloaded network or database).
 */
export class SlowLink {
  delayMs = 0;
  /**
   * Which chunks are slowed (all while unset): a test that slows one command only ("an insert into
   * command_requests") leaves every other round trip fast, so nothing queues for a connection.
   */
  slows?: (chunk: Buffer) => boolean;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    /** The database URI, through the link. */
    readonly uri: string,
  ) {}

  /** A link to the server in `uri` (mongodb://host:port/db?…); its `uri` goes through the link. */
  static async to(uri: string): Promise<SlowLink> {
    const target = /^mongodb:\/\/([^/:]+):(\d+)/.exec(uri);
    if (!target) throw new Error(`not a mongodb://host:port URI: ${uri}`);
    const [, host, port] = target as unknown as [string, string, string];
    let link: SlowLink | undefined;
    const server = createServer((client) => link?.pipe(client, host, Number(port)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port: own } = server.address() as { port: number };
    link = new SlowLink(server, uri.replace(/^mongodb:\/\/[^/]+/, `mongodb://127.0.0.1:${own}`));
    return link;
  }

  private pipe(client: Socket, host: string, port: number): void {
    const upstream = connect(port, host);
    this.sockets.add(client).add(upstream);
    let queue = Promise.resolve();
    client.on('data', (chunk) => {
      const due = Date.now() + (!this.slows || this.slows(chunk) ? this.delayMs : 0);
      queue = queue.then(async () => {
        await sleep(Math.max(0, due - Date.now()));
        upstream.write(chunk);
      });
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((r) => this.server.close(r));
  }
}
