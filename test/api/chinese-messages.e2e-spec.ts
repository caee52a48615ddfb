import { getMetadataStorage } from 'class-validator';
import { FIELD_LABELS } from '@app/core';
import { minimalPdf } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

/** No Latin word of three letters or more (names of formats aside): what a person reads is Chinese. */
const chinese = (s: string) => /[\u4e00-\u9fff]/.test(s) && (s.match(/[A-Za-z]{3,}/g) ?? []).every((w) => /^(PDF|Word|Excel|OFD|JPG|PNG)$/.test(w));

/** The file name a browser saves: RFC 5987 `filename*` (UTF-8), with an ASCII-only `filename=` beside it. */
function savedName(disposition: string | undefined): string {
  expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
  return decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition!)![1]);
}

/**
 * Error answers carry a Chinese `message` (and Chinese field details) and keep the English `code`;
 * every download is named in Chinese. Checked by breaking it: without the filter's chineseMessage
 * the 404 answers "Suggestion not found" and the first test fails; with the statistics controller's
 * old `filename="statistics.xlsx"` the download test fails on the missing `filename*`.
 */
describe('Chinese error messages and Chinese file names', () => {
  let t: TestApp;
  let a: Actors;
  let letter: { id: string; docNumber: string; deliveries: { id: string; organizationId: string }[] };

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t, {}, ['AG-330700-ZJJ']));
  });
  afterAll(() => t?.close());

  it('answers a letter nobody may see with 404, code NOT_FOUND and a Chinese message', async () => {
    const res = await t
      .http()
      .get('/api/v1/suggestions/00000000-0000-4000-8000-000000000000')
      .set(await a.as('jh.judge'));
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: '未找到该司法建议，或您无权查看' });
    // Another organization's letter reads exactly the same (nothing is revealed).
    const other = await t
      .http()
      .get(`/api/v1/suggestions/${letter.id}`)
      .set(await a.as('lx.judge'));
    expect([other.status, other.body.code, other.body.message]).toEqual([404, 'NOT_FOUND', '未找到该司法建议，或您无权查看']);
    const route = await t
      .http()
      .get('/api/v1/no-such-thing')
      .set(await a.as('jh.judge'));
    expect([route.status, route.body.code, chinese(route.body.message)]).toEqual([404, 'NOT_FOUND', true]);
  });

  it('answers a wrong password, a missing token and a refused role in Chinese, codes unchanged', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ username: 'jh.judge', password: 'not-the-password' });
    expect([login.status, login.body.code, login.body.message]).toEqual([401, 'INVALID_CREDENTIALS', '用户名或密码错误']);
    const anonymous = await t.http().get('/api/v1/suggestions');
    expect([anonymous.status, anonymous.body.code, chinese(anonymous.body.message)]).toEqual([401, 'UNAUTHENTICATED', true]);
    const refused = await t
      .http()
      .put('/api/v1/calendar/2031')
      .set(await a.as('jh.judge'))
      .send({ holidays: [], workdays: [] });
    expect([refused.status, refused.body.code, chinese(refused.body.message)]).toEqual([403, 'FORBIDDEN', true]);
  });

  it('gives each invalid field a Chinese message and lists them in the message, fields and code kept', async () => {
    const res = await t
      .http()
      .post('/api/v1/suggestions')
      .set(await a.as('jh.judge'))
      .send({ ...letterBody(t), title: '', replyPeriodMonths: 5, items: [{ problem: '', recommendation: '建议' }], isAdmin: true });
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const byField = Object.fromEntries(res.body.details.map((d: { field: string; message: string }) => [d.field, d.message]));
    expect(byField).toMatchObject({
      title: '标题不能为空',
      replyPeriodMonths: '回复期限不能大于 2',
      'items.0.problem': '建议事项第1项的问题不能为空',
      isAdmin: '请求中含有不接受的字段',
    });
    expect(res.body.message).toMatch(/^提交的内容有误：/);
    expect(res.body.message).toContain('回复期限不能大于 2');
    for (const d of res.body.details) expect([d.field, chinese(d.message)]).toEqual([d.field, true]);
    expect(chinese(res.body.message)).toBe(true);
  });

  it('has a Chinese name for every field of every request the API validates', () => {
    const metadata = (getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { propertyName: string }[]> }).validationMetadatas;
    const names = new Set([...metadata.values()].flat().map((m) => m.propertyName));
    expect(names.size).toBeGreaterThan(40);
    expect([...names].filter((n) => !FIELD_LABELS[n]).sort()).toEqual([]);
  });

  it('names every download in Chinese with RFC 5987 filename* and an ASCII filename= fallback', async () => {
    const admin = await a.as('jh.admin');
    const get = (path: string, who: Record<string, string> = admin) => t.http().get(path).set(who).responseType('blob');
    const names: string[] = [];
    for (const path of [`document.pdf`, `document.docx`])
      names.push(savedName((await get(`/api/v1/suggestions/${letter.id}/${path}`)).headers['content-disposition']));
    const receipt = await get(`/api/v1/suggestions/${letter.id}/receipt.pdf`, await a.as('jhzjj.clerk'));
    names.push(savedName(receipt.headers['content-disposition']));
    const upload = await t
      .http()
      .post('/api/v1/attachments')
      .set(admin)
      .attach('file', minimalPdf('整改'), { filename: '整改方案.pdf', contentType: 'application/pdf' });
    expect(upload.status).toBe(201);
    names.push(savedName((await get(`/api/v1/attachments/${upload.body.id}`)).headers['content-disposition']));
    const court = t.dir.orgs.get('COURT-330700')!.id;
    for (const path of [
      'export.xlsx?from=2031-01-01&to=2031-12-31',
      'export.csv?from=2031-01-01&to=2031-12-31',
      'export.xlsx',
      'export.csv?from=2031-03-01',
      `annual-report.xlsx?courtId=${court}&year=2031`,
    ]) {
      const res = await get(`/api/v1/stats/${path}`);
      expect([path, res.status]).toEqual([path, 200]);
      names.push(savedName(res.headers['content-disposition']));
    }
    expect(names).toEqual([
      `${letter.docNumber}.pdf`,
      `${letter.docNumber}.docx`,
      `${letter.docNumber}-送达回证-金华市住房和城乡建设局.pdf`,
      '整改方案.pdf',
      '统计分析-2031年.xlsx',
      '建议对象单位统计-2031年.csv',
      '统计分析-全部.xlsx',
      '建议对象单位统计-2031-03-01起.csv',
      '金华市中级人民法院2031年度司法建议工作情况.xlsx',
    ]);
  });
});
