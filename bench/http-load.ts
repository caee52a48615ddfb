import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { percentile } from './bench-util';

/**
 * A small autocannon-style load generator (autocannon is not a dependency): `connections`
 * keep-alive connections each send one request at a time, for `seconds` or until the list of
 * requests is used up (POSTs that may each be sent once). Runs in a child process so the load
 * does not share an event loop with the server under test; the parent gets a LoadResult.
 */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSpec {
  url: string;
  connections: number;
  seconds: number;
  /** Sent in order; with `repeat` the list is cycled, otherwise each is sent once. */
  requests: LoadRequest[];
  repeat: boolean;
  expectStatus: number;
}

export interface LoadResult {
  requests: number;
  ok: number;
  errors: Record<string, number>;
  perSecond: number;
  p50: number;
  p99: number;
  seconds: number;
}

async function generate(spec: LoadSpec): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
  const base = new URL(spec.url);
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let next = 0;
  let sent = 0;
  const send = (r: LoadRequest) =>
    new Promise<number>((resolve) => {
      const req = request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          method: r.method,
          path: r.path,
          headers: { ...(r.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) } : {}), ...r.headers },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', (e) => resolve(-1 * (e.message.length || 1)));
      req.end(r.body);
    });
  const start = performance.now();
  const until = start + spec.seconds * 1000;
  await Promise.all(
    Array.from({ length: spec.connections }, async () => {
      while (performance.now() < until) {
        if (!spec.repeat && next >= spec.requests.length) return;
        const r = spec.requests[next++ % spec.requests.length];
        const t = performance.now();
        const status = await send(r);
        sent++;
        if (status === spec.expectStatus) latencies.push(performance.now() - t);
        else errors[String(status)] = (errors[String(status)] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: sent,
    ok: latencies.length,
    errors,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    seconds,
  };
}

/** Runs the load in a child process (this file, forked) and resolves with its result. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--load-child'], { execArgv: ['-r', 'ts-node/register/transpile-only'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m) => resolve(m as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => (code ? reject(new Error(`load generator exited with ${code}`)) : undefined));
    child.send(spec);
  });
}

if (process.argv.includes('--load-child')) {
  process.once('message', (spec) => {
    void generate(spec as LoadSpec).then((r) => process.send!(r, () => process.exit(0)));
  });
}
