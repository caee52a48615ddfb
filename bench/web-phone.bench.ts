import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '@app/testing';
import { BENCH_PASSWORD, startBenchApi } from './api-harness';
import { BenchLine, runStandalone } from './bench-util';

/**
 * Scenario `web-phone` (issue 15, 6a): the web app on an agency clerk's phone. Chromium at 390×844
 * with Lighthouse's "Slow 4G" throttling over CDP — 150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up, CPU 4× slower — against the real api serving the built web app (`npm run
 * build:web` first). Each run is a fresh browser context (cold cache):
 * - login form visible: from navigation to /login until the 用户名 field shows, and the bytes that
 *   crossed the network by then (encoded: what a phone pays for);
 * - login → inbox: from the click on 登录 until the clerk's 待办送达件 card lists the letter (the
 *   clerk's typing is modelled by waiting, at most 5 s, until the page's network is quiet: the
 *   page fetches the signed-in app — antd, the shell, the 工作台 — meanwhile: main.tsx, prefetch.ts).
 * Reference: the same build fetched with `Accept-Encoding: identity` (uncompressed, as before the
 * build left brotli/gzip copies beside the assets). Medians of `runs` runs each.
 * Targets: login ≤ 2.5 s with ≤ 350 KB; login → inbox ≤ 1.5 s.
 */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const LETTER = '关于加强预付式消费监管的司法建议';

interface Run {
  loginMs: number;
  loginBytes: number;
  inboxMs: number;
  encodings: Set<string>;
}

export async function runWebPhone(opts: { baseUrl: string; runs?: number; log: (s: string) => void }): Promise<BenchLine[]> {
  const runs = opts.runs ?? Number(process.env.BENCH_WEB_RUNS ?? 3);
  const webDir = path.resolve(process.env.WEB_DIST_DIR ?? 'dist/web');
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error(`web-phone: no built web app in ${webDir} (npm run build:web)`);
  const api = await startBenchApi(opts.baseUrl, 'sifa_jianyi_bench_api_web', opts.log);
  const browser = await launchBrowser();
  try {
    const measure = async (label: string, identity: boolean): Promise<Run> => {
      const all: Run[] = [];
      for (let i = 0; i < runs; i++) all.push(await once(browser, api.url, identity));
      const med = (f: (r: Run) => number) => median(all.map(f));
      const r = { loginMs: med((x) => x.loginMs), loginBytes: med((x) => x.loginBytes), inboxMs: med((x) => x.inboxMs), encodings: all[0].encodings };
      opts.log(
        `web-phone ${label}: login visible ${r.loginMs} ms, ${(r.loginBytes / 1024).toFixed(0)} KB (${[...r.encodings].join('/') || 'identity'}); login → inbox ${r.inboxMs} ms (runs: ${all.map((x) => `${x.loginMs}/${x.inboxMs}`).join(', ')})`,
      );
      return r;
    };
    await once(browser, api.url, false); // warm the api (first queries, JIT), not measured
    const shipped = await measure('shipped (brotli)', false);
    const baseline = await measure('baseline (uncompressed)', true);
    if (!shipped.encodings.has('br')) throw new Error('web-phone: the assets did not come brotli-compressed');
    if (baseline.encodings.size) throw new Error(`web-phone: the baseline came compressed (${[...baseline.encodings].join(', ')})`);
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    return [
      {
        name: 'web-phone.login-visible',
        value: shipped.loginMs,
        unit: 'ms',
        ratio: ratio(shipped.loginMs, baseline.loginMs),
        reference: `uncompressed ${baseline.loginMs} ms`,
      },
      {
        name: 'web-phone.login-bytes',
        value: Math.round(shipped.loginBytes / 1024),
        unit: 'KB',
        ratio: ratio(shipped.loginBytes, baseline.loginBytes),
        reference: `uncompressed ${Math.round(baseline.loginBytes / 1024)} KB`,
      },
      {
        name: 'web-phone.login-to-inbox',
        value: shipped.inboxMs,
        unit: 'ms',
        ratio: ratio(shipped.inboxMs, baseline.inboxMs),
        reference: `uncompressed ${baseline.inboxMs} ms`,
      },
    ];
  } finally {
    await browser.close();
    await api.close();
  }
}

async function once(browser: Browser, url: string, identity: boolean): Promise<Run> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3, locale: 'zh-CN' });
  const page = await ctx.newPage();
  page.setDefaultTimeout(60000);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (identity) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  const traffic = countBytes(cdp);
  try {
    const t0 = Date.now();
    await page.goto(`${url}/login`, { waitUntil: 'commit' });
    await page.getByLabel('用户名').waitFor({ state: 'visible' });
    const loginMs = Date.now() - t0;
    const loginBytes = traffic.bytes();
    // The clerk types name and password (seconds); meanwhile the page fetches what comes after the
    // login (prefetch.ts). Modelled as: wait until the network is quiet, at most 5 s.
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
    await page.getByLabel('用户名').fill('lxscjg.clerk');
    await page.getByLabel('密码').fill(BENCH_PASSWORD);
    const t1 = Date.now();
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await inboxShows(page);
    return { loginMs, loginBytes, inboxMs: Date.now() - t1, encodings: traffic.encodings };
  } finally {
    await ctx.close();
  }
}

function inboxShows(page: Page): Promise<void> {
  return page.getByTestId('agency-inbox').getByText(LETTER).first().waitFor({ state: 'visible' });
}

/** Bytes received on the wire (headers and encoded bodies) and the content-encodings seen. */
function countBytes(cdp: CDPSession): { bytes: () => number; encodings: Set<string> } {
  let total = 0;
  const encodings = new Set<string>();
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (total += e.encodedDataLength));
  cdp.on('Network.responseReceived', (e: { response: { headers: Record<string, string> } }) => {
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    if (h['content-encoding']) encodings.add(h['content-encoding']);
  });
  return { bytes: () => total, encodings };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

if (require.main === module) runStandalone(runWebPhone);
