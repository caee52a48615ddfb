import * as path from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, minimalPdf } from '@app/testing';
import { TestApp } from '../harness';
import { auth, startClosedLoopApp } from '../api/lifecycle.fixtures';
import { button, choose, confirmModal, PHONE, signIn } from './support/web-helpers';

/** Browser globals used inside page.evaluate (this project compiles tests without the DOM lib). */
declare const window: { scrollTo: (x: number, y: number) => void };
declare const document: { documentElement: { scrollWidth: number } };

const shots = path.resolve(__dirname, '../../docs/screenshots');
const shot = (name: string) => path.join(shots, `${name}.png`);
/** A full-page screenshot from the top (a sticky header would otherwise sit where the page was scrolled). */
async function capture(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ animations: 'disabled', path: shot(name), fullPage });
}

/**
 * The closed loop through the web UI, as its users do it: a judge drafts and submits, the division
 * head and the court leader approve (the number appears), the agency clerk signs and replies item by
 * item on a phone, the court admin evaluates, and the 人大 supervisor reads the figures.
 */
describe('web app: the closed loop', () => {
  let t: TestApp;
  let browser: Browser;
  let letterId = '';
  let deliveryId = '';

  beforeAll(async () => {
    t = await startClosedLoopApp({ listen: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a judge drafts a letter through the form and submits it for review', async () => {
    const page = await signIn(browser, t.url, 'lx.judge');
    await page.getByRole('menuitem', { name: '起草建议' }).click();
    await page.getByLabel('标题').fill('关于规范售楼处人脸识别信息采集的司法建议');
    await page.getByLabel('领域').fill('个人信息保护');
    await page.getByLabel('基本情况').fill('审理中发现多个楼盘售楼处未经同意采集购房人人脸信息。');
    await page.getByLabel('原因分析（可选）').fill('一是售楼处对个人信息保护规定认识不足；二是日常监管缺少针对人脸识别设备的检查。');
    const items = page.getByTestId('item-row');
    await items.nth(0).getByLabel('问题').fill('售楼处违规采集人脸信息');
    await items.nth(0).getByLabel('建议').fill('开展售楼处人脸识别设备专项检查');
    await page.getByRole('button', { name: '增加一项' }).click();
    await items.nth(1).getByLabel('问题').fill('购房人维权渠道不畅');
    await items.nth(1).getByLabel('建议').fill('畅通个人信息侵权投诉举报渠道');
    const cases = page.getByLabel('关联案号');
    await cases.fill('(2031)浙0781民初101号');
    await cases.press('Enter');
    await page.getByLabel('法律依据').fill('《中华人民共和国个人信息保护法》第十三条');
    const recipient = page.getByTestId('recipient-row').first();
    await choose(page, recipient.locator('.ant-select').nth(1), '兰溪市市场监督管理局', '市场');
    await page.getByLabel('联系人').fill('周承办');
    await page.getByLabel('联系电话').fill('0579-88880000');
    await capture(page, 'draft-form');
    await page.getByTestId('save-draft').click();

    await page.getByTestId('letter-title').waitFor();
    letterId = page.url().split('/').pop()!;
    expect(letterId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.getByTestId('letter-title').textContent()).toBe('关于规范售楼处人脸识别信息采集的司法建议');
    expect(await page.getByTestId('letter-item').count()).toBe(2);
    await button(page.getByTestId('letter-actions'), '提交审核').click();
    await confirmModal(page);
    await page.getByText('庭长审核中').first().waitFor();
    await page.context().close();
  });

  it('the division head approves from the work list, then the leader issues it and the number shows', async () => {
    const head = await signIn(browser, t.url, 'lx.head');
    await head.getByTestId('to-review').getByText('关于规范售楼处人脸识别信息采集的司法建议').click();
    await button(head.getByTestId('letter-actions'), '审核通过').click();
    await confirmModal(head);
    await head.getByText('院领导签发中').first().waitFor();
    await head.context().close();

    const leader = await signIn(browser, t.url, 'lx.leader');
    await leader.getByTestId('to-approve').getByText('关于规范售楼处人脸识别信息采集的司法建议').click();
    await leader.waitForURL(`**/suggestions/${letterId}`);
    await button(leader.getByTestId('letter-actions'), '签发').click();
    await confirmModal(leader);
    await leader.getByTestId('doc-number').getByText('兰溪法建〔2031〕1号').waitFor();
    await leader.getByRole('tab', { name: /送达与反馈/ }).click();
    expect(await leader.getByTestId('deliveries-table').textContent()).toContain('兰溪市市场监督管理局');
    await leader.getByRole('tab', { name: '办理过程' }).click();
    const tl = await leader.getByTestId('timeline').textContent();
    expect(tl).toContain('庭长审核通过');
    expect(tl).toContain('李庭长');
    await capture(leader, 'letter-issued');
    await leader.context().close();
  });

  it('the agency clerk signs and replies item by item on a 390px phone', async () => {
    const page = await signIn(browser, t.url, 'lxscjg.clerk', PHONE);
    const card = page.getByTestId('delivery-card').filter({ hasText: '关于规范售楼处人脸识别信息采集的司法建议' });
    expect(await card.textContent()).toContain('待签收');
    await capture(page, 'agency-inbox-phone');
    await card.click();
    await page.getByTestId('delivery-title').waitFor();
    deliveryId = page.url().split('/').pop()!;
    await button(page.getByTestId('delivery-actions'), '签收').click();
    await confirmModal(page);
    await page.getByTestId('delivery-status').getByText('已签收待回复').waitFor();

    // 在线互动: a question to the court with the survey file; it shows in the thread with its file.
    await page.getByRole('tab', { name: '在线互动' }).click();
    const thread = page.getByTestId('messages');
    await thread.getByTestId('message-upload').waitFor();
    await thread.locator('input[type=file]').setInputFiles({ name: '售楼处排查表.pdf', mimeType: 'application/pdf', buffer: minimalPdf('survey sheet') });
    await thread.locator('.ant-upload-list-item-done').waitFor();
    await thread.getByPlaceholder(/输入消息/).fill('附全市售楼处排查表，请法院核对第二项建议的适用范围');
    await button(thread, '发送').click();
    await thread.locator('.msg').filter({ hasText: '附全市售楼处排查表' }).getByText('售楼处排查表.pdf').waitFor();
    expect(await thread.locator('.ant-upload-list-item').count()).toBe(0);
    await thread.scrollIntoViewIfNeeded();
    await page.screenshot({ animations: 'disabled', path: shot('agency-message-phone') });

    await button(page.getByTestId('delivery-actions'), '填写回复').click();
    const form = page.getByTestId('reply-form');
    const rows = form.getByTestId('reply-item');
    await rows.nth(0).getByText('采纳', { exact: true }).click();
    await rows.nth(0).getByPlaceholder('采纳措施或不采纳理由').fill('已部署全市售楼处专项检查');
    await rows.nth(1).getByText('部分采纳', { exact: true }).click();
    await rows.nth(1).getByPlaceholder('采纳措施或不采纳理由').fill('开通线上投诉入口，线下窗口另行研究');
    await form.getByLabel('回复正文').fill('我局高度重视，已在全市开展售楼处个人信息保护专项检查。');
    await form.getByLabel('整改措施').fill('建立售楼处人脸识别设备备案制度');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await capture(page, 'agency-reply-phone');
    await page.getByTestId('reply-submit').click();
    await page.getByTestId('reply-confirm').click(); // submitting asks first
    await page.getByTestId('delivery-status').getByText('已回复待评价').waitFor();
    const reply = await page.getByTestId('reply-view').textContent();
    expect(reply).toContain('部分采纳');
    expect(reply).toContain('开通线上投诉入口');
    await page.context().close();
  });

  it('the court admin evaluates the reply from the work list (待评价回复)', async () => {
    const page = await signIn(browser, t.url, 'lx.admin');
    await page.getByTestId('worklist-tab-REPLY_TO_EVALUATE').click();
    await page.getByTestId('worklist-table').getByText('关于规范售楼处人脸识别信息采集的司法建议').click();
    await page.getByTestId('delivery-title').waitFor();
    expect(page.url()).toContain(deliveryId);
    await button(page.getByTestId('delivery-actions'), '评价回复').click();
    // Item by item (the agency's stance shown beside), then overall.
    const form = page.getByTestId('evaluate-form');
    const items = form.getByTestId('evaluate-item');
    expect(await items.nth(1).textContent()).toContain('收件单位表态：部分采纳');
    const choice = (scope: Locator, text: string) => scope.locator('.ant-radio-button-wrapper').filter({ hasText: new RegExp(`^${text}$`) });
    await choice(items.nth(0), '采纳').click();
    await choice(items.nth(1), '未采纳').click();
    await items.nth(1).getByPlaceholder('评价说明（可不填）').fill('线下窗口未见措施');
    await choice(form.locator('.ant-form-item').filter({ hasText: '总体评价' }), '部分采纳').click();
    await form.getByLabel('评价意见').fill('回复认真，措施具体，请按期报告落实情况');
    await form.getByLabel(/回访日期/).fill('2031-06-30');
    await form.locator('.ant-card-head-title').click(); // closes the picker (Enter would submit the form)
    await page.screenshot({ animations: 'disabled', path: shot('court-evaluate') });
    await page.getByTestId('evaluate-submit').click();
    await page.getByTestId('evaluation-view').getByText('法院评价：部分采纳').waitFor();
    expect(await page.getByTestId('item-judgement').allTextContents()).toEqual(['法院评价：采纳', '法院评价：未采纳线下窗口未见措施']);
    expect(await page.getByTestId('delivery-status').textContent()).toContain('落实中');
    await page.context().close();
  });

  it('the 人大 supervisor opens the dashboard and sees the figures with their definitions', async () => {
    const admin = await t.login('admin');
    const refreshed = await t.http().post('/api/v1/stats/refresh').set(auth(admin)).send({});
    expect(refreshed.status).toBeLessThan(300);

    const page = await signIn(browser, t.url, 'jhrd.supervisor');
    await capture(page, 'supervisor-home');
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    const issued = page.getByTestId('metric-issued');
    await issued.getByText('1', { exact: true }).waitFor();
    const feedback = await page.getByTestId('metric-feedbackRate').textContent();
    expect(feedback).toContain('100.00%');
    expect(feedback).toContain('1 / 1');
    const adoption = await page.getByTestId('metric-adoptionRate').textContent();
    expect(adoption).toContain('100.00%');
    expect(await page.getByTestId('metric-implementationRate').textContent()).toContain('0 / 1');
    await page.getByRole('img', { name: '反馈率的定义', exact: true }).hover();
    await page
      .getByRole('tooltip')
      .getByText(/反馈率 = 已提交回复的件数/)
      .waitFor();
    expect(await page.getByTestId('by-agency').textContent()).toContain('兰溪市市场监督管理局');
    expect(await page.getByTestId('by-court').textContent()).toContain('兰溪市人民法院');
    await page.getByTestId('trend-chart').locator('canvas').waitFor();
    await capture(page, 'stats-dashboard');

    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await page.context().close();
  });
});
