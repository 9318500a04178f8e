import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that a test can break the way networks break:
 * - `swallow()`: connections stay open but nothing gets through (a hung server, a dead link);
 * - `reset()`: every connection is torn down and new ones are refused (a restart, a failover);
 * - `restore()`: traffic flows again (new connections only, as after a real outage).
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly pairs = new Set<{ client: Socket; upstream: Socket | null }>();
  private mode: 'open' | 'swallow' | 'refuse' = 'open';
  port = 0;

  constructor(
    private readonly target: { host: string; port: number },
    private readonly listenPort = 0,
  ) {}

  async start(): Promise<number> {
    const server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => server.listen(this.listenPort, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this.port;
  }

  private accept(client: Socket): void {
    client.on('error', () => {});
    if (this.mode === 'refuse') {
      client.destroy();
      return;
    }
    const pair = { client, upstream: null as Socket | null };
    this.pairs.add(pair);
    client.on('close', () => {
      pair.upstream?.destroy();
      this.pairs.delete(pair);
    });
    if (this.mode === 'swallow') {
      client.resume(); // read and drop
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    pair.upstream = upstream;
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** Nothing passes any more, in either direction, on open or new connections. */
  swallow(): void {
    this.mode = 'swallow';
    for (const { client, upstream } of this.pairs) {
      if (!upstream) continue;
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.resume();
      upstream.resume();
    }
  }

  /** Every connection is reset and new ones are refused. */
  reset(): void {
    this.mode = 'refuse';
    for (const { client, upstream } of this.pairs) {
      client.resetAndDestroy();
      upstream?.destroy();
    }
    this.pairs.clear();
  }

  /**
   * New connections reach the server again; the ones that were swallowed stay dead (the client
   * has to notice and reconnect, as after a real outage).
   */
  restore(): void {
    this.mode = 'open';
  }

  async close(): Promise<void> {
    this.reset();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
