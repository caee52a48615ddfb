import * as path from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '@app/testing';
import { createTestApp, TEST_PASSWORD, TestApp } from '../harness';
import { intranetAddress } from './support/intranet-address';

/** Browser globals used inside page.evaluate (tests compile without the DOM lib). */
declare const sessionStorage: { length: number; key: (i: number) => string | null; getItem: (k: string) => string | null };
declare const localStorage: typeof sessionStorage;

const shots = path.resolve(__dirname, '../../docs/screenshots');

/**
 * Signing in over a court intranet: plain http at the machine's own (non-loopback) address, where
 * the page is not a secure context. The session lives in an httpOnly cookie, so a new tab and a
 * link from an email open signed in; the access token is never written to storage.
 *
 * Checked failing: with `upgrade-insecure-requests` sent over http (helmet's default, the old
 * setup) the page stayed blank — Chromium asked for https://<address>/assets/… and the login form
 * never appeared; with the tokens back in sessionStorage the new tab opened on the login page.
 */
describe('web app: signing in over an intranet address', () => {
  let t: TestApp;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const intranet = intranetAddress();
    t = await createTestApp({ listen: true, host: intranet.host, env: { LOGIN_LIMIT_PER_USER: '3', APP_URL: 'http://10.0.0.5:3000' } });
    url = intranet.urlFor(t.url);
    expect(url).not.toMatch(/\/\/(127\.|localhost|\[::1\])/);
    browser = await launchBrowser(intranet.browserArgs);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const fillLogin = async (page: Page, username: string, password = TEST_PASSWORD) => {
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')), page.getByRole('button', { name: /登\s*录/ }).click()]);
  };
  const signedIn = (page: Page) => page.getByTestId('user-menu').waitFor();

  it('renders the login form over plain http, shows a clear error for a wrong password, then signs in', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('request', (r) => {
      if (r.url().startsWith('https:')) failed.push(r.url());
    });
    await page.goto(url);
    await page.getByLabel('用户名').waitFor({ timeout: 15000 });
    expect(await page.evaluate(() => (globalThis as unknown as { isSecureContext: boolean }).isSecureContext)).toBe(false);
    expect(failed).toEqual([]);

    await fillLogin(page, 'lx.admin', 'wrong-password');
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码错误');
    await page.screenshot({ animations: 'disabled', path: path.join(shots, 'login.png') });

    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('欢迎').waitFor();
    const me = await page.getByTestId('me').textContent();
    expect(me).toContain('兰溪市人民法院');
    expect(me).toContain('研究室/办公室');
    await page.screenshot({ animations: 'disabled', path: path.join(shots, 'home.png') });
    await page.close();
  });

  describe('a session', () => {
    let ctx: BrowserContext;
    let first: Page;
    beforeAll(async () => {
      ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      first = await ctx.newPage();
      await first.goto(`${url}/login`);
      await fillLogin(first, 'lx.judge');
      await signedIn(first);
    });
    afterAll(() => ctx.close());

    it('keeps the refresh token in an httpOnly cookie and no token in storage', async () => {
      const cookies = await ctx.cookies();
      expect(cookies.map((c) => c.name)).toEqual(['sifa_refresh']);
      expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth', secure: false });
      expect(await first.evaluate(() => typeof (globalThis as unknown as { document: { cookie: string } }).document.cookie)).toBe('string');
      expect(await first.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).toBe('');
      const stored = await first.evaluate(() =>
        [sessionStorage, localStorage].flatMap((s) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`)).join('\n'),
      );
      expect(stored).not.toMatch(/srt_|eyJ/);
    });

    it('opens a new tab and a deep link (an email link) signed in', async () => {
      const tab = await ctx.newPage();
      await tab.goto(url);
      await signedIn(tab);
      await tab.getByText('欢迎').waitFor();
      await tab.close();

      const link = await ctx.newPage();
      await link.goto(`${url}/suggestions/new`);
      await signedIn(link);
      expect(new URL(link.url()).pathname).toBe('/suggestions/new');
      await link.close();
    });

    it('refreshes once when the access token is refused, and logging out ends the session in every tab', async () => {
      // The next /me answers 401 as for an expired token: the app spends the cookie and retries.
      const page = await ctx.newPage();
      let refused = false;
      await page.route('**/api/v1/me', (route) => {
        if (refused) return route.continue();
        refused = true;
        return route.fulfill({ status: 401, contentType: 'application/json', body: '{"statusCode":401,"code":"TOKEN_EXPIRED","message":"登录已过期"}' });
      });
      const refreshes: number[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('/api/v1/auth/refresh')) refreshes.push(r.status());
      });
      await page.goto(`${url}/suggestions`);
      await signedIn(page);
      expect(refused).toBe(true);
      expect(refreshes).toEqual([200, 200]); // on load, and after the refused /me

      await page.getByTestId('user-menu').click();
      await page.getByText('退出登录').click();
      await page.getByLabel('密码').waitFor();
      expect(await ctx.cookies()).toEqual([]);
      const after = await ctx.newPage();
      await after.goto(`${url}/suggestions`);
      await after.getByLabel('密码').waitFor();
      expect(new URL(after.url()).pathname).toBe('/login');
    });
  });

  it('shows the login form without the signed-in app (antd), checks empty fields, and says in Chinese when that app cannot load', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const logins: string[] = [];
    page.on('request', (r) => r.url().endsWith('/api/v1/auth/login') && logins.push(r.url()));
    let blocked = 0;
    await page.route(/\/assets\/SignedInApp-[^/]+\.js$/, (route) => (blocked++, route.abort()));
    await page.goto(`${url}/login`);
    await page.getByLabel('用户名').waitFor();

    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('请输入用户名').waitFor();
    await page.getByText('请输入密码').waitFor();
    expect(logins).toEqual([]);

    await page.getByLabel('密码').fill('secret');
    await page.getByRole('button', { name: '显示明文' }).click();
    expect(await page.getByLabel('密码').getAttribute('type')).toBe('text');
    await page.getByRole('button', { name: '隐藏明文' }).click();
    expect(await page.getByLabel('密码').getAttribute('type')).toBe('password');

    await fillLogin(page, 'lx.judge');
    await page
      .getByRole('alert')
      .getByText(/页面加载失败/)
      .waitFor();
    expect(blocked).toBeGreaterThan(0);
    await page.unroute(/\/assets\/SignedInApp-[^/]+\.js$/);
    await page.getByRole('button', { name: '刷新页面' }).click();
    await signedIn(page);
    await page.close();
  });

  it('tells a throttled user how many minutes to wait', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${url}/login`);
    for (let i = 0; i < 3; i++) {
      await fillLogin(page, 'lx.leader', `wrong-${i}`);
      await expect(page.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码错误');
    }
    await fillLogin(page, 'lx.leader');
    await page
      .getByTestId('login-error')
      .getByText(/登录失败次数过多，请 5 分钟后再试/)
      .waitFor();
    await page.close();
  });
});
