import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'forward' | 'blackhole' | 'refuse';

/**
 * A TCP endpoint on 127.0.0.1 standing in for a server that goes away and comes back:
 * 'forward' pipes connections to the target; 'blackhole' accepts connections and never answers
 * (a hung or firewalled server) — connections already open go silent too, both ways; 'refuse'
 * drops every connection at once. A connection that went silent stays silent when forwarding
 * resumes, as a half-dead TCP connection does: only new connections reach the target again.
 */
export interface SwitchableProxy {
  url: string;
  port: number;
  mode: ProxyMode;
  close(): Promise<void>;
}

export async function switchableProxy(
  target: { host: string; port: number },
  initial: ProxyMode,
): Promise<SwitchableProxy> {
  let mode = initial;
  const clients = new Set<Socket>();
  const forwarded = new Map<Socket, Socket>();
  const silence = (client: Socket) => {
    const upstream = forwarded.get(client);
    if (upstream) {
      forwarded.delete(client);
      client.unpipe(upstream);
      upstream.unpipe(client);
      upstream.destroy(); // whatever the target still had to say is lost
    }
    client.resume(); // read and drop, never answer
  };
  const server: Server = createServer((client) => {
    clients.add(client);
    client.on('close', () => {
      clients.delete(client);
      forwarded.get(client)?.destroy();
    });
    client.on('error', () => client.destroy());
    if (mode === 'refuse') return void client.destroy();
    if (mode === 'blackhole') {
      silence(client);
      return;
    }
    const upstream = connect(target.port, target.host);
    forwarded.set(client, upstream);
    upstream.on('error', () => upstream.destroy());
    upstream.on('close', () => {
      if (forwarded.get(client) === upstream) client.destroy();
    });
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get mode() {
      return mode;
    },
    set mode(m: ProxyMode) {
      mode = m;
      if (m === 'blackhole') for (const c of [...forwarded.keys()]) silence(c);
      if (m === 'refuse') for (const c of clients) c.destroy();
    },
    close: async () => {
      for (const c of clients) c.destroy();
      for (const u of forwarded.values()) u.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A port on 127.0.0.1 with nothing listening (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
