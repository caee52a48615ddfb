import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@app/testing';
import { createTestApp, TestApp } from '../harness';
import { casesOf, everyMonth, plantLetter } from '../api/cases.fixture';
import { overlappingControls, tablesOutsideTheirCards } from './support/layout';
import { signIn } from './support/web-helpers';

declare const window: { scrollTo: (x: number, y: number) => void };

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const shots = path.resolve(__dirname, '../../docs/screenshots');
async function capture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ animations: 'disabled', path: path.join(shots, `${name}.png`), fullPage: true });
}

/**
 * Class-case leads, drafting from one and a letter's 治理成效 through the web app, at desktop and
 * phone sizes (today 2026-01-15): 兰溪's 物业服务合同纠纷 rose from 10 to 14 cases; 浦江's letter to
 * 浦江县住建局 was followed by half as many property cases (−50%, region −33.3%, net −16.7 points),
 * which the 人大's home and the court's statistics rank (治理成效排名).
 */
describe('web app: class-case leads and governance impact', () => {
  let t: TestApp;
  let browser: Browser;
  let letterId = '';

  beforeAll(async () => {
    t = await createTestApp({ listen: true, now: new Date('2026-01-15T02:00:00Z'), env: { LEAD_MIN_CASES: '10' } });
    browser = await launchBrowser();
    const admin = { authorization: `Bearer ${await t.login('jh.admin')}` };
    const rows = casesOf([
      { court: '浙0781', cause: '物业服务合同纠纷', months: everyMonth('2024-01', '2024-10', 1) },
      { court: '浙0781', cause: '物业服务合同纠纷', months: everyMonth('2025-01', '2025-07', 2), party: '兰溪某物业服务有限公司' },
      { court: '浙0726', cause: '物业服务合同纠纷', months: { ...everyMonth('2023-07', '2024-06', 2), ...everyMonth('2024-10', '2025-09', 1) } },
      { court: '浙0726', cause: '民间借贷纠纷', months: everyMonth('2023-07', '2025-09', 1) },
    ]);
    expect((await t.http().post('/api/v1/cases/bulk').set(admin).send({ cases: rows })).body.errors).toEqual([]);
    await t.http().post('/api/v1/cases/leads/refresh').set(admin).expect(200);
    letterId = await plantLetter(t, {
      court: 'COURT-330726',
      to: 'AG-330726-ZJJ',
      issuedAt: '2024-07-10T02:00:00Z',
      evaluation: 'ADOPTED',
      confirmedAt: '2024-09-20T02:00:00Z',
      cause: ['物业服务合同纠纷', ''],
      title: '关于加强住宅小区物业服务监管的司法建议',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a judge sees the lead with its evidence and drafts from it; the form is prefilled', async () => {
    const page = await signIn(browser, t.url, 'lx.judge', DESKTOP);
    await page.getByTestId('nav').getByText('类案线索').click();
    const card = page.getByTestId('lead-card').filter({ hasText: '物业服务合同纠纷案件上升' });
    await card.getByText('+40.0%').waitFor();
    await card.getByText('兰溪市住房和城乡建设局').waitFor();
    await capture(page, 'leads-desktop');
    await card.getByTestId('lead-draft').click();
    await page.waitForURL(/\/suggestions\/[0-9a-f-]+\/edit$/);
    await page.getByText('本院共受理物业服务合同纠纷案件14件，同比上升40.0%', { exact: false }).first().waitFor();
    await capture(page, 'lead-draft-desktop');
    await page.context().close();

    const phone = await signIn(browser, t.url, 'lx.admin', PHONE);
    await phone.goto(`${t.url}/cases/leads`);
    await phone.getByTestId('lead-card').first().waitFor();
    await capture(phone, 'leads-phone');
    await phone.context().close();
  });

  it('a court admin uploads a CSV and reads the row-by-row report', async () => {
    const page = await signIn(browser, t.url, 'lx.admin', DESKTOP);
    await page.getByTestId('nav').getByText('案件导入').click();
    const csv =
      '案号,案由,立案日期,当事人\n(2025)浙0781民初9501号,物业服务合同纠纷,2025-11-03,法人:兰溪某物业服务有限公司；自然人\n2025浙0781民初1号,物业服务合同纠纷,2025-11-03,\n';
    await page.locator('input[type=file]').setInputFiles({ name: '案件.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('case-import-start').click();
    await page.getByTestId('case-import-errors').getByText('第3行').waitFor();
    expect(await page.getByTestId('case-import-result').textContent()).toContain('新增1');
    await capture(page, 'case-import-desktop');
    await page.context().close();
  });

  it('the letter page shows its 治理成效 with the control and the method', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'impact-desktop'],
      [PHONE, 'impact-phone'],
    ] as const) {
      const page = await signIn(browser, t.url, 'jhrd.supervisor', viewport);
      await page.goto(`${t.url}/suggestions/${letterId}`);
      await page.getByRole('tab', { name: '治理成效' }).click();
      expect(await page.getByTestId('impact-change').textContent()).toContain('-50.0%');
      expect(await page.getByTestId('impact-net').textContent()).toContain('-16.7%');
      await page.getByTestId('impact').getByText('对照').first().waitFor();
      await capture(page, name);
      await page.context().close();
    }
  });

  it('the 人大 home and the court admin’s statistics rank the letters by 治理成效 and open the letter’s figures', async () => {
    const ranked = (page: Page) => page.getByTestId('impact-ranking').locator('tr', { hasText: '关于加强住宅小区物业服务监管的司法建议' });
    for (const [viewport, name] of [
      [DESKTOP, 'impact-ranking-desktop'],
      [PHONE, 'impact-ranking-phone'],
    ] as const) {
      const home = await signIn(browser, t.url, 'jhrd.supervisor', viewport);
      const row = ranked(home);
      await row.waitFor();
      expect(await row.textContent()).toContain('-16.7%');
      // The phone shows rank, letter and net change; the desktop also the counts before and after.
      if (viewport === DESKTOP) await row.getByText('24 件').waitFor();
      expect(await overlappingControls(home)).toEqual([]);
      if (viewport === DESKTOP) expect(await tablesOutsideTheirCards(home)).toEqual([]);
      await home.getByTestId('impact-ranking').scrollIntoViewIfNeeded();
      await home.getByTestId('impact-ranking').screenshot({ path: path.join(shots, `${name}.png`) });
      await row.getByRole('link').click();
      await home.getByTestId('impact-net').waitFor();
      expect(await home.getByTestId('impact-net').textContent()).toContain('-16.7%');
      await home.context().close();
    }
    const stats = await signIn(browser, t.url, 'jh.admin', DESKTOP);
    await stats.getByTestId('nav').getByText('统计分析').click();
    expect(await ranked(stats).textContent()).toContain('-16.7%');
    const year = stats.locator('[data-testid=stats-year] input, input[data-testid=stats-year]');
    await year.click();
    await year.fill('2025');
    await year.press('Enter');
    await stats.getByTestId('impact-ranking').getByText('暂无可计算治理成效的建议').waitFor();
    await stats.context().close();
  });
});
