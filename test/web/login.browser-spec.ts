import * as path from 'node:path';
import { Browser } from 'playwright-core';
import { createTestApp, launchBrowser, TEST_PASSWORD, TestApp } from '@app/testing';

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
    expect(me).toContain('COURT_ADMIN');
    await page.screenshot({ path: path.join(shots, 'home.png') });
    await page.close();
  });
});
