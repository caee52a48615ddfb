import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, auth, issuedLetter, letterBody, orgId, startClosedLoopApp } from '../api/lifecycle.fixtures';
import { button, choose, PHONE, signIn } from './support/web-helpers';

/** Browser globals used inside page.evaluate (this project compiles tests without the DOM lib). */
declare const document: { documentElement: { scrollWidth: number } };

const DESKTOP = { width: 1440, height: 900 };
const shot = (name: string) => path.resolve(__dirname, '../../docs/screenshots', `${name}.png`);
const noSideScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
/** Confirms the open modal and waits for the success message (antd `message`) it shows. */
async function confirmAndToast(page: Page, toast: string): Promise<void> {
  await page.getByTestId('action-ok').click();
  await page.locator('.ant-message-notice').filter({ hasText: toast }).first().waitFor();
}

/**
 * Escalation as people live it (issue 14, points 1–4), in one browser: a 兰溪 judge drafts to a city
 * bureau and is warned at once → the leader's 签发 dialog says the letter goes up, and the result says
 * 已报上级法院 → 金华中院's research office adopts it, edits and submits it, its leader signs → the
 * bureau replies → the 兰溪 judge is notified, follows the link and reads the reply. Then the court
 * admin copies an overdue letter to the recipient's superior from the work list (Art. 9).
 * Screens that changed are checked at 1440×900 and 390×844.
 * Checked to fail: without <DistrictWarning> the first wait times out; with the old `done: '已签发'`
 * the leader's toast wait times out; without the adopted arm of the visibility rule the judge's link
 * leads to 未找到.
 */
describe('web app: escalation that people can follow', () => {
  let t: TestApp;
  let a: Actors;
  let browser: Browser;
  let original = '';
  let adopted = '';
  const TITLE = '关于加强全市新能源汽车充电设施规划建设的建议';

  beforeAll(async () => {
    t = await startClosedLoopApp({ listen: true });
    a = new Actors(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the judge is warned as soon as the out-of-district bureau is chosen (desktop and phone)', async () => {
    const page = await signIn(browser, t.url, 'lx.judge', DESKTOP);
    await page.getByRole('menuitem', { name: '起草建议' }).click();
    await page.getByLabel('标题').fill(TITLE);
    await page.getByLabel('基本情况').fill('本院审结涉充电桩纠纷27件，反映全市充电设施规划不足。');
    const item = page.getByTestId('item-row').first();
    await item.getByLabel('问题').fill('公共充电设施规划布局不足');
    await item.getByLabel('建议').fill('将老旧小区公共充电设施纳入城市更新规划');
    await page.getByLabel('法律依据').fill('《中华人民共和国民法典》第二百七十八条');
    await choose(page, page.getByTestId('recipient-row').first().locator('.ant-select').nth(1), '金华市发展和改革委员会', '发展');
    const warning = page.getByTestId('district-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('主送单位金华市发展和改革委员会不在兰溪市人民法院辖区');
    expect(await warning.textContent()).toContain('报送金华市中级人民法院决定');
    await warning.scrollIntoViewIfNeeded();
    await page.screenshot({ animations: 'disabled', path: shot('draft-district-warning') });
    await page.getByLabel('联系人').fill('周承办');
    await page.getByLabel('联系电话').fill('0579-88880000');
    await page.getByTestId('save-draft').click();
    await page.getByTestId('letter-title').waitFor();
    original = page.url().split('/').pop()!;
    await page.context().close();

    const phone = await signIn(browser, t.url, 'lx.judge', PHONE);
    await phone.goto(`${t.url}/suggestions/${original}/edit`);
    await phone.getByTestId('district-warning').waitFor();
    await noSideScroll(phone);
    await phone.context().close();
  });

  it('the leader’s 签发 dialog says the letter goes up to the higher court, and the result says 已报上级法院 (phone)', async () => {
    for (const [who, path] of [
      ['lx.judge', 'submit'],
      ['lx.head', 'review'],
    ])
      expect(
        (
          await t
            .http()
            .post(`/api/v1/suggestions/${original}/${path}`)
            .set(await a.as(who))
            .send(path === 'review' ? { decision: 'APPROVE' } : {})
        ).status,
      ).toBe(200);
    const page = await signIn(browser, t.url, 'lx.leader', PHONE);
    await page.goto(`${t.url}/suggestions/${original}`);
    await button(page.getByTestId('letter-actions'), '签发').click();
    const note = page.getByTestId('approve-escalation-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('不编号、不送达，将作为工作建议报送金华市中级人民法院决定');
    await noSideScroll(page);
    await page.screenshot({ animations: 'disabled', path: shot('approve-escalation-phone') });
    await confirmAndToast(page, '已报上级法院');
    await page.getByText('主送单位不在本院辖区，已作为工作建议报上级法院决定').waitFor();
    expect(await page.getByTestId('doc-number').textContent()).toBe('未编号');
    await page.context().close();
  });

  it('the higher court adopts it as its own draft, edits the background and the phone, submits, and its leader signs', async () => {
    const admin = await signIn(browser, t.url, 'jh.admin', DESKTOP);
    await admin.goto(`${t.url}/suggestions/${original}`);
    await button(admin.getByTestId('letter-actions'), '采用为本院建议').click();
    await admin.getByText('采用后生成本院的草稿').waitFor();
    await confirmAndToast(admin, '已采用，请修改后报院领导签发');
    await admin.getByTestId('adopted-from').waitFor();
    adopted = admin.url().split('/').pop()!;
    expect(adopted).not.toBe(original);
    expect(await admin.getByTestId('adopted-from').textContent()).toContain('本建议采用自兰溪市人民法院报送的工作建议');
    await button(admin.getByTestId('letter-actions'), '编辑').click();
    await admin.getByLabel('基本情况').fill('兰溪市人民法院报送：全市涉充电桩纠纷多发，规划布局不足。');
    await admin.getByLabel('联系电话').fill('0579-82468000');
    await admin.getByTestId('save-draft').click();
    await admin.waitForURL(`**/suggestions/${adopted}`);
    await button(admin.getByTestId('letter-actions'), '提交审核').click();
    await admin.getByTestId('action-ok').click();
    await admin.getByText('院领导签发中').first().waitFor();
    await admin.screenshot({ animations: 'disabled', path: shot('adopted-draft') });
    await admin.context().close();

    const leader = await signIn(browser, t.url, 'jh.leader', DESKTOP);
    await leader.goto(`${t.url}/suggestions/${adopted}`);
    await button(leader.getByTestId('letter-actions'), '签发').click();
    await leader.getByText('签发后系统自动编号并即时送达各收件单位').waitFor();
    await confirmAndToast(leader, '已签发：金中法建〔2031〕1号');
    await leader.getByTestId('doc-number').getByText('金中法建〔2031〕1号').waitFor();
    await leader.context().close();
  });

  it('the bureau replies; the lower-court judge is notified, follows the link both ways and reads the reply (desktop and phone)', async () => {
    const letter = (
      await t
        .http()
        .get(`/api/v1/suggestions/${adopted}`)
        .set(await a.as('jh.admin'))
    ).body;
    const delivery = letter.deliveries.find((d: { organizationId: string }) => d.organizationId === orgId(t, 'AG-330700-FGW')).id;
    const clerk = await a.as('jhfgw.clerk');
    expect((await t.http().post(`/api/v1/deliveries/${delivery}/sign`).set(clerk).send({})).status).toBe(200);
    const reply = { content: '我委已将老旧小区公共充电设施纳入城市更新规划。', items: [{ index: 1, stance: 'ADOPT', note: '纳入2031年计划' }] };
    expect((await t.http().post(`/api/v1/deliveries/${delivery}/reply`).set(clerk).send(reply)).status).toBe(200);

    for (const viewport of [DESKTOP, PHONE]) {
      const page = await signIn(browser, t.url, 'lx.judge', viewport);
      await page.getByRole('button', { name: '通知' }).click();
      const notices = page.getByTestId('notifications');
      await notices.getByText(`金华市发展和改革委员会 已回复上级法院采用的工作建议《${TITLE}》`).waitFor();
      expect(await notices.textContent()).toContain(`工作建议经金华市中级人民法院采用并签发：金中法建〔2031〕1号《${TITLE}》`);
      await page.keyboard.press('Escape');
      await page.goto(`${t.url}/suggestions/${original}`);
      const link = page.getByTestId('adopted-as');
      expect(await link.textContent()).toContain('金华市中级人民法院已采用本工作建议，并以其名义签发：金中法建〔2031〕1号');
      await page.getByTestId('adopted-link').click();
      await page.getByTestId('doc-number').getByText('金中法建〔2031〕1号').waitFor();
      // Read-only: nothing to act on (downloads only).
      expect(await page.getByTestId('letter-actions').textContent()).not.toMatch(/签发|撤回|编辑|提交|采用|退回/);
      await page.getByTestId('original-link').waitFor();
      await page.goto(`${t.url}/deliveries/${delivery}`);
      await page.getByTestId('reply-view').getByText('我委已将老旧小区公共充电设施纳入城市更新规划。').waitFor();
      if (viewport === PHONE) {
        await noSideScroll(page);
        await page.screenshot({ animations: 'disabled', path: shot('lower-court-reads-reply-phone') });
      }
      await page.context().close();
    }
  });

  it('the court admin copies an overdue letter to the recipient’s superior from the work list; the note shows on the copy (Art. 9)', async () => {
    const letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t, {}, ['AG-330700-SJ']));
    // Overdue for sign-for (the clock is fixed; the due date is moved into the past).
    await t.ds.query(`UPDATE deliveries SET sign_due_date = '2031-02-20' WHERE suggestion_id = $1`, [letter.id]);
    const page = await signIn(browser, t.url, 'jh.admin', DESKTOP);
    const row = page.getByTestId('worklist-table').locator('tr').filter({ hasText: '金华市数据局' });
    await row.getByTestId('copy-superior').click();
    await page.getByText('将本建议书抄送金华市数据局的上级单位').waitFor();
    await page.screenshot({ animations: 'disabled', path: shot('worklist-copy-superior') });
    await confirmAndToast(page, '已抄送金华市人民政府');
    const copies = (
      await t
        .http()
        .get(`/api/v1/suggestions/${letter.id}`)
        .set(auth(await a.token('jh.admin')))
    ).body.deliveries.filter((d: { kind: string }) => d.kind === 'COPY');
    expect(copies.map((d: { organizationName: string; copyNote: string }) => [d.organizationName, d.copyNote])).toEqual([
      ['金华市人民政府', '金华市数据局对本司法建议逾期未反馈，现依规定抄送贵单位，请督促办理。'],
    ]);
    await page.context().close();

    const phone = await signIn(browser, t.url, 'jh.admin', PHONE);
    await phone.goto(`${t.url}/deliveries/${copies[0].id}`);
    await phone.getByTestId('copy-note').getByText('金华市数据局对本司法建议逾期未反馈').waitFor();
    await phone.getByTestId('copy-pdf').waitFor();
    await noSideScroll(phone);
    await phone.context().close();
  });
});
