import { fork } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP server (`smtp-server`, as test/worker/smtp-sink.ts) made for throughput, in a child
 * process of its own as a real MTA would be, so it does not share the sender's event loop. It does
 * not parse bodies: it reads the Message-ID header (so duplicates can be counted) and stamps the
 * moment it answered 250 (ms on the shared wall clock, `performance.timeOrigin + performance.now()`).
 */
export interface CountedMail {
  messageId: string;
  at: number;
}

export function now(): number {
  return performance.timeOrigin + performance.now();
}

type ToChild = { cmd: 'take'; reqId: number };
type FromChild = { port: number } | { reqId: number; accepted: CountedMail[] } | { count: number };

/** Starts the sink process; `waitFor(n)` resolves once n messages were accepted since the last `take()`. */
export async function startCountingSink() {
  const child = fork(__filename, ['--smtp-sink-child'], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`SMTP sink exited with ${code}`)));
  });
  let count = 0;
  let waiter: { n: number; resolve: () => void } | null = null;
  const replies = new Map<number, (a: CountedMail[]) => void>();
  let reqIds = 0;
  child.on('message', (m: FromChild) => {
    if ('count' in m) {
      count = m.count;
      if (waiter && count >= waiter.n) {
        waiter.resolve();
        waiter = null;
      }
    } else if ('reqId' in m) replies.get(m.reqId)?.(m.accepted);
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    /** The messages accepted since the last take, and a fresh count from here on. */
    take: () =>
      new Promise<CountedMail[]>((resolve) => {
        const reqId = ++reqIds;
        replies.set(reqId, (a) => {
          replies.delete(reqId);
          count = 0;
          resolve(a);
        });
        child.send({ cmd: 'take', reqId } satisfies ToChild);
      }),
    /** Resolves when `n` messages were accepted; rejects after `timeoutMs`. */
    waitFor: (n: number, timeoutMs: number) =>
      new Promise<void>((resolve, reject) => {
        if (count >= n) return resolve();
        const timer = setTimeout(() => reject(new Error(`SMTP sink: ${count} of ${n} messages after ${timeoutMs} ms`)), timeoutMs);
        waiter = {
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
      }),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function runChild(): void {
  let accepted: CountedMail[] = [];
  let reported = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const header = raw.slice(0, Math.max(0, raw.indexOf('\r\n\r\n')));
        accepted.push({ messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(header)?.[1] ?? '', at: now() });
        callback();
      });
    },
  });
  // The count goes to the parent every few ms, not per message, to keep IPC out of the way.
  setInterval(() => {
    if (accepted.length !== reported) process.send!({ count: (reported = accepted.length) } satisfies FromChild);
  }, 5);
  process.on('message', (m: ToChild) => {
    if (m.cmd === 'take') {
      const out = accepted;
      accepted = [];
      reported = 0;
      process.send!({ reqId: m.reqId, accepted: out } satisfies FromChild);
    }
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
  process.once('disconnect', () => process.exit(0)); // the bench process is gone
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.server.address() as AddressInfo).port } satisfies FromChild));
}

if (process.argv.includes('--smtp-sink-child')) runChild();

/**
 * The rate a limited sender achieved, from acceptance times (sorted, ms): the mean time it took
 * for `limit` further messages to be accepted, as messages per second. For a limiter that sends its
 * allowance in bursts this is its true period, where count / (last − first) is skewed by the burst
 * shape at the two ends.
 */
export function achievedRate(times: number[], limit: number): number {
  if (times.length <= limit) return NaN;
  let sum = 0;
  for (let i = 0; i + limit < times.length; i++) sum += times[i + limit] - times[i];
  return (limit * 1000) / (sum / (times.length - limit));
}

/** The most messages accepted in any one-second window. */
export function peakPerSecond(times: number[]): number {
  let best = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j] - times[i] >= 1000) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}
