import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { createTestApp, TestApp } from '../harness';
import { casesOf, everyMonth, plantLetter } from './cases.fixture';
import { contractViolations } from './contract/openapi-contract';

/**
 * 治理成效 ranking (GET /api/v1/stats/impact) for the court's and the 人大's dashboards, against hand
 * counts (today 2026-01-15). The case data and the two 浦江 letters are those of
 * cases-leads-impact.e2e-spec.ts, whose figures were computed by hand there and again here.
 * Checked to fail once: with the letters sorted by `change` instead of `netChange` the recent
 * letter (−61.54%, net −1.54) ranked before the older one (−50%, net −16.67).
 */
const binary = (r: Response, cb: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => cb(null, Buffer.concat(chunks)));
};
const text = (v: ExcelJS.CellValue) =>
  v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v);

describe('governance impact ranking', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const as = (u: string) => ({ authorization: `Bearer ${tok[u]}` });
  const org = (code: string) => t.dir.orgs.get(code)!.id;
  const ids: Record<string, string> = {};
  const ranking = (u: string, q: Record<string, string> = {}) => t.http().get('/api/v1/stats/impact').query(q).set(as(u));

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-01-15T02:00:00Z') });
    for (const u of ['jh.admin', 'lx.admin', 'lx.leader', 'lx.judge', 'jhzjj.clerk', 'jhrd.supervisor']) tok[u] = await t.login(u);
    const rows = casesOf([
      // 浦江: 物业 2 a month before the letter, 1 a month after; 民间借贷 1 a month throughout (the control's other half).
      { court: '浙0726', cause: '物业服务合同纠纷', months: { ...everyMonth('2023-07', '2024-06', 2), ...everyMonth('2024-10', '2025-09', 1) } },
      { court: '浙0726', cause: '民间借贷纠纷', months: everyMonth('2023-07', '2025-09', 1) },
    ]);
    const res = await t.http().post('/api/v1/cases/bulk').set(as('jh.admin')).send({ cases: rows });
    expect(res.body.errors).toEqual([]);
    const sourceCase = (
      await t.ds.query(
        `SELECT case_number FROM cases WHERE court_code = '浙0726' AND cause_code = (SELECT code FROM case_causes WHERE name = '物业服务合同纠纷') LIMIT 1`,
      )
    )[0].case_number;
    const pj = { court: 'COURT-330726', to: 'AG-330726-ZJJ' };
    ids.older = await plantLetter(t, {
      ...pj,
      title: '关于规范物业服务的司法建议（一）',
      issuedAt: '2024-07-10T02:00:00Z',
      evaluation: 'ADOPTED',
      confirmedAt: '2024-09-20T02:00:00Z',
      sourceCase,
    });
    ids.recent = await plantLetter(t, {
      ...pj,
      title: '关于规范物业服务的司法建议（二）',
      issuedAt: '2025-03-10T02:00:00Z',
      evaluation: 'ADOPTED',
      confirmedAt: '2025-07-20T02:00:00Z',
      cause: ['物业服务合同纠纷', ''],
    });
    ids.bare = await plantLetter(t, { ...pj, title: '关于加强校园安全的司法建议', issuedAt: '2025-01-10T02:00:00Z', evaluation: 'ADOPTED' });
    ids.notAdopted = await plantLetter(t, {
      ...pj,
      title: '未被采纳的建议',
      issuedAt: '2025-02-10T02:00:00Z',
      evaluation: 'NOT_ADOPTED',
      cause: ['物业服务合同纠纷', ''],
    });
    ids.lanxi = await plantLetter(t, {
      court: 'COURT-330781',
      to: 'AG-330781-ZJJ',
      title: '兰溪物业建议',
      issuedAt: '2024-08-01T02:00:00Z',
      evaluation: 'ADOPTED',
      cause: ['物业服务合同纠纷', ''],
    });
  });
  afterAll(() => t.close());

  it('ranks the adopted letters by net change, with the letter page’s figures; unmeasured ones say why', async () => {
    const res = await ranking('jhrd.supervisor');
    expect(res.status).toBe(200);
    // Older: 物业 24 → 12 (−50%), control 36 → 24 (−33.33%), net −16.67 points.
    // Recent: 物业 13 → 2 in 5 months, annualised 5 (−61.54%), control 25 → 10 (−60%), net −1.54 points.
    expect(
      res.body.items.map((r: { rank: number; suggestionId: string; impact: { change: number; netChange: number } }) => [
        r.rank,
        r.suggestionId,
        r.impact.change,
        r.impact.netChange,
      ]),
    ).toEqual([
      [1, ids.older, -0.5, -0.1667],
      [2, ids.recent, -0.6154, -0.0154],
    ]);
    expect(res.body.items[0]).toMatchObject({ title: '关于规范物业服务的司法建议（一）', courtName: '浦江县人民法院', issuedOn: '2024-07-10' });
    // The same answer as the letter page's impact endpoint (one formula).
    const page = await t.http().get(`/api/v1/suggestions/${ids.older}/impact`).set(as('jhrd.supervisor'));
    expect(res.body.items[0].impact).toEqual(page.body);
    // Adopted without a figure: most recently issued first, each with its reason; NOT_ADOPTED is not listed.
    expect(res.body.unmeasured.map((r: { suggestionId: string; impact: { note: string } }) => [r.suggestionId, r.impact.note])).toEqual([
      [ids.bare, expect.stringContaining('未关联案由')],
      [ids.lanxi, expect.stringContaining('尚未经法院确认')],
    ]);
    expect(res.body).toMatchObject({ total: 4, truncated: false });
    expect(res.body.method).toContain('对照');
    // Both answers are what apps/api/openapi.json documents (ImpactRankingDto, ImpactDto).
    expect([...contractViolations('get', '/api/v1/stats/impact', res), ...contractViolations('get', `/api/v1/suggestions/${ids.older}/impact`, page)]).toEqual(
      [],
    );
  });

  it('follows the period and the court filter', async () => {
    const y2025 = (await ranking('jh.admin', { from: '2025-01-01', to: '2025-12-31' })).body;
    expect(y2025.items.map((r: { suggestionId: string }) => r.suggestionId)).toEqual([ids.recent]);
    expect(y2025.unmeasured.map((r: { suggestionId: string }) => r.suggestionId)).toEqual([ids.bare]);
    const lanxi = (await ranking('jh.admin', { courtId: org('COURT-330781') })).body;
    expect([lanxi.items, lanxi.unmeasured.map((r: { suggestionId: string }) => r.suggestionId)]).toEqual([[], [ids.lanxi]]);
  });

  it('who may call it: a court sees its subtree only, outsiders get 404 or 403, bad input 400', async () => {
    const own = (await ranking('lx.admin')).body;
    expect([own.items, own.unmeasured.map((r: { suggestionId: string }) => r.suggestionId)]).toEqual([[], [ids.lanxi]]);
    expect((await ranking('lx.leader')).body.unmeasured).toHaveLength(1);
    const outside = await ranking('lx.admin', { courtId: org('COURT-330726') });
    expect([outside.status, outside.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await ranking('jhrd.supervisor', { regionCode: '330100' })).status).toBe(404);
    expect((await ranking('jhzjj.clerk')).status).toBe(403);
    expect((await ranking('lx.judge')).status).toBe(403);
    expect((await t.http().get('/api/v1/stats/impact')).status).toBe(401);
    const bads: Record<string, string>[] = [{ from: '2025-13-01' }, { from: '2025-06-01', to: '2025-01-01' }, { courtId: 'x' }];
    for (const q of bads) {
      const bad = await ranking('jh.admin', q);
      expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
  });

  const workbook = async (user: string, path: string) => {
    const res = await t.http().get(path).set(as(user)).buffer(true).parse(binary);
    expect([path, res.status]).toEqual([path, 200]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    return wb;
  };
  /** Rows under the header, by their header's name. */
  const rowsOf = (ws: ExcelJS.Worksheet) => {
    const header = (ws.getRow(3).values as ExcelJS.CellValue[]).slice(1).map(text);
    const out: Array<Record<string, { value: ExcelJS.CellValue; numFmt: string }>> = [];
    for (let n = 4; n <= ws.rowCount; n++) {
      const row = ws.getRow(n);
      if (!text(row.getCell(2).value)) continue; // notes under the table
      out.push(Object.fromEntries(header.map((h, i) => [h, { value: row.getCell(i + 1).value, numFmt: row.getCell(i + 1).numFmt }])));
    }
    return out;
  };

  it('the statistics workbook holds the same figures: rates as 0.00%, reasons, the method; definitions name it', async () => {
    const wb = await workbook('jhrd.supervisor', '/api/v1/stats/export.xlsx');
    const ws = wb.getWorksheet('治理成效')!;
    expect(text(ws.getCell('A1').value)).toBe('金华市人大常委会监督范围内司法建议治理成效（全部期间）');
    const rows = rowsOf(ws);
    expect(rows.map((r) => text(r['标题'].value))).toEqual([
      '关于规范物业服务的司法建议（一）',
      '关于规范物业服务的司法建议（二）',
      '关于加强校园安全的司法建议',
      '兰溪物业建议',
    ]);
    const [older, recent, bare] = rows;
    expect([older['名次'].value, older['发出前案件数'].value, older['落实后案件数（年化）'].value, older['发出前12个月'].value]).toEqual([
      1,
      24,
      12,
      '2023年7月至2024年6月',
    ]);
    expect([older['变化率'].value, older['变化率'].numFmt, older['对照：区域全部案件变化率'].value, older['净变化'].value, older['净变化'].numFmt]).toEqual([
      -0.5,
      '0.00%',
      -0.3333,
      -0.1667,
      '0.00%',
    ]);
    expect([recent['名次'].value, recent['落实后月数'].value, recent['落实后案件数'].value, recent['落实后案件数（年化）'].value]).toEqual([2, 5, 2, 5]);
    expect([text(bare['名次'].value), text(bare['关联案由'].value), text(bare['净变化'].value), text(bare['说明'].value)]).toEqual([
      '—',
      '未关联案由',
      '—',
      expect.stringContaining('未关联案由'),
    ]);
    expect(text(ws.getCell(`A${ws.rowCount}`).value)).toMatch(/^计算方法：治理成效的计算方法/);
    const defs = wb.getWorksheet('指标口径')!;
    const line = defs.getRows(4, defs.rowCount - 3)!.find((r) => text(r.getCell(1).value) === '治理成效')!;
    expect(text(line.getCell(2).value)).toContain('净变化 = 关联案由的变化率 − 全部案件的变化率');
  });

  it('the annual report of 浦江 for 2024 lists its adopted letter with the same figures', async () => {
    const wb = await workbook('jhrd.supervisor', `/api/v1/stats/annual-report.xlsx?courtId=${org('COURT-330726')}&year=2024`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['工作情况', '建议清单', '治理成效', '指标口径']);
    const ws = wb.getWorksheet('治理成效')!;
    expect(text(ws.getCell('A1').value)).toBe('浦江县人民法院2024年度司法建议治理成效');
    const rows = rowsOf(ws);
    expect(rows.map((r) => [text(r['标题'].value), r['净变化'].value])).toEqual([['关于规范物业服务的司法建议（一）', -0.1667]]);
    const lanxi = await workbook('lx.admin', `/api/v1/stats/annual-report.xlsx?courtId=${org('COURT-330781')}&year=2024`);
    expect(rowsOf(lanxi.getWorksheet('治理成效')!).map((r) => [text(r['标题'].value), text(r['说明'].value)])).toEqual([
      ['兰溪物业建议', expect.stringContaining('尚未经法院确认')],
    ]);
  });

  it('writes nothing to the audit trail (a read)', async () => {
    const before = (await t.ds.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n;
    await ranking('jhrd.supervisor');
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n).toBe(before);
  });
});
