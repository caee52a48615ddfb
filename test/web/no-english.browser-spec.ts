import { Browser, Page } from 'playwright-core';
import { AuditService } from '@app/audit';
import { launchBrowser } from '@app/testing';
import { createTestApp, TEST_PASSWORD, TestApp } from '../harness';
import { seedProvisionalCalendars } from '../../scripts/seed/demo-calendars';
import { seedDemoLetters } from '../../scripts/seed/demo-letters';
import { DESKTOP, signIn } from './support/web-helpers';
import { latinFindings, visibleText } from './support/visible-text';

/**
 * 界面无英文、无代码 (issue 15 point 3): every page, as every role, on the demo letters (every
 * state, replies, evaluations — adopted and not —, messages, 督办, notices) at 1440×900. A page
 * fails on any upper-case code (`NOT_ADOPTED`), dotted code (`delivery.evaluated`), English word or
 * sentence ("Suggestion not found", an icon named "download") in its text, its aria-label / title /
 * placeholder / alt attributes or its document.title — names of formats (PDF, Word, CSV…) aside,
 * and data people typed (usernames, organization codes, e-mail addresses).
 *
 * Checked by breaking it: with the timeline's Chinese action names removed, the court admin's
 * letter page fails on `delivery.evaluated`; with the notices' evaluation title left as the raw
 * result, the agency clerk's bell fails on `NOT_ADOPTED`; with icons keeping antd's English
 * aria-label, every page fails on "home", "bell"…; with errorText showing the server's code, the
 * 404 letter page fails.
 */
describe('web app: no English and no codes on any screen', () => {
  let t: TestApp;
  let browser: Browser;
  let data: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ listen: true, env: { DEMO_PASSWORD: TEST_PASSWORD } });
    await seedProvisionalCalendars(t.ds, t.app.get(AuditService));
    await seedDemoLetters(t.ds, t.app.get(AuditService), t.config);
    const orgs: { code: string | null; emails: string[] }[] = await t.ds.query(`SELECT code, emails FROM organizations`);
    const users: { username: string; email: string | null }[] = await t.ds.query(`SELECT username, email FROM users`);
    data = [...orgs.flatMap((o) => [o.code ?? '', ...(o.emails ?? [])]), ...users.flatMap((u) => [u.username, u.email ?? ''])].filter(Boolean);
    browser = await launchBrowser();
  }, 180000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Requests in flight per page (lighter than waiting for 'networkidle' at every scan). */
  const inflight = new WeakMap<Page, Set<unknown>>();
  function track(page: Page): Page {
    const open = new Set<unknown>();
    page.on('request', (r) => open.add(r));
    page.on('requestfinished', (r) => open.delete(r));
    page.on('requestfailed', (r) => open.delete(r));
    inflight.set(page, open);
    return page;
  }

  /** Waits until the page stops loading: no request in flight for a moment, no spinner, no skeleton. */
  async function settle(page: Page): Promise<void> {
    const open = inflight.get(page);
    if (!open) await page.waitForLoadState('networkidle').catch(() => undefined);
    for (let quiet = 0, waited = 0; open && quiet < 150 && waited < 10000; waited += 30) {
      quiet = open.size ? 0 : quiet + 30;
      await page.waitForTimeout(30);
    }
    await page
      .locator('.ant-spin-spinning, .ant-skeleton')
      .first()
      .waitFor({ state: 'detached', timeout: 10000 })
      .catch(() => undefined);
  }

  /** Collects the findings of what is on screen now, labelled with where it was seen. */
  async function scan(page: Page, where: string, findings: string[]): Promise<void> {
    await settle(page);
    const found = latinFindings((await visibleText(page)).join('\n'), data);
    for (const f of found) findings.push(`${where}: ${f}`);
  }

  /** Every tab of every tab set on the page, one after the other. */
  async function scanTabs(page: Page, where: string, findings: string[]): Promise<void> {
    await settle(page);
    const keys = await page.locator('.ant-tabs > .ant-tabs-nav .ant-tabs-tab').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-key') ?? ''));
    for (const key of keys) {
      // Located afresh each time: a list re-renders its tab bar when its data arrives.
      const tab = page.locator(`.ant-tabs > .ant-tabs-nav .ant-tabs-tab[data-node-key="${key}"]`).first();
      await tab.waitFor({ state: 'attached', timeout: 15000 });
      // A tab the bar has no room for sits in its overflow menu: click it there by event.
      await tab.click({ timeout: 5000 }).catch(() => tab.dispatchEvent('click', undefined, { timeout: 15000 }));
      await scan(page, `${where} tab ${key}`, findings);
    }
  }

  /** A letter or delivery page: every tab the first time any role opens it (tabs read alike for all), else what shows. */
  const tabsSeen = new Set<string>();
  async function scanDetail(page: Page, where: string, id: string, findings: string[]): Promise<void> {
    if (tabsSeen.has(id)) return scan(page, where, findings);
    tabsSeen.add(id);
    await scanTabs(page, where, findings);
  }

  /** Opens each action's modal (or form) of the page, reads it, and cancels. */
  async function scanActions(page: Page, testId: string, where: string, findings: string[]): Promise<void> {
    const buttons = page.getByTestId(testId).locator('button:not([data-testid]):not(:has(.anticon-download)):not(:has(.anticon-eye))');
    const n = await buttons.count();
    for (let i = 0; i < n; i++) {
      const b = buttons.nth(i);
      const label = (await b.innerText()).replace(/\s+/g, '');
      if (label === '编辑') continue; // navigates to the form, scanned on its own
      await b.click();
      await scan(page, `${where} action ${label}`, findings);
      const modal = page.locator('.ant-modal-wrap:visible');
      if (await modal.count()) {
        await modal.getByRole('button', { name: /取\s*消/ }).click();
        await modal.waitFor({ state: 'hidden' }).catch(() => undefined);
      } else {
        const cancel = page.locator('[data-testid=reply-form], [data-testid=evaluate-form]').getByRole('button', { name: /取\s*消/ });
        if (await cancel.count()) await cancel.click();
      }
    }
  }

  /** One letter or delivery of each state the user can see (from the API, as that user). */
  async function oneOfEachState(username: string, path: string): Promise<string[]> {
    const token = await t.login(username);
    const res = await t.http().get(`/api/v1/${path}?pageSize=100`).set('authorization', `Bearer ${token}`);
    const byState = new Map<string, string>();
    for (const x of res.body.items ?? []) if (!byState.has(x.status)) byState.set(x.status, x.id);
    return [...byState.values()];
  }

  async function everyPage(username: string): Promise<string[]> {
    const findings: string[] = [];
    const page = track(await signIn(browser, t.url, username, { width: 1440, height: 900 }));
    await scan(page, `${username} 工作台`, findings);

    await page.getByRole('button', { name: '通知' }).click();
    await page.getByTestId('notifications').waitFor();
    await scan(page, `${username} 通知`, findings);
    await page.keyboard.press('Escape');
    await page.getByTestId('user-menu').click();
    await scan(page, `${username} 用户菜单`, findings);
    await page.keyboard.press('Escape');

    const menu = page.getByTestId('nav').getByRole('menuitem');
    const entries = await menu.count();
    for (let i = 0; i < entries; i++) {
      const name = (await menu.nth(i).innerText()).trim();
      await menu.nth(i).click();
      await scan(page, `${username} ${name}`, findings);
      await scanTabs(page, `${username} ${name}`, findings);
    }

    for (const id of await oneOfEachState(username, 'suggestions')) {
      await page.goto(`${t.url}/suggestions/${id}`);
      await page.getByTestId('letter-title').waitFor();
      await scanDetail(page, `${username} 建议 ${id}`, id, findings);
      await scanActions(page, 'letter-actions', `${username} 建议 ${id}`, findings);
    }
    for (const id of await oneOfEachState(username, 'deliveries')) {
      await page.goto(`${t.url}/deliveries/${id}`);
      await page.getByTestId('delivery-title').waitFor();
      await scanDetail(page, `${username} 送达件 ${id}`, id, findings);
      await scanActions(page, 'delivery-actions', `${username} 送达件 ${id}`, findings);
    }

    await page.goto(`${t.url}/search?q=${encodeURIComponent('物业')}`);
    await scan(page, `${username} 检索`, findings);
    await page.goto(`${t.url}/no-such-page`);
    await scan(page, `${username} 404 页面`, findings);
    await page.goto(`${t.url}/suggestions/00000000-0000-4000-8000-000000000000`);
    await page.locator('.ant-result-title', { hasText: '未找到该司法建议' }).waitFor();
    await scan(page, `${username} 404 建议`, findings);
    await page.goto(`${t.url}/deliveries/00000000-0000-4000-8000-000000000000`);
    await page.locator('.ant-result-title', { hasText: '未找到该送达件' }).waitFor();
    await scan(page, `${username} 404 送达件`, findings);
    await page.context().close();
    return findings;
  }

  it('the login page, also with a wrong password', async () => {
    const findings: string[] = [];
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto(`${t.url}/login`);
    await scan(page, '登录页', findings);
    await page.getByLabel('用户名').fill('lx.admin');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('login-error').waitFor();
    await scan(page, '登录失败', findings);
    expect(await page.getByTestId('login-error').innerText()).toContain('用户名或密码错误');
    await ctx.close();
    expect(findings).toEqual([]);
  });

  /** One user of each role, with the most to see of the demo letters. */
  const ROLES = [
    ['SYS_ADMIN', 'admin'],
    ['JUDGE', 'lx.judge'],
    ['DIVISION_HEAD', 'lx.head'],
    ['COURT_LEADER', 'jh.leader'],
    ['COURT_ADMIN', 'jh.admin'],
    ['AGENCY_CLERK', 'jhfgw.clerk'],
    ['AGENCY_LEADER', 'jhzjj.leader'],
    ['SUPERVISOR', 'jhrd.supervisor'],
  ] as const;

  it('every role: every page, tab, action form, notice and error (two browsers at a time)', async () => {
    const results: Record<string, string[]> = {};
    const queue = [...ROLES];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) results[`${next[0]} ${next[1]}`] = await everyPage(next[1]);
    };
    await Promise.all([worker(), worker()]);
    expect(results).toEqual(Object.fromEntries(ROLES.map(([role, user]) => [`${role} ${user}`, []])));
  }, 600000);

  it('the whole screen at 1440×900 is what the scan reads (sanity: a finding is found)', async () => {
    const page = await signIn(browser, t.url, 'lx.judge', DESKTOP);
    await page.evaluate(() => {
      (globalThis as unknown as { document: { title: string } }).document.title = 'Suggestion not found';
    });
    expect(latinFindings((await visibleText(page)).join('\n'), data)).toEqual(['Suggestion not found']);
    expect(latinFindings('法院已评价回复：NOT_ADOPTED · delivery.evaluated · download 下载PDF · 导出 CSV')).toEqual([
      'NOT_ADOPTED',
      'delivery.evaluated',
      'download',
    ]);
    await page.context().close();
  });
});
