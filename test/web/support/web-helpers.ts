import { Browser, Locator, Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../harness';

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * antd puts a space between two Chinese characters on a button ("签 收"): match either way. An icon
 * before the text adds its name ("plus 新建机构").
 */
export function label(text: string): RegExp {
  return new RegExp(`^([a-z-]+ )?\\s*${[...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}\\s*$`);
}

export function button(scope: Page | Locator, text: string): Locator {
  return scope.getByRole('button', { name: label(text) });
}

/** A fresh browser context signed in through the login form. */
export async function signIn(browser: Browser, url: string, username: string, viewport = DESKTOP): Promise<Page> {
  const ctx = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15000);
  await page.goto(`${url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await button(page, '登录').click();
  await page.getByText('欢迎').waitFor();
  return page;
}

/** Picks an option of an antd Select (typing to search first when `search` is given). */
export async function choose(page: Page, select: Locator, option: string, search?: string): Promise<void> {
  await select.click();
  if (search) await select.locator('input').fill(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/**
 * Confirms the open action modal and waits for it to close. A click that lands while the modal is
 * still zooming in can be lost on a loaded machine (the button neither loads nor closes the modal):
 * then, and only then, it is clicked once more — a click that did register shows the button loading
 * or closes the modal, and is never repeated.
 */
export async function confirmModal(page: Page): Promise<void> {
  const ok = page.getByTestId('action-ok');
  await ok.click();
  const modal = page.locator('.ant-modal:visible');
  const settled = () =>
    Promise.race([
      modal.waitFor({ state: 'hidden', timeout: 4000 }).then(() => true),
      page
        .locator('.ant-modal:visible .ant-btn-loading')
        .waitFor({ timeout: 4000 })
        .then(() => true),
    ]).catch(() => false);
  if (!(await settled()) && (await ok.isVisible()) && (await ok.isEnabled())) await ok.click();
  await page
    .locator('.ant-modal-wrap:visible')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.locator('.ant-modal:visible').waitFor({ state: 'hidden' });
}
