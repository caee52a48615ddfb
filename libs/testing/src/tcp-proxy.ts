import * as net from 'node:net';

/** What the proxy does with connections while it is "down". */
export type OutageMode =
  /** New connections are reset at once (a server that is restarting: ECONNRESET / refused). */
  | 'refuse'
  /** New connections are accepted and never answered (a network partition: only timeouts help). */
  | 'blackhole';

export interface TcpProxy {
  /** The local port clients connect to. */
  port: number;
  /** Rewrites a URL's host and port to go through the proxy (keeps user, database, query). */
  url: (target: string) => string;
  /** Cuts every open connection (both ends) and treats new ones per `mode` until `recover()`. */
  outage: (mode?: OutageMode) => void;
  /** Forwards new connections again. */
  recover: () => void;
  close: () => Promise<void>;
}

/**
 * A small in-process TCP proxy the test controls, standing between one process's pool and the
 * shared Postgres server: the server itself cannot be restarted while other test files use it, but
 * from the point of view of the process behind the proxy an outage looks the same.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<{ client: net.Socket; server: net.Socket }>();
  const held = new Set<net.Socket>();
  let down: OutageMode | null = null;

  const cut = (s: net.Socket) => {
    if (!s.destroyed) s.resetAndDestroy();
  };

  const listener = net.createServer((client) => {
    if (down === 'refuse') return cut(client);
    if (down === 'blackhole') {
      client.on('error', () => undefined); // the client gives up and resets: expected
      held.add(client);
      client.on('close', () => held.delete(client));
      return;
    }
    const server = net.connect(target.port, target.host);
    const pair = { client, server };
    pairs.add(pair);
    // A clean end travels through the pipes (FIN both ways); an error on one side ends the other.
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
    client.on('close', () => pairs.delete(pair));
    server.on('close', () => pairs.delete(pair));
    client.pipe(server);
    server.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (listener.address() as net.AddressInfo).port;

  return {
    port,
    url: (u) => {
      const parsed = new URL(u);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    outage: (mode = 'refuse') => {
      down = mode;
      for (const p of [...pairs]) {
        cut(p.client);
        cut(p.server);
      }
      pairs.clear();
    },
    recover: () => {
      down = null;
      for (const s of [...held]) cut(s);
      held.clear();
    },
    close: async () => {
      for (const p of [...pairs]) {
        cut(p.client);
        cut(p.server);
      }
      for (const s of [...held]) cut(s);
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    },
  };
}
