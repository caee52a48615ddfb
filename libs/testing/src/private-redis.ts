import { ChildProcess, spawn } from 'node:child_process';
import * as net from 'node:net';
import Redis from 'ioredis';

export interface PrivateRedis {
  url: string;
  port: number;
  /** `FLUSHALL` on this server: every key of every database, as an operator (or a crash) would. */
  flushAll: () => Promise<void>;
  /** Kills the server (SIGKILL): clients see their connections drop and new ones refused. */
  stop: () => Promise<void>;
  /** Starts it again on the same port, empty (no persistence). */
  start: () => Promise<void>;
  close: () => Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

/**
 * A Redis server of the test's own (`redis-server` on a free port, no persistence), for what the
 * shared one cannot take while other test files use it: `FLUSHALL`, and being shut down.
 */
export async function startPrivateRedis(binary = process.env.REDIS_SERVER_PATH ?? 'redis-server'): Promise<PrivateRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  const ping = async () => {
    const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 500 });
    r.on('error', () => undefined);
    try {
      await r.connect();
      return (await r.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      r.disconnect();
    }
  };
  const start = async () => {
    let output = '';
    const proc = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout!.on('data', (d) => (output += d));
    proc.stderr!.on('data', (d) => (output += d));
    child = proc;
    const until = Date.now() + 10_000;
    while (!(await ping())) {
      if (proc.exitCode !== null || Date.now() > until) throw new Error(`redis-server on ${port} did not start: ${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await exited;
  };
  const flushAll = async () => {
    const r = new Redis(url, { maxRetriesPerRequest: 1 });
    try {
      await r.flushall();
    } finally {
      r.disconnect();
    }
  };
  await start();
  return { url, port, flushAll, stop, start, close: stop };
}
