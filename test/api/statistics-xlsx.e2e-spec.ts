import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { createTestApp, TestApp } from '../harness';
import { ANNUAL_SHEETS, EXPORT_SHEETS, StatsRefreshService } from '@app/statistics';
import { Fixture, insertFixture } from './statistics.fixture';

const binary = (r: Response, cb: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => cb(null, Buffer.concat(chunks)));
};
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const text = (v: ExcelJS.CellValue) =>
  v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v);
const rowOf = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as ExcelJS.CellValue[]).slice(1).map(text);
/** The data row whose first (or given) column reads `label`. */
const find = (ws: ExcelJS.Worksheet, label: string, col = 1) => ws.getRows(4, ws.rowCount - 3)!.find((r) => text(r.getCell(col).value) === label)!;

/**
 * The xlsx exports as a 人大 staffer hands them on (issue: report-ready exports), read back with
 * ExcelJS on the scripted letters of statistics.fixture.ts (today 2025-06-30). Every sheet: a title
 * row naming scope and period, a subtitle, a frozen Chinese header row, rates formatted 0.00%,
 * columns at least as wide as their header, no ids. Checked failing on the former export: sheet
 * names like '总览 Overview', an English 'key' and 'id' column and UUIDs in the cells.
 */
describe('statistics workbooks are report-ready', () => {
  let t: TestApp;
  let fx: Fixture;
  const tok: Record<string, string> = {};
  const workbook = async (user: string, path: string) => {
    const res = await t
      .http()
      .get(path)
      .set({ authorization: `Bearer ${tok[user]}` })
      .buffer(true)
      .parse(binary);
    expect([path, res.status]).toEqual([path, 200]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    return wb;
  };

  /** What every sheet of every export must hold. */
  const reportReady = (wb: ExcelJS.Workbook, title: RegExp) => {
    for (const ws of wb.worksheets) {
      expect([ws.name, /[A-Za-z]/.test(ws.name)]).toEqual([ws.name, false]);
      expect([ws.name, text(ws.getCell('A1').value)]).toEqual([ws.name, expect.stringMatching(title)]);
      expect(text(ws.getCell('A2').value)).toMatch(/数据截至：2025年6月30日/);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      const header = rowOf(ws, 3);
      expect(header.length).toBeGreaterThan(1);
      for (const h of header) expect([ws.name, h, /^[^A-Za-z]+$/.test(h)]).toEqual([ws.name, h, true]);
      // Fitted: at least as wide as the header (a Chinese character takes two character widths).
      header.forEach((h, i) => expect(ws.getColumn(i + 1).width).toBeGreaterThanOrEqual([...h].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0)));
      ws.eachRow((row) => row.eachCell((cell) => expect([ws.name, text(cell.value)]).toEqual([ws.name, expect.not.stringMatching(UUID)])));
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['lx.admin', 'jhrd.supervisor', 'jhzjj.clerk']) tok[u] = await t.login(u);
    t.clock.set(new Date('2025-06-30T04:00:00Z'));
    fx = await insertFixture(t);
    await t.app.get(StatsRefreshService).refresh({ full: true });
  });
  afterAll(() => t.close());

  it('statistics workbook of a court for a year: sheets, title, formats, zero months, overdue and definitions', async () => {
    const wb = await workbook('lx.admin', '/api/v1/stats/export.xlsx?from=2025-01-01&to=2025-12-31');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['总览', '按建议对象单位', '按法院', '月度趋势', '逾期清单', '治理成效', '指标口径']);
    reportReady(wb, /^兰溪市人民法院司法建议.+（2025年度）$/);
    expect(text(wb.getWorksheet(EXPORT_SHEETS.overview)!.getCell('A2').value)).toMatch(/^范围：兰溪市人民法院　统计期间：2025年度（按签发日期）/);

    const o = wb.getWorksheet(EXPORT_SHEETS.overview)!;
    expect(rowOf(o, 3)).toEqual(['指标', '数值', '分子', '分母', '计算方法']);
    // 兰溪 in 2025: D1, D2 (L1, March), D3, D4 (L2, April; R1 returned, L6 withdrawn, D8 of 2024 left out).
    // Feedback: D1, D2 replied of D1–D4 due → 2 ÷ 4.
    const fb = find(o, '反馈率');
    expect([fb.getCell(2).value, fb.getCell(2).numFmt, fb.getCell(3).value, fb.getCell(4).value, text(fb.getCell(5).value)]).toEqual([
      0.5,
      '0.00%',
      2,
      4,
      '已反馈件数 ÷ 应反馈件数',
    ]);
    const issued = find(o, '发送件数');
    expect([issued.getCell(2).value, issued.getCell(2).numFmt]).toEqual([4, '0']);
    expect(find(o, '平均签收时长（小时）').getCell(2).numFmt).toBe('0.0');

    const agencies = wb.getWorksheet(EXPORT_SHEETS.agencies)!;
    expect(rowOf(agencies, 3).slice(0, 5)).toEqual(['名次', '建议对象单位', '发送件数', '签收率', '反馈率']);
    const scjg = find(agencies, '兰溪市市场监督管理局', 2);
    expect([scjg.getCell(5).numFmt, typeof scjg.getCell(5).value]).toEqual(['0.00%', 'number']);

    const trend = wb.getWorksheet(EXPORT_SHEETS.trend)!;
    const months = trend.getRows(4, trend.rowCount - 3)!.map((r) => [text(r.getCell(1).value), r.getCell(2).value]);
    expect(months).toEqual([
      ['2025年1月', 0],
      ['2025年2月', 0],
      ['2025年3月', 2],
      ['2025年4月', 2],
      ['2025年5月', 0],
      ['2025年6月', 0],
    ]);

    const overdue = wb.getWorksheet(EXPORT_SHEETS.overdue)!;
    expect(rowOf(overdue, 3)).toEqual(['文号', '标题', '法院', '主送单位', '逾期环节', '期限', '逾期天数', '重大']);
    expect(
      overdue
        .getRows(4, overdue.rowCount - 3)!
        .map((r) => text(r.getCell(5).value))
        .sort(),
    ).toEqual(['回复', '回访', '签收']); // D3, D2, D4

    const defs = wb.getWorksheet(EXPORT_SHEETS.definitions)!;
    expect(rowOf(defs, 3)).toEqual(['指标', '统计口径']);
    expect(text(find(defs, '反馈率').getCell(2).value)).toContain('反馈率 = 已提交回复的件数 ÷ 回复已到期');
    // Scope line, 16 figures, 治理成效.
    expect(defs.rowCount).toBe(3 + 1 + 16 + 1);
    expect(text(find(defs, '治理成效').getCell(2).value)).toContain('净变化');
  });

  it('the 人大 supervisor’s and an agency’s workbooks name their scope', async () => {
    reportReady(await workbook('jhrd.supervisor', '/api/v1/stats/export.xlsx'), /^金华市人大常委会监督范围内司法建议.+（全部期间）$/);
    const own = await workbook('jhzjj.clerk', '/api/v1/stats/export.xlsx?from=2025-01-01');
    reportReady(own, /^金华市住房和城乡建设局司法建议.+（2025年1月1日以来）$/);
    // An agency's workbook has no 治理成效 sheet (the ranking is for courts and supervisors).
    expect(own.worksheets.map((w) => w.name)).not.toContain(EXPORT_SHEETS.impact);
    const agencies = own.getWorksheet(EXPORT_SHEETS.agencies)!;
    expect(text(agencies.getCell(`A${agencies.rowCount}`).value)).toMatch(/^注：名次为本单位在行政区划代码以3307开头的\d+个建议对象单位中的排名。$/);
  });

  it('annual report to the 人大: figures, every letter with its outcome in Chinese, definitions', async () => {
    const wb = await workbook('jhrd.supervisor', `/api/v1/stats/annual-report.xlsx?courtId=${fx.org('COURT-330781')}&year=2025`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['工作情况', '建议清单', '治理成效', '指标口径']);
    reportReady(wb, /^兰溪市人民法院2025年度司法建议(工作情况|清单|治理成效|统计指标口径)$/);
    const figs = wb.getWorksheet(ANNUAL_SHEETS.figures)!;
    const adoption = find(figs, '采纳率');
    expect([adoption.getCell(2).value, adoption.getCell(2).numFmt]).toEqual([1, '0.00%']);
    const letters = wb.getWorksheet(ANNUAL_SHEETS.letters)!;
    expect(rowOf(letters, 3)).toEqual([
      '序号',
      '文号',
      '标题',
      '类别',
      '重大',
      '签发日期',
      '主送单位',
      '办理状态',
      '签收日期',
      '回复期限',
      '回复日期',
      '是否按期回复',
      '评价结果',
      '落实情况',
    ]);
    const rows = letters.getRows(4, letters.rowCount - 3)!.map((r) => rowOf(letters, r.number));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r[7]).every((s) => /^[\u4e00-\u9fff]+$/.test(s))).toBe(true);
    expect(rows.map((r) => [r[6], r[12]])).toEqual(
      expect.arrayContaining([
        ['兰溪市市场监督管理局', '采纳'],
        ['金华市住房和城乡建设局', '部分采纳'],
      ]),
    );
  });
});
