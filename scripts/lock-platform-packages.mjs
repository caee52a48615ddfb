#!/usr/bin/env node
/**
 * `npm run lock:platforms` — run after `npm install` changes package-lock.json.
 *
 * Native packages (e.g. msgpackr-extract, unrs-resolver) list one optional package per platform.
 * When the registry npm resolves from lacks some of those builds, `npm install` leaves them out
 * of the lock file and `npm ci` then refuses the lock ("Missing: … from lock file"). This adds
 * each missing platform package with its os/cpu/libc, so `npm ci` skips it on other platforms
 * without fetching it, exactly as it does for the ones that were resolved.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pk = lock.packages;
const OSES = ['darwin', 'linux', 'win32', 'freebsd', 'android', 'openharmony', 'netbsd', 'openbsd', 'sunos', 'aix'];
const CPUS = ['arm64', 'x64', 'loong64', 'ppc64', 'riscv64', 's390x', 'ia32', 'arm', 'wasm32'];

let added = 0;
for (const [path, info] of Object.entries(pk)) {
  for (const [name, version] of Object.entries(info.optionalDependencies ?? {})) {
    const base = name.split('/').pop();
    const os = OSES.find((o) => base.includes(`-${o}-`) || base.endsWith(`-${o}`));
    const cpu = CPUS.find((c) => new RegExp(`-${c}(-|$)`).test(base));
    if (!os || !cpu) continue; // not a platform build
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (pk[`node_modules/${name}`] || pk[nested]) continue;
    const entry = { version, resolved: `https://registry.npmjs.org/${name}/-/${base}-${version}.tgz`, optional: true, os: [os], cpu: [cpu] };
    if (info.dev) entry.dev = true;
    if (/-(gnu|gnueabihf)$/.test(base)) entry.libc = ['glibc'];
    if (/-(musl|musleabihf)$/.test(base)) entry.libc = ['musl'];
    pk[`node_modules/${name}`] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform package(s) added`);
