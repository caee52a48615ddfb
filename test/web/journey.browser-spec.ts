import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, startClosedLoopApp } from '../api/lifecycle.fixtures';
import { button, choose, confirmModal, signIn } from './support/web-helpers';

declare const window: { scrollTo: (x: number, y: number) => void };
declare const document: { documentElement: { scrollWidth: number } };

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const shots = path.resolve(__dirname, '../../docs/screenshots');

/** Screenshot at the page's width; the page never scrolls sideways. */
async function capture(page: Page, name: string, width: number): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  await page.screenshot({ animations: 'disabled', path: path.join(shots, `${name}.png`), fullPage: true });
}

/**
 * The journey's screens (issue 14) at 1440×900 and 390×844: the drafting form warns of a letter a
 * neighbouring court already issued and marks what is missing before submission; a draft is
 * deleted from its page; the agency clerk saves a reply (暂存), takes it up again and submits after
 * confirming; the leader's phone inbox says 回复待审批 and the leader returns it with a comment the
 * clerk then reads; a copy reads 待阅.
 *
 * Seen failing: without the confirmation the reply went out on the first click (no reply-confirm
 * button); with copies labelled by status alone the 发改委 card read 待签收.
 */
describe('web app: drafting checks, reply draft and return, copies', () => {
  let t: TestApp;
  let browser: Browser;
  const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
  const LETTER = '关于规范住宅小区公共收益管理的司法建议';
  let charging = '';

  beforeAll(async () => {
    t = await startClosedLoopApp({ listen: true });
    browser = await launchBrowser();
    const a = new Actors(t);
    // 金华中院 has already sent 发改委 a letter on 充电桩; and a letter to 住建局 with a copy to 发改委.
    charging = (await issuedLetter(t, a, JH, letterBody(t, { title: '关于加快老旧小区电动汽车充电桩建设的司法建议' }, ['AG-330700-FGW']))).docNumber;
    const letter = await issuedLetter(t, a, JH, letterBody(t, { title: LETTER }, ['AG-330700-ZJJ'], ['AG-330700-FGW']));
    const main = letter.deliveries.find((d: { kind: string }) => d.kind === 'MAIN').id;
    const signed = await t
      .http()
      .post(`/api/v1/deliveries/${main}/sign`)
      .set(await a.as('jhzjj.clerk'))
      .send({});
    expect(signed.status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the drafting form shows a neighbouring court’s letter and the fields missing for submission; the draft is deleted', async () => {
    const page = await signIn(browser, t.url, 'lx.judge', WIDE);
    await page.getByRole('menuitem', { name: '起草建议' }).click();
    await page.getByLabel('标题').fill('关于老旧小区电动汽车充电桩建设管理的司法建议');
    const items = page.getByTestId('item-row');
    await items.nth(0).getByLabel('问题').fill('老旧小区充电桩报装难');
    await items.nth(0).getByLabel('建议').fill('简化报装流程');
    await choose(page, page.getByTestId('recipient-row').first().locator('.ant-select').nth(1), '金华市发展和改革委员会', '发展');
    const similar = page.getByTestId('similar-elsewhere');
    await similar.getByText(charging, { exact: false }).waitFor();
    expect(await similar.textContent()).toContain('金华市中级人民法院');
    await page.getByTestId('save-submit').click();
    const missing = page.getByTestId('missing-fields');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('请填写法律依据；请填写联系人；请填写联系电话');
    expect(await page.locator('.ant-form-item-explain-error').allTextContents()).toEqual(expect.arrayContaining(['请填写法律依据', '请填写联系人']));
    await capture(page, 'draft-missing-similar', WIDE.width);
    await page.setViewportSize(PHONE);
    await capture(page, 'draft-missing-similar-phone', PHONE.width);
    await page.setViewportSize(WIDE);

    // The draft was saved (not submitted): its page offers 删除草稿, not 撤回.
    await page.getByRole('menuitem', { name: '司法建议' }).click();
    await page.getByText('关于老旧小区电动汽车充电桩建设管理的司法建议').first().click();
    const actions = page.getByTestId('letter-actions');
    await button(actions, '删除草稿').waitFor();
    expect(await actions.textContent()).not.toMatch(/撤\s*回/);
    await button(actions, '删除草稿').click();
    await confirmModal(page);
    await page.waitForURL(/\/suggestions$/);
    await page.getByText('草稿已删除').waitFor();
    await page.context().close();
  });

  it('the clerk saves a reply, takes it up again and submits it after confirming (1440)', async () => {
    const page = await signIn(browser, t.url, 'jhzjj.clerk', WIDE);
    await page.getByTestId('agency-inbox').getByText(LETTER).click();
    await page.getByTestId('delivery-title').waitFor();
    await button(page.getByTestId('delivery-actions'), '填写回复').click();
    const form = page.getByTestId('reply-form');
    await form.getByTestId('reply-item').nth(0).getByText('采纳', { exact: true }).click();
    await form.getByLabel('回复正文').fill('我局已着手研究公共收益管理办法。');
    await page.getByTestId('reply-save').click();
    await page.getByTestId('delivery-status').getByText('回复已暂存').waitFor();

    await button(page.getByTestId('delivery-actions'), '继续填写回复').click();
    expect(await form.getByLabel('回复正文').inputValue()).toBe('我局已着手研究公共收益管理办法。');
    for (const i of [1, 2]) await form.getByTestId('reply-item').nth(i).getByText('部分采纳', { exact: true }).click();
    await page.getByTestId('reply-submit').click();
    await page.getByTestId('reply-confirm').waitFor();
    await capture(page, 'agency-reply-confirm', WIDE.width);
    await page.getByTestId('reply-confirm').click();
    await page.getByTestId('delivery-status').getByText('回复待审批').waitFor();
    expect(await page.getByTestId('delivery-actions').textContent()).not.toMatch(/填\s*写\s*回\s*复/);
    await page.context().close();
  });

  it('the leader’s phone inbox says 回复待审批; the leader returns it and the clerk reads the comment (390)', async () => {
    const leader = await signIn(browser, t.url, 'jhzjj.leader', PHONE);
    const card = leader.getByTestId('delivery-card').filter({ hasText: LETTER });
    expect(await card.getByTestId('delivery-status-tag').textContent()).toBe('回复待审批');
    await capture(leader, 'agency-leader-inbox-phone', PHONE.width);
    await card.click();
    await button(leader.getByTestId('delivery-actions'), '退回回复').click();
    await leader.locator('.ant-modal:visible').getByLabel('退回意见').fill('请补充公共收益公示的具体时限');
    await confirmModal(leader);
    await leader.getByTestId('delivery-status').getByText('回复被退回').waitFor();
    await leader.context().close();

    const clerk = await signIn(browser, t.url, 'jhzjj.clerk', PHONE);
    await clerk.getByTestId('delivery-card').filter({ hasText: LETTER }).click();
    await button(clerk.getByTestId('delivery-actions'), '继续填写回复').click();
    const returned = clerk.getByTestId('reply-returned');
    expect(await returned.textContent()).toContain('请补充公共收益公示的具体时限');
    await capture(clerk, 'agency-reply-returned-phone', PHONE.width);
    await clerk.context().close();
  });

  it('a copy reads 待阅 in the inbox, on its page and in the status filter', async () => {
    for (const viewport of [PHONE, WIDE]) {
      const page = await signIn(browser, t.url, 'jhfgw.clerk', viewport);
      await page.getByTestId('agency-inbox').getByText(LETTER).waitFor();
      expect(await page.getByTestId('agency-inbox').textContent()).toContain('其中待阅抄送件 1 件');
      const tags = page.getByTestId('agency-inbox').getByTestId('delivery-status-tag');
      expect(await tags.allTextContents()).toEqual(expect.arrayContaining(['待阅', '待签收']));
      if (viewport === WIDE) {
        await page.goto(`${t.url}/deliveries?status=DELIVERED&kind=COPY`);
        await page.getByTestId('deliveries-table').getByText(LETTER).waitFor();
        expect(await page.getByTestId('status-filter').textContent()).toContain('待阅');
        expect(await page.getByTestId('deliveries-table').getByTestId('delivery-status-tag').allTextContents()).toEqual(['待阅']);
      }
      await page.context().close();
    }
  });
});
