import * as path from 'node:path';
import { Browser } from 'playwright-core';
import { launchBrowser } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, auth, letterBody, startClosedLoopApp } from '../api/lifecycle.fixtures';
import { button, choose, signIn } from './support/web-helpers';

/** The browser's window, used inside page.evaluate (tests compile without the DOM lib). */
declare const window: { __xss?: number };

const shots = path.resolve(__dirname, '../../docs/screenshots');

/** Search results render the server's <em> highlights and nothing else as markup; the administrator keeps the directory and the calendar. */
describe('web app: search and administration', () => {
  let t: TestApp;
  let browser: Browser;
  let a: Actors;

  beforeAll(async () => {
    t = await startClosedLoopApp({ listen: true });
    a = new Actors(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('highlights the words searched for and shows HTML in a letter as plain text', async () => {
    const title = '关于规范物业服务<img src=x onerror="window.__xss=1">收费的司法建议';
    const created = await t
      .http()
      .post('/api/v1/suggestions')
      .set(await a.as('lx.judge'))
      .send(letterBody(t, { title }, ['AG-330781-ZJJ']));
    expect(created.status).toBe(201);

    const page = await signIn(browser, t.url, 'lx.judge');
    await page.getByRole('menuitem', { name: '全文检索' }).click();
    await page.getByTestId('search-input').locator('input').fill('物业');
    await page.getByTestId('search-input').locator('input').press('Enter');
    const results = page.getByTestId('search-results');
    await results.locator('em', { hasText: '物业' }).first().waitFor();
    expect(await results.textContent()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await results.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    await page.screenshot({ animations: 'disabled', path: path.join(shots, 'search.png') });
    await page.context().close();
  });

  it('the administrator adds an agency and edits the holiday calendar', async () => {
    const page = await signIn(browser, t.url, 'admin');
    await page.getByRole('menuitem', { name: '机构管理' }).click();
    await button(page, '新建机构').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.getByLabel('名称', { exact: true }).fill('兰溪市数据局');
    await modal.getByLabel('简称（用于文号）').fill('兰溪市数据局');
    await modal.getByLabel('行政区划代码（6位）').fill('330781');
    await button(modal, '保存').click();
    await page.locator('.ant-message').getByText('已保存').waitFor();
    // The dialog closes with an animation: on a loaded machine its wrapper can still cover the page.
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden', timeout: 30000 });
    await page.getByPlaceholder('名称').fill('数据局');
    await page.getByPlaceholder('名称').press('Enter');
    await page.locator('.ant-table-row', { hasText: '兰溪市数据局' }).first().waitFor();
    const orgs = await t
      .http()
      .get('/api/v1/organizations?q=兰溪市数据局')
      .set(auth(await t.login('admin')));
    expect(orgs.body.items.map((o: { name: string; type: string }) => `${o.name}:${o.type}`)).toEqual(['兰溪市数据局:AGENCY']);

    await page.getByRole('menuitem', { name: '节假日日历' }).click();
    const year = page.locator('.ant-input-number input');
    await year.fill('2031');
    await year.press('Tab');
    await page.getByText('2031-10-03').waitFor();
    await page.locator('.ant-tag', { hasText: '2031-10-03' }).locator('.ant-tag-close-icon').click();
    await button(page, '保存').click();
    await page.getByText('2031 年日历已保存').waitFor();
    await page.screenshot({ animations: 'disabled', path: path.join(shots, 'admin-calendar.png') });
    const cal = await t
      .http()
      .get('/api/v1/calendar/2031')
      .set(auth(await t.login('admin')));
    expect(cal.body.holidays).toContain('2031-10-02');
    expect(cal.body.holidays).not.toContain('2031-10-03');
    await page.context().close();
  });

  it('the administrator imports the directory from a file: a bad file names its rows, a good one loads', async () => {
    const page = await signIn(browser, t.url, 'admin');
    await page.getByRole('menuitem', { name: '机构管理' }).click();
    await button(page, '批量导入').click();
    const dialog = page.locator('.ant-modal:visible');
    const [template] = await Promise.all([page.waitForEvent('download'), button(dialog, '下载模板').click()]);
    expect(template.suggestedFilename()).toBe('通讯录导入模板.xlsx');

    const header = '单位类型,单位名称,简称,单位代码,行政区划代码,上级单位代码,邮箱,回复需负责人审批,案号代字';
    const bad = [
      header,
      '法院,建德市人民法院,建德,COURT-330182,33018,COURT-330100,,,浙0182',
      '建议对象单位,建德市数据局,建德数据局,AG-330182-SJJ,330182,,,,',
    ].join('\r\n');
    await dialog.locator('input[type=file]').setInputFiles({ name: '单位.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await dialog.getByTestId('import-error').getByText('导入内容有 1 处错误，未写入任何数据').waitFor();
    const problems = dialog.getByTestId('import-problems');
    expect(await problems.locator('.ant-table-row').first().textContent()).toBe('单位第2行行政区划代码“33018”应为 6 位数字');
    expect((await t.ds.query(`SELECT 1 FROM organizations WHERE code = 'AG-330182-SJJ'`)).length).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ animations: 'disabled', path: path.join(shots, 'admin-import-errors.png') });
    await page.setViewportSize({ width: 1366, height: 900 });

    await dialog.locator('input[type=file]').setInputFiles({ name: '单位.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.replace(',33018,', ',330182,')) });
    await dialog.getByTestId('import-result').getByText('新增 2，更新 0，未变 0').waitFor();
    expect(await dialog.getByTestId('import-problems').count()).toBe(0);
    await page.screenshot({ animations: 'disabled', path: path.join(shots, 'admin-import.png') });
    await page.keyboard.press('Escape');
    await page.locator('.ant-modal-wrap', { hasText: '批量导入单位和用户' }).waitFor({ state: 'hidden', timeout: 30000 });
    await page.getByPlaceholder('名称').fill('建德');
    await page.getByPlaceholder('名称').press('Enter');
    await page.locator('.ant-table-row', { hasText: '浙0182' }).first().waitFor();
    await page.context().close();
  });

  it('a user picks recipients by typing part of a name', async () => {
    const page = await signIn(browser, t.url, 'lx.judge');
    await page.goto(`${t.url}/suggestions/new`);
    const row = page.getByTestId('recipient-row').first();
    await choose(page, row.locator('.ant-select').nth(1), '兰溪市住房和城乡建设局', '住房');
    expect(await row.textContent()).toContain('兰溪市住房和城乡建设局');
    await page.context().close();
  });
});
