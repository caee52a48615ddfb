import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * The api as it ships — `node <build>/apps/api/src/main.js`, compiled from the current sources —
 * in a process of its own, so its memory can be read from /proc. The build goes to
 * dist/.bench-api (ignored by git like all of dist/) and is redone only when a source file is
 * newer than it (~25 s with tsc + tsc-alias, the same steps as `npm run build:server`).
 */
const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'dist', '.bench-api');
const STAMP = join(OUT, '.built-at');
const SOURCES = ['apps/api/src', 'apps/worker/src', 'libs', 'migrations', 'scripts'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

export function buildApi(log: (s: string) => void): string {
  const main = join(OUT, 'apps', 'api', 'src', 'main.js');
  const newest = Math.max(...SOURCES.map((d) => newestSource(join(ROOT, d))));
  if (existsSync(main) && existsSync(STAMP) && Number(readFileSync(STAMP, 'utf8')) >= newest) return main;
  log('api-memory: compiling the server (tsc + tsc-alias) to dist/.bench-api');
  const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
  try {
    execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', OUT], { cwd: ROOT, stdio: 'pipe' });
  } catch (e) {
    // Type errors still emit JavaScript (noEmitOnError is off); only a missing output is fatal.
    if (!existsSync(main)) throw new Error(`tsc failed: ${(e as { stdout?: Buffer }).stdout?.toString().slice(0, 2000)}`);
    log('api-memory: tsc reported type errors (the JavaScript was emitted)');
  }
  execFileSync(bin('tsc-alias'), ['-p', 'tsconfig.build.json', '--outDir', OUT], { cwd: ROOT, stdio: 'pipe' });
  writeFileSync(STAMP, String(newest));
  return main;
}

/**
 * The environment the Dockerfile's final stage sets (`ENV K=V …` / `ENV K V`), so the api runs
 * here with the same NODE_OPTIONS, NODE_ENV and allocator settings as in the image.
 */
export function imageEnv(): Record<string, string> {
  const file = join(ROOT, 'Dockerfile');
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8').replace(/\\\r?\n/g, ' ');
  const stages = text.split(/^FROM\s/im);
  const env: Record<string, string> = {};
  for (const line of stages[stages.length - 1].split(/\r?\n/)) {
    const m = /^\s*ENV\s+(.+)$/i.exec(line);
    if (!m) continue;
    const pairs = [...m[1].matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|'([^']*)'|(\S*))/g)];
    if (pairs.length) for (const p of pairs) env[p[1]] = p[3] ?? p[4] ?? p[5] ?? '';
    else {
      const [k, ...v] = m[1].trim().split(/\s+/);
      env[k] = v.join(' ');
    }
  }
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolvePort(port));
    });
  });
}

export interface ApiProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** VmRSS of the process in MB (from /proc/<pid>/status). */
  rssMb: () => number;
  /** The last few KB the process wrote (for errors). */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the built api with `env` on a free local port and waits until /health answers.
 * `nodeArgs` go before the script (e.g. `--max-old-space-size=…` or a `-r` diagnostics preload).
 */
export async function startApiProcess(main: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: ROOT,
    env: { ...(process.env as Record<string, string>), ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (d: Buffer) => {
    tail = (tail + d.toString()).slice(-8000);
  };
  child.stdout!.on('data', keep); // request logs are read and dropped, as a log shipper would
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const orphan = () => child.kill('SIGKILL'); // the bench failed or was stopped: do not leave the api running
  process.once('exit', orphan);
  const url = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error(`api exited with ${child.exitCode}: ${tail}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > until) throw new Error(`api did not answer /health within 60 s: ${tail}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    child,
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    output: () => tail,
    stop: async () => {
      process.removeListener('exit', orphan);
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
