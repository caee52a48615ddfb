#!/usr/bin/env node
// Checks, in a few seconds, everything `npm test` needs before it spends minutes building:
// Node (an older one stops it at once), then PostgreSQL, Redis, Chromium, a CJK font and poppler-utils, naming every missing piece at once.
// `--for demo` checks only what `npm run demo` needs (Node, PostgreSQL, Redis).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';

const env = process.env;
const forDemo = process.argv.includes('--for') && process.argv[process.argv.indexOf('--for') + 1] === 'demo';
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Host and port of a postgres:// or redis:// URL, with the protocol's default port. */
function endpoint(raw, defaultPort) {
  const u = new URL(raw);
  return { host: u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(u.port || defaultPort) };
}

/** Opens a TCP connection, writes `hello` and resolves with the first bytes answered (or rejects). */
function ask({ host, port }, hello, timeoutMs = 3000) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const done = (err, data) => {
      socket.destroy();
      if (err) reject(err);
      else resolve(data);
    };
    socket.setTimeout(timeoutMs, () => done(new Error('timed out')));
    socket.once('error', (e) => done(e));
    socket.once('connect', () => (hello ? socket.write(hello) : done(null, Buffer.alloc(0))));
    socket.once('data', (d) => done(null, d));
  });
}

/** The oldest Node major the engines field accepts (its first `>=` bound). */
function minimumNodeMajor() {
  const m = /(\d+)/.exec(pkg.engines?.node ?? '');
  return m ? Number(m[1]) : 0;
}

// An older Node stops everything at once: nothing else is worth checking on it.
const needMajor = minimumNodeMajor();
if (Number(process.versions.node.split('.')[0]) < needMajor) {
  console.error(
    `Node ${needMajor} is needed; this is ${process.versions.node}. Run \`npm ci\` (it installs Node ${needMajor} into node_modules/.bin, ` +
      `which npm scripts use first) and start with npm (\`npm test\`, \`npm run demo\`), or install Node ${needMajor} (nvm install ${needMajor}).`,
  );
  process.exit(1);
}

const problems = [];

const pgUrl = (forDemo ? env.DATABASE_URL : env.TEST_DATABASE_URL) ?? 'postgres://postgres@127.0.0.1:5432/sifa_jianyi_test';
try {
  // An SSLRequest packet: any PostgreSQL server answers it with one byte, 'S' or 'N'.
  const reply = await ask(endpoint(pgUrl, 5432), Buffer.from([0, 0, 0, 8, 4, 210, 22, 47]));
  if (!['S', 'N'].includes(String.fromCharCode(reply[0]))) throw new Error('not a PostgreSQL server');
} catch (e) {
  problems.push(
    `PostgreSQL at ${new URL(pgUrl).host} (${e.message}): apt-get install -y postgresql, or docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16`,
  );
}

const redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
try {
  const reply = String(await ask(endpoint(redisUrl, 6379), 'PING\r\n'));
  if (!reply.startsWith('+PONG') && !reply.startsWith('-NOAUTH')) throw new Error(`answered "${reply.trim()}"`);
} catch (e) {
  problems.push(`Redis at ${new URL(redisUrl).host} (${e.message}): apt-get install -y redis-server, or docker run -d -p 6379:6379 redis:7`);
}

const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!forDemo && !existsSync(chromium)) problems.push(`Chromium at ${chromium} (browser tests): apt-get install -y chromium, or set CHROMIUM_PATH`);

/** Font families fontconfig knows for Chinese; empty when there is none (or no fontconfig). */
function chineseFonts() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}
/** pdftotext, pdffonts and pdftoppm read the rendered 司法建议书 back in the documents tests. */
function hasPoppler() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
if (!forDemo && !hasPoppler()) problems.push('poppler-utils (pdftotext, pdffonts, pdftoppm) for the documents tests: apt-get install -y poppler-utils');
if (!forDemo && chineseFonts() === '')
  problems.push('a CJK font for Chinese text in screenshots and documents: apt-get install -y fonts-wqy-zenhei fontconfig');

if (problems.length) {
  console.error(`npm ${forDemo ? 'run demo' : 'test'} needs what is missing on this machine:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
