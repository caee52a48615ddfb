import * as fs from 'node:fs';
import * as path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, TestApp } from '../harness';

/**
 * How the web app reaches a browser (README "The web app"): security headers that do not break a
 * plain-http intranet address, and assets light enough for a phone. Uses the built web app
 * (`npm run build:web`, as `npm test` does before Jest).
 *
 * - `upgrade-insecure-requests` and HSTS only when the public address is https: APP_URL https, or
 *   X-Forwarded-Proto https from a trusted proxy (TRUST_PROXY=true), never from an untrusted one.
 * - Hashed assets: pre-compressed brotli/gzip when accepted, `immutable` for a year; index.html
 *   (also for client-side routes) `no-cache`.
 *
 * Checked failing: with helmet's defaults for every request (the old setup) the plain-http
 * checks saw `upgrade-insecure-requests` and HSTS; with `preCompressed` off the asset came without
 * content-encoding; with the old `maxAge: '1h'` the cache-control read `public, max-age=3600`.
 */
describe('web delivery headers', () => {
  let plain: TestApp;
  let secure: TestApp;
  let proxied: TestApp;
  const webDir = path.resolve(process.env.WEB_DIST_DIR ?? 'dist/web');

  beforeAll(async () => {
    if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error(`no built web app in ${webDir}: run npm run build:web`);
    plain = await createTestApp({ seed: false, env: { APP_URL: 'http://10.0.0.5:3000', TRUST_PROXY: 'false' } });
    secure = await createTestApp({ seed: false, env: { APP_URL: 'https://jianyi.court.example', TRUST_PROXY: 'false' } });
    proxied = await createTestApp({ seed: false, env: { APP_URL: 'http://jianyi.intranet', TRUST_PROXY: 'true' } });
  });
  afterAll(async () => {
    await proxied?.close();
    await secure?.close();
    await plain?.close();
  });

  const inject = (t: TestApp, url: string, headers: Record<string, string> = {}) =>
    t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });
  const csp = (res: { headers: Record<string, unknown> }) => String(res.headers['content-security-policy']);

  it('sends no upgrade-insecure-requests and no HSTS over a plain-http public address', async () => {
    for (const headers of [{}, { 'x-forwarded-proto': 'https' }] as Record<string, string>[]) {
      const res = await inject(plain, '/login', headers);
      expect(res.statusCode).toBe(200);
      expect(csp(res)).toContain("default-src 'self'");
      expect(csp(res)).not.toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
    // Behind a trusted proxy, plain http stays plain.
    const viaProxy = await inject(proxied, '/health', { 'x-forwarded-proto': 'http' });
    expect(csp(viaProxy)).not.toContain('upgrade-insecure-requests');
    expect(viaProxy.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends both when APP_URL is https, or a trusted proxy says https', async () => {
    for (const res of [await inject(secure, '/login'), await inject(proxied, '/health', { 'x-forwarded-proto': 'https' })]) {
      expect(csp(res)).toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    }
  });

  it('serves hashed assets pre-compressed and immutable, index.html no-cache', async () => {
    const index = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(script).toBeDefined();
    const raw = fs.readFileSync(path.join(webDir, script!));

    const br = await inject(plain, script!, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': 'public, max-age=31536000, immutable' });
    expect(String(br.headers['content-type'])).toContain('javascript');
    expect(String(br.headers.vary)).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).equals(raw)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(raw.length / 2);

    const gz = await inject(plain, script!, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(raw)).toBe(true);

    const identity = await inject(plain, script!);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(identity.rawPayload.equals(raw)).toBe(true);

    const css = /href="(\/assets\/[^"]+\.css)"/.exec(index)?.[1];
    expect((await inject(plain, css!, { 'accept-encoding': 'br' })).headers['cache-control']).toBe('public, max-age=31536000, immutable');

    for (const page of ['/', '/login', '/deliveries/0b7c1f9e-1111-4222-8333-444455556666']) {
      const res = await inject(plain, page, { 'accept-encoding': 'br' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
  });
});
