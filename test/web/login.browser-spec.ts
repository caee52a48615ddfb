import * as path from 'node:path';
import { Browser } from 'playwright-core';
import { launchBrowser } from '@app/testing';
import { createTestApp, TEST_PASSWORD, TestApp } from '../harness';

/** The browser's sessionStorage, used inside page.evaluate (tests compile without the DOM lib). */
declare const sessionStorage: { getItem: (k: string) => string | null; setItem: (k: string, v: string) => void };

const shots = path.resolve(__dirname, '../../docs/screenshots');

describe('web app: signing in', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp({ listen: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows a clear error for a wrong password, then signs a court admin in', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(t.url);
    await page.getByLabel('用户名').fill('lx.admin');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码错误');
    await page.screenshot({ path: path.join(shots, 'login.png') });

    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('欢迎').waitFor();
    const me = await page.getByTestId('me').textContent();
    expect(me).toContain('兰溪市人民法院');
    expect(me).toContain('研究室/办公室');
    await page.screenshot({ path: path.join(shots, 'home.png') });
    await page.close();
  });

  it('refreshes an expired access token once, and goes back to the login page when the refresh fails', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(t.url);
    await page.getByLabel('用户名').fill('lx.judge');
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('欢迎').waitFor();

    // A bad access token with a good refresh token: the app refreshes and carries on.
    await page.evaluate(() => {
      const tokens = JSON.parse(sessionStorage.getItem('sifa.tokens')!);
      sessionStorage.setItem('sifa.tokens', JSON.stringify({ ...tokens, accessToken: 'expired.token.value' }));
    });
    await page.reload();
    await page.getByText('欢迎').waitFor();
    const after = await page.evaluate(() => JSON.parse(sessionStorage.getItem('sifa.tokens')!).accessToken);
    expect(after).not.toBe('expired.token.value');

    // Both tokens bad: back to the login form.
    await page.evaluate(() => sessionStorage.setItem('sifa.tokens', JSON.stringify({ accessToken: 'bad', refreshToken: 'also-bad' })));
    await page.reload();
    await page.getByLabel('密码').waitFor();
    expect(page.url()).toContain('/login');

    // Logging out from the user menu ends the session.
    await page.getByLabel('用户名').fill('lx.judge');
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('user-menu').click();
    await page.getByText('退出登录').click();
    await page.getByLabel('密码').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('sifa.tokens'))).toBeNull();
    await page.close();
  });
});
