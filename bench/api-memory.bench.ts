import 'reflect-metadata';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { BENCH_PASSWORD, cloneSignedDeliveries, startBenchApi } from './api-harness';
import { ApiProcess, buildApi, imageEnv, startApiProcess } from './api-process';
import { BenchLine, runStandalone } from './bench-util';
import { LoadRequest, LoadResult, runLoad } from './http-load';

/**
 * Scenario `api-memory` (QUALITY: "api memory under load; 30-min soak: RSS ≤ 300 MB; growth ≤ 10%").
 * The api as it ships (`node …/apps/api/src/main.js`, APP_ENV=production, the default LOG_LEVEL info
 * with its output read and dropped) in a process of its own, on a database seeded by api-harness
 * (the demo directory and 300 signed deliveries of 兰溪市市场监管局). A mixed load runs for
 * BENCH_SOAK_MINUTES (default 3; QUALITY's figure is 30): the agency clerk GETs the deliveries
 * list, single deliveries (cycling over all 300), the statistics overview and /me over 6
 * keep-alive connections, POSTs messages to the deliveries over 2 more (each one a transaction
 * with timeline, notices, outbox and audit rows), and users log in and refresh their tokens about
 * twice a second. RSS (/proc/<pid>/status VmRSS) is sampled every 2 s. Reported: peak RSS, and
 * growth from the end of warm-up (20% of the run, 30 s to 2 min) to the end: the mean RSS of the
 * window right after warm-up against that of the last window (15% of the run, at least 30 s),
 * so where one GC cycle happens to be does not decide it. The process gets the environment the
 * Dockerfile's final stage sets (NODE_ENV, NODE_OPTIONS, …), as in the image.
 */
export interface ApiMemoryOptions {
  baseUrl: string;
  minutes?: number;
  log: (s: string) => void;
}

const DB_NAME = 'sifa_jianyi_bench_api_memory';
const ROUND_SECONDS = 60;
const LOGIN_USERS = ['lxscjg.clerk', 'lxscjg.leader', 'lx.judge', 'lx.head', 'lx.leader', 'lx.admin', 'jh.judge', 'jhzjj.clerk', 'jhrd.supervisor', 'admin'];

interface Sample {
  t: number;
  mb: number;
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

async function post(url: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Logs in and refreshes, round robin over the demo users, about every `everyMs`, until stopped. */
function authLoop(api: ApiProcess, everyMs: number) {
  const counts = { ok: 0, errors: {} as Record<string, number> };
  let stopped = false;
  const run = (async () => {
    for (let i = 0; !stopped; i++) {
      const start = Date.now();
      const login = await post(`${api.url}/api/v1/auth/login`, { username: LOGIN_USERS[i % LOGIN_USERS.length], password: BENCH_PASSWORD }).catch(() => ({
        status: -1,
        body: null,
      }));
      const refresh =
        login.status === 200
          ? await post(`${api.url}/api/v1/auth/refresh`, { refreshToken: login.body.refreshToken }).catch(() => ({ status: -1, body: null }))
          : null;
      for (const [what, r] of [
        ['login', login],
        ['refresh', refresh],
      ] as const) {
        if (!r) continue;
        if (r.status === 200) counts.ok++;
        else counts.errors[`${what} ${r.status}`] = (counts.errors[`${what} ${r.status}`] ?? 0) + 1;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, everyMs - (Date.now() - start))));
    }
  })();
  return { counts, stop: async () => ((stopped = true), await run) };
}

export async function runApiMemory(opts: ApiMemoryOptions): Promise<BenchLine[]> {
  const log = opts.log;
  const totalS = (opts.minutes ?? 3) * 60;
  const warmupS = Math.min(120, Math.max(30, totalS * 0.2));
  const seeded = await startBenchApi(opts.baseUrl, DB_NAME, log);
  let ids: string[];
  try {
    ids = [seeded.deliveryId, ...(await cloneSignedDeliveries(seeded, 299))];
  } finally {
    await seeded.close();
  }
  const image = imageEnv();
  log(`api-memory: the image's environment: ${JSON.stringify(image)}`);
  const api = await startApiProcess(
    buildApi(log),
    {
      ...image,
      APP_ENV: 'production',
      LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'info',
      DB_SKIP_MIGRATIONS: 'true',
      // Production requires the audit trail's keys (fresh ones: this database is the benchmark's own).
      AUDIT_HMAC_KEY: randomBytes(48).toString('base64'),
      AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      // The load logs in twice a second from one address; the login throttle is not what is measured.
      LOGIN_LIMIT_PER_USER: '10000',
      LOGIN_LIMIT_PER_IP: '100000',
    },
    (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
  );
  const samples: Sample[] = [];
  const t0 = Date.now();
  const sample = () => samples.push({ t: (Date.now() - t0) / 1000, mb: api.rssMb() });
  sample();
  const sampler = setInterval(sample, 2000);
  const auth = authLoop(api, 500);
  const totals = { requests: 0, ok: 0, seconds: 0, errors: {} as Record<string, number> };
  const add = (r: LoadResult) => {
    totals.requests += r.requests;
    totals.ok += r.ok;
    for (const [k, v] of Object.entries(r.errors)) totals.errors[k] = (totals.errors[k] ?? 0) + v;
  };
  try {
    log(`api-memory: api pid ${api.pid} at ${api.url}, ${api.rssMb().toFixed(0)} MB idle; ${totalS / 60} min of mixed load (warm-up ${warmupS} s)`);
    let minuteLogged = 0;
    for (let round = 0; (Date.now() - t0) / 1000 < totalS - 1; round++) {
      const secs = Math.min(ROUND_SECONDS, totalS - (Date.now() - t0) / 1000);
      const login = await post(`${api.url}/api/v1/auth/login`, { username: 'lxscjg.clerk', password: BENCH_PASSWORD });
      if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
      const headers = { authorization: `Bearer ${login.body.accessToken}` };
      const gets: LoadRequest[] = ids.flatMap((id, i) => [
        { method: 'GET' as const, path: `/api/v1/deliveries/${id}`, headers },
        { method: 'GET' as const, path: `/api/v1/deliveries?page=${(i % 5) + 1}&pageSize=20`, headers },
        ...(i % 3 === 0 ? [{ method: 'GET' as const, path: '/api/v1/stats/overview', headers }] : []),
        ...(i % 10 === 0 ? [{ method: 'GET' as const, path: '/api/v1/me', headers }] : []),
      ]);
      const posts: LoadRequest[] = ids.map((id, i) => ({
        method: 'POST',
        path: `/api/v1/deliveries/${id}/messages`,
        headers,
        body: JSON.stringify({ body: `关于预付式消费监管建议的落实进展(第${round + 1}轮第${i + 1}条):已召集相关科室研究,拟于本月底前形成工作方案。` }),
      }));
      const [g, p] = await Promise.all([
        runLoad({ url: api.url, connections: 6, seconds: secs, requests: gets, repeat: true, expectStatus: 200 }),
        runLoad({ url: api.url, connections: 2, seconds: secs, requests: posts, repeat: true, expectStatus: 201 }),
      ]);
      add(g);
      add(p);
      totals.seconds += Math.max(g.seconds, p.seconds);
      const now = (Date.now() - t0) / 1000;
      if (now / 60 >= minuteLogged + 1 || now >= totalS - 1) {
        minuteLogged = Math.floor(now / 60);
        log(
          `api-memory: ${now.toFixed(0)} s, RSS ${samples[samples.length - 1].mb.toFixed(0)} MB (peak ${Math.max(...samples.map((s) => s.mb)).toFixed(0)}), GET ${g.perSecond.toFixed(0)}/s p99 ${g.p99.toFixed(0)} ms, POST ${p.perSecond.toFixed(0)}/s p99 ${p.p99.toFixed(0)} ms`,
        );
      }
      if (api.child.exitCode !== null) throw new Error(`api exited with ${api.child.exitCode}: ${api.output()}`);
    }
  } finally {
    clearInterval(sampler);
    await auth.stop();
    await api.stop();
  }
  const end = samples[samples.length - 1].t;
  const w = Math.max(30, totalS * 0.15);
  const window = (from: number, to: number) => mean(samples.filter((s) => s.t >= from && s.t <= to).map((s) => s.mb));
  const warm = window(warmupS, warmupS + w);
  const last = window(end - w, end);
  const peak = Math.max(...samples.map((s) => s.mb));
  const growth = ((last - warm) / warm) * 100;
  const errors = Object.values(totals.errors).reduce((a, b) => a + b, 0) + Object.values(auth.counts.errors).reduce((a, b) => a + b, 0);
  log(`api-memory: RSS idle ${samples[0].mb.toFixed(0)} MB, after warm-up ${warm.toFixed(1)} MB, end ${last.toFixed(1)} MB, peak ${peak.toFixed(1)} MB`);
  log(
    `api-memory: ${totals.ok} load requests ok (${(totals.ok / totals.seconds).toFixed(0)}/s), ${auth.counts.ok} logins/refreshes ok, errors ${JSON.stringify({ ...totals.errors, ...auth.counts.errors })}`,
  );
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return [
    { name: 'api-memory.peak-rss', value: r1(peak), unit: 'MB', ratio: r2(peak / 300), reference: 'QUALITY limit 300 MB' },
    {
      name: 'api-memory.growth',
      value: r1(growth),
      unit: '%',
      ratio: r2(growth / 10),
      reference: `QUALITY limit 10% (after ${warmupS} s warm-up → ${r1(end / 60)} min)`,
    },
    { name: 'api-memory.rss-end', value: r1(last), unit: 'MB', ratio: r2(last / samples[0].mb), reference: 'RSS idle after start' },
    {
      name: 'api-memory.throughput',
      value: Math.round(totals.ok / totals.seconds),
      unit: 'req/s',
      ratio: 1,
      reference: 'itself (mixed GET/POST load during the soak)',
    },
    { name: 'api-memory.errors', value: errors, unit: 'count', ratio: 0, reference: `${totals.requests + auth.counts.ok + errors} requests` },
  ];
}

if (require.main === module) {
  runStandalone((ctx) => runApiMemory({ ...ctx, minutes: Number(process.env.BENCH_SOAK_MINUTES ?? 3) }));
}
