import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { TestApp } from '../harness';
import { EXPORT_SHEETS, METRIC_KEYS, METRIC_LABEL } from '@app/statistics';
import { Actors, DAY, issuedLetter, letterBody, orgId, startClosedLoopApp, T0 } from './lifecycle.fixtures';

/**
 * Must-show 2, driven entirely through the HTTP API: letters of 兰溪 and 金华中院 are issued, signed,
 * replied (on time, late, waiting for leader approval), evaluated and implemented on a moving test
 * clock; one letter is withdrawn. After `POST /stats/refresh` the overview, by-agency, by-court and
 * the exports must equal the figures worked out by hand below.
 *
 * Script (T0 = 2031-03-03 10:00 Beijing; every letter has replyPeriodMonths 1; every delivery is
 * delivered at T0; "h" = hours from delivery to signing, "d" = days from delivery to the counted reply):
 *   兰溪 L1 (major) MAIN 兰溪市场监管局 (a), 兰溪住建局 (b); COPY 金华市场监管局 (the parent of 兰溪市场监管局)
 *   兰溪 L2          MAIN 兰溪市场监管局 (c)
 *   兰溪 L3          MAIN 兰溪住建局 — withdrawn before anyone signs: counts nowhere
 *   中院 J1          MAIN 金华住建局 (d), 金华发改委 (e)
 *   中院 J2          MAIN 金华住建局 (f), 兰溪市场监管局 (g)
 *   中院 J3          MAIN 金华住建局 (h)
 *   a: signed 2h, replied on time 20d, items ADOPT/PARTIAL/DECLINE, ADOPTED, implementation confirmed
 *   b: never signed (sign due 03-06)                                  → overdue at signing; its reply due date
 *      (sign due + 1 month, told to the agency at delivery) has passed, so its reply counts as due
 *   c: signed 24h, replied late 40d, items ADOPT×3, PARTIALLY_ADOPTED, follow-up 04-14 → overdue follow-up;
 *      the court judges its items ADOPTED, NOT_ADOPTED, NOT_ADOPTED (the per-item rate counts the court's judgement)
 *   d: signed 24h, replied on time 20d (clerk, then leader approves), items ADOPT/ADOPT/PARTIAL, ADOPTED, follow-up 06-30
 *   e: signed 48h, replied late 40d, items DECLINE×3, NOT_ADOPTED
 *   f: signed 2h, the clerk's reply never approved by the leader → not a reply; reply due passed → overdue reply
 *   g: signed 24h, no reply, reply due passed                         → overdue reply
 *   h: never signed                                                   → overdue at signing
 * Figures as of 2031-04-17 (T0 + 45 days). p90 of hours to sign (days to reply) = upper edge of the bucket holding
 * the ⌈0.9n⌉-th value, capped at the largest value (hour edges …, 24, 30, …, 48, 60, …; day edges …, 14, 21, …, 35, 42, …).
 */
const m = (numerator: number, denominator: number, rate: number | null) => ({ numerator, denominator, rate });

/** 兰溪 court (its subtree is itself): a, b, c. */
const LANXI = {
  issued: m(3, 3, 1), //                      a, b, c
  signRate: m(2, 3, 0.666667), //             a, c signed
  feedbackRate: m(2, 3, 0.666667), //         replied a, c ÷ (due or replied) a, b, c — b's reply due (told at delivery) passed
  onTimeFeedbackRate: m(1, 3, 0.333333), //   a on time; c late
  adoptionRate: m(2, 2, 1), //                a ADOPTED, c PARTIALLY ÷ evaluated a, c
  itemAdoptionRate: m(3, 6, 0.5), //           court's judgement: a ADOPTED+PARTIALLY = 2 of 3; c 1 of 3 (agency: 3 of 3)
  implementationRate: m(1, 2, 0.5), //        a confirmed ÷ adopted-or-partly a, c
  avgHoursToSign: m(26, 2, 13), //            2 + 24
  p90HoursToSign: m(24, 2, 24), //            ⌈1.8⌉ = 2nd value 24 → bucket [24,30) capped at max 24
  avgDaysToReply: m(60, 2, 30), //            20 + 40
  p90DaysToReply: m(40, 2, 40), //            ⌈1.8⌉ = 2nd value 40 → bucket [35,42) capped at max 40
  overdue: {
    sign: m(1, 1, 1), //                      b of awaiting b
    reply: m(0, 0, null), //                  nobody signed-and-unreplied
    followUp: m(1, 1, 1), //                  c (04-14 < 04-17) of implementing c
  },
  major: m(2, 3, 0.666667), //                a, b (L1)
  copiedToSuperior: m(1, 3, 0.333333), //     a (金华市场监管局 got a copy of L1); b's parent 金华住建局 did not
};

/** 金华 region (金华市人大 supervisor, or regionCode=330700; the 中院 subtree gives the same): a … h. */
const JINHUA = {
  issued: m(8, 8, 1),
  signRate: m(6, 8, 0.75), //                 a c d e f g
  feedbackRate: m(4, 8, 0.5), //              replied a c d e ÷ all 8: f, g, and the unsigned b, h are past their reply due date
  onTimeFeedbackRate: m(2, 8, 0.25), //       a, d
  adoptionRate: m(3, 4, 0.75), //             a, c, d of evaluated a, c, d, e
  itemAdoptionRate: m(6, 12, 0.5), //          court's judgement: a 2 + c 1 + d 3 + e 0 of 4 × 3 items
  implementationRate: m(1, 3, 0.333333), //   a of a, c, d
  avgHoursToSign: m(124, 6, 20.67), //        2 + 24 + 24 + 48 + 2 + 24
  p90HoursToSign: m(48, 6, 48), //            ⌈5.4⌉ = 6th value 48 → bucket [48,60) capped at 48
  avgDaysToReply: m(120, 4, 30), //           20 + 40 + 20 + 40
  p90DaysToReply: m(40, 4, 40), //            ⌈3.6⌉ = 4th of 20, 20, 40, 40 → bucket [35,42) capped at 40
  overdue: { sign: m(2, 2, 1), reply: m(2, 2, 1), followUp: m(1, 2, 0.5) }, // b h | f g | c of c d
  major: m(2, 8, 0.25), //                    a, b
  copiedToSuperior: m(1, 8, 0.125), //        a
};

/** 金华市住建局 (its clerk): d, f, h. */
const ZJJ = {
  issued: m(3, 3, 1),
  signRate: m(2, 3, 0.666667), //             d, f
  feedbackRate: m(1, 3, 0.333333), //         d ÷ d, f, h (f's reply awaits approval; f and h are past due)
  onTimeFeedbackRate: m(1, 3, 0.333333), //   d
  adoptionRate: m(1, 1, 1), //                d
  itemAdoptionRate: m(3, 3, 1), //            d: ADOPTED, ADOPTED, PARTIALLY_ADOPTED
  implementationRate: m(0, 1, 0), //          d not yet confirmed
  avgHoursToSign: m(26, 2, 13), //            24 + 2
  p90HoursToSign: m(24, 2, 24),
  avgDaysToReply: m(20, 1, 20),
  p90DaysToReply: m(20, 1, 20), //            the one value 20 → bucket [14,21) capped at 20
  overdue: { sign: m(1, 1, 1), reply: m(1, 1, 1), followUp: m(0, 1, 0) }, // h | f | d (06-30) not due
  major: m(0, 3, 0),
  copiedToSuperior: m(0, 3, 0),
};

type Figures = typeof LANXI;
const figures = (body: Record<string, unknown>) => {
  // escalatedAdopted (no escalation in these data: 0 of 0) is asserted in escalation.e2e-spec.ts.
  const { scope: _s, asOf: _a, refreshedAt: _r, definitions: _d, escalatedAdopted, ...rest } = body;
  expect(escalatedAdopted).toEqual({ numerator: 0, denominator: 0, rate: null });
  return rest;
};
const flat = (f: Figures): Record<string, unknown[]> => {
  const out: Record<string, unknown[]> = {};
  for (const [k, v] of Object.entries(f)) {
    if (k === 'overdue') for (const [s, x] of Object.entries(v as Figures['overdue'])) out[`overdue.${s}`] = [x.numerator, x.denominator, x.rate];
    else out[k] = [(v as { numerator: number }).numerator, (v as { denominator: number }).denominator, (v as { rate: number | null }).rate];
  }
  return out;
};
const binary = (r: Response, cb: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (r as unknown as NodeJS.ReadableStream).on('data', (c: Buffer) => chunks.push(c));
  (r as unknown as NodeJS.ReadableStream).on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('statistics through the API after a scripted set of letters', () => {
  let t: TestApp;
  let a: Actors;
  const dl: Record<string, string> = {};
  const get = async (user: string, path: string) =>
    t
      .http()
      .get(path)
      .set(await a.as(user));
  const post = async (user: string, path: string, body: Record<string, unknown> = {}) => {
    const res = await t
      .http()
      .post(path)
      .set(await a.as(user))
      .send(body);
    if (res.status >= 300) throw new Error(`${user} POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const LX = { judge: 'lx.judge', head: 'lx.head', leader: 'lx.leader' };
  const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
  const at = (ms: number) => t.clock.set(new Date(T0.getTime() + ms));
  const reply = (user: string, id: string, stances: string[]) =>
    post(user, `/api/v1/deliveries/${id}/reply`, {
      content: '关于司法建议的回复',
      measures: '已部署整改',
      items: stances.map((stance, i) => ({ index: i + 1, stance, note: '说明' })),
    });

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    await a.createUser('lxzjj.clerk', 'AG-330781-ZJJ', ['AGENCY_CLERK']);
    const issue = async (who: typeof LX, title: string, main: string[], copy: string[] = [], extra: Record<string, unknown> = {}) => {
      const letter = await issuedLetter(t, a, who, letterBody(t, { title, replyPeriodMonths: 1, ...extra }, main, copy));
      const byOrg = (code: string) =>
        letter.deliveries.find((d: { organizationId: string; kind: string }) => d.organizationId === orgId(t, code) && d.kind === 'MAIN').id as string;
      return { id: letter.id as string, byOrg };
    };
    // T0: everything is issued; L3 is withdrawn at once.
    const L1 = await issue(LX, '关于加强农贸市场食品安全监管的司法建议', ['AG-330781-SCJG', 'AG-330781-ZJJ'], ['AG-330700-SCJG'], { major: true });
    const L2 = await issue(LX, '关于规范预付卡消费的司法建议', ['AG-330781-SCJG']);
    const L3 = await issue(LX, '关于规范物业维修资金使用的司法建议', ['AG-330781-ZJJ']);
    await post('lx.admin', `/api/v1/suggestions/${L3.id}/withdraw`, { reason: '与已发建议重复' });
    const J1 = await issue(JH, '关于老旧小区加装电梯的司法建议', ['AG-330700-ZJJ', 'AG-330700-FGW']);
    const J2 = await issue(JH, '关于商品房预售资金监管的司法建议', ['AG-330700-ZJJ', 'AG-330781-SCJG']);
    const J3 = await issue(JH, '关于建筑工地扬尘治理的司法建议', ['AG-330700-ZJJ']);
    Object.assign(dl, {
      a: L1.byOrg('AG-330781-SCJG'),
      b: L1.byOrg('AG-330781-ZJJ'),
      c: L2.byOrg('AG-330781-SCJG'),
      d: J1.byOrg('AG-330700-ZJJ'),
      e: J1.byOrg('AG-330700-FGW'),
      f: J2.byOrg('AG-330700-ZJJ'),
      g: J2.byOrg('AG-330781-SCJG'),
      h: J3.byOrg('AG-330700-ZJJ'),
    });

    const b = await get('lxzjj.clerk', `/api/v1/deliveries/${dl.b}`);
    expect(b.body).toMatchObject({ status: 'DELIVERED', signDueDate: '2031-03-06' });
    expect(b.body.replyDueDate < '2031-04-17').toBe(true);

    at(2 * 3600_000); // signed after 2 h
    await post('lxscjg.clerk', `/api/v1/deliveries/${dl.a}/sign`);
    await post('jhzjj.clerk', `/api/v1/deliveries/${dl.f}/sign`);
    at(DAY); // after 24 h
    await post('lxscjg.clerk', `/api/v1/deliveries/${dl.c}/sign`);
    await post('jhzjj.clerk', `/api/v1/deliveries/${dl.d}/sign`);
    await post('lxscjg.clerk', `/api/v1/deliveries/${dl.g}/sign`);
    at(2 * DAY); // after 48 h
    const e = await post('jhfgw.clerk', `/api/v1/deliveries/${dl.e}/sign`);
    expect(e.replyDueDate < '2031-04-12').toBe(true); // e and c are replied late on 04-12

    at(20 * DAY); // 03-23: on-time replies (due early April)
    const ra = await reply('lxscjg.clerk', dl.a, ['ADOPT', 'PARTIAL', 'DECLINE']);
    expect(ra.replyDueDate > '2031-03-23').toBe(true);
    await reply('jhzjj.clerk', dl.d, ['ADOPT', 'ADOPT', 'PARTIAL']);
    expect((await post('jhzjj.leader', `/api/v1/deliveries/${dl.d}/reply/approve`)).status).toBe('REPLIED');
    const rf = await reply('jhzjj.clerk', dl.f, ['ADOPT', 'ADOPT', 'ADOPT']); // never approved
    expect(rf).toMatchObject({ status: 'SIGNED', reply: { status: 'PENDING_APPROVAL' } });
    expect(rf.replyDueDate < '2031-04-17').toBe(true);

    at(40 * DAY); // 04-12: late replies
    expect((await reply('lxscjg.clerk', dl.c, ['ADOPT', 'ADOPT', 'ADOPT'])).status).toBe('REPLIED');
    await reply('jhfgw.clerk', dl.e, ['DECLINE', 'DECLINE', 'DECLINE']);

    at(41 * DAY); // 04-13: evaluations; a's implementation confirmed
    const judged = (...results: string[]) => results.map((result, i) => ({ index: i + 1, result }));
    const [Y, P, N] = ['ADOPTED', 'PARTIALLY_ADOPTED', 'NOT_ADOPTED'];
    await post('lx.admin', `/api/v1/deliveries/${dl.a}/evaluate`, { result: Y, comment: '采纳', followUpDate: '2031-04-14', items: judged(Y, P, N) });
    await post('lx.admin', `/api/v1/deliveries/${dl.c}/evaluate`, { result: P, comment: '部分采纳', followUpDate: '2031-04-14', items: judged(Y, N, N) });
    await post('jh.admin', `/api/v1/deliveries/${dl.d}/evaluate`, { result: Y, comment: '采纳', followUpDate: '2031-06-30', items: judged(Y, Y, P) });
    await post('jh.admin', `/api/v1/deliveries/${dl.e}/evaluate`, { result: N, comment: '未采纳', items: judged(N, N, N) });
    await post('lxscjg.clerk', `/api/v1/deliveries/${dl.a}/implementation`, { status: 'IMPLEMENTED', note: '已开展专项整治' });
    expect((await post('lx.admin', `/api/v1/deliveries/${dl.a}/implementation/confirm`, { comment: '经回访确认' })).status).toBe('IMPLEMENTED');

    at(45 * DAY); // 04-17: the rollups are rebuilt by the system administrator
    const refreshed = await post('admin', '/api/v1/stats/refresh');
    expect(refreshed).toMatchObject({ mode: 'full', asOf: '2031-04-17' });
  });
  afterAll(() => t.close());

  it('a court (兰溪): overview, by-agency and by-court equal the hand computation', async () => {
    const o = await get('lx.admin', '/api/v1/stats/overview');
    expect(o.status).toBe(200);
    expect(o.body.asOf).toBe('2031-04-17');
    expect(figures(o.body)).toEqual(LANXI);
    const ag = await get('lx.admin', '/api/v1/stats/by-agency');
    // 兰溪市场监管局: a, c — replied 2 of 2 due; 兰溪住建局: b — 0 of 1 due.
    expect(
      ag.body.items.map((r: { name: string; rank: number; metrics: Figures }) => [r.name, r.rank, r.metrics.issued.numerator, r.metrics.feedbackRate]),
    ).toEqual([
      ['兰溪市市场监督管理局', 1, 2, m(2, 2, 1)],
      ['兰溪市住房和城乡建设局', 2, 1, m(0, 1, 0)],
    ]);
    const courts = await get('lx.admin', '/api/v1/stats/by-court');
    expect(courts.body.items).toHaveLength(1);
    expect(courts.body.items[0]).toMatchObject({ id: orgId(t, 'COURT-330781'), rank: 1, metrics: LANXI });
  });

  it('a region (金华市人大, and regionCode=330700; the 中院 subtree is the same): figures, agencies, courts', async () => {
    for (const [user, q] of [
      ['jhrd.supervisor', ''],
      ['jhrd.supervisor', '?regionCode=330700'],
      ['jh.admin', ''],
    ]) {
      const o = await get(user, `/api/v1/stats/overview${q}`);
      expect([user, q, figures(o.body)]).toEqual([user, q, JINHUA]);
    }
    const lanxiInRegion = await get('jhrd.supervisor', '/api/v1/stats/overview?regionCode=330781');
    expect(figures(lanxiInRegion.body)).toEqual(LANXI);
    const ag = await get('jhrd.supervisor', '/api/v1/stats/by-agency?regionCode=330700');
    // feedback: 发改委 e 1/1; 兰溪市场监管局 a c g 2/3; 金华住建局 d f h 1/3; 兰溪住建局 b 0/1.
    expect(
      ag.body.items.map((r: { name: string; rank: number; metrics: Figures }) => [r.name, r.rank, r.metrics.issued.numerator, r.metrics.feedbackRate]),
    ).toEqual([
      ['金华市发展和改革委员会', 1, 1, m(1, 1, 1)],
      ['兰溪市市场监督管理局', 2, 3, m(2, 3, 0.666667)],
      ['金华市住房和城乡建设局', 3, 3, m(1, 3, 0.333333)],
      ['兰溪市住房和城乡建设局', 4, 1, m(0, 1, 0)],
    ]);
    expect(ag.body.items[2].metrics).toEqual(ZJJ);
    const courts = await get('jhrd.supervisor', '/api/v1/stats/by-court?regionCode=330700');
    // 中院 d e f g h = 5; 兰溪 a b c = 3 (ranked by issued).
    expect(courts.body.items.map((r: { name: string; rank: number; metrics: Figures }) => [r.name, r.rank, r.metrics.issued.numerator])).toEqual([
      ['金华市中级人民法院', 1, 5],
      ['兰溪市人民法院', 2, 3],
    ]);
    expect(courts.body.items[1].metrics).toEqual(LANXI);
    // 中院 alone: replied d e of due d e f g h = 2/5, on time d = 1/5.
    expect(courts.body.items[0].metrics.feedbackRate).toEqual(m(2, 5, 0.4));
    expect(courts.body.items[0].metrics.onTimeFeedbackRate).toEqual(m(1, 5, 0.2));
  });

  it('an agency (金华市住建局 clerk): only its own figures, its rank among the city’s agencies', async () => {
    const own = await get('jhzjj.clerk', '/api/v1/stats/overview');
    expect(own.status).toBe(200);
    expect(figures(own.body)).toEqual(ZJJ);
    const region = await get('jhzjj.clerk', `/api/v1/stats/overview?regionCode=330700&organizationId=${orgId(t, 'AG-330700-FGW')}`);
    expect(figures(region.body)).toEqual(ZJJ);
    const ag = await get('jhzjj.clerk', '/api/v1/stats/by-agency');
    expect(ag.body.items).toEqual([expect.objectContaining({ id: orgId(t, 'AG-330700-ZJJ'), rank: 3, metrics: ZJJ })]);
    expect(ag.body.total).toBe(4);
    expect(JSON.stringify(ag.body)).not.toContain('发展和改革委员会');
    const courts = await get('jhzjj.clerk', '/api/v1/stats/by-court');
    expect(courts.body.items).toEqual([expect.objectContaining({ id: orgId(t, 'COURT-330700'), metrics: ZJJ })]);
  });

  it('export.xlsx holds the same numbers for the court, the region and the agency', async () => {
    const cases: Array<[string, string, Figures, number]> = [
      ['lx.admin', '', LANXI, 2],
      ['jhrd.supervisor', '?regionCode=330700', JINHUA, 4],
      ['jhzjj.clerk', '', ZJJ, 1],
    ];
    for (const [user, q, expected, agencies] of cases) {
      const res = await t
        .http()
        .get(`/api/v1/stats/export.xlsx${q}`)
        .set(await a.as(user))
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as never);
      // 总览: under the title, subtitle and header rows, one row per figure: 指标, 数值, 分子, 分母 (— for no rate).
      const rows: Record<string, unknown[]> = {};
      wb.getWorksheet(EXPORT_SHEETS.overview)!.eachRow((row, n) => {
        const key = METRIC_KEYS.find((k) => METRIC_LABEL[k] === row.getCell(1).value);
        if (n > 3 && key) rows[key] = [row.getCell(3).value, row.getCell(4).value, row.getCell(2).value === '—' ? null : row.getCell(2).value];
      });
      const counts = ['issued', 'overdue.sign', 'overdue.reply', 'overdue.followUp', 'major', 'copiedToSuperior'];
      const shown = Object.fromEntries(Object.entries(flat(expected)).map(([k, [n, d, r]]) => [k, [n, d, counts.includes(k) ? n : r]]));
      expect([user, rows]).toEqual([user, shown]);
      // Title, subtitle, header, one row per agency, and for an agency the note naming its peers.
      expect(wb.getWorksheet(EXPORT_SHEETS.agencies)!.rowCount).toBe(3 + agencies + (user === 'jhzjj.clerk' ? 1 : 0));
    }
  });

  it('export.csv: UTF-8 with BOM, one row per agency with every metric, same numbers as by-agency', async () => {
    const csvOf = async (user: string, q: string) => {
      const res = await t
        .http()
        .get(`/api/v1/stats/export.csv${q}`)
        .set(await a.as(user))
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      const buf = res.body as Buffer;
      expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // No field of these figures holds a comma or quote, so a plain split reads it.
      const [header, ...rows] = buf
        .toString('utf8')
        .slice(1)
        .split('\r\n')
        .filter(Boolean)
        .map((l) => l.split(','));
      const col = (key: string) => header.findIndex((h) => h.endsWith(` ${key}.numerator`));
      const metric = (row: string[], key: string) => {
        const i = col(key);
        return m(Number(row[i]), Number(row[i + 1]), row[i + 2] === '' ? null : Number(row[i + 2]));
      };
      return { header, rows, metric };
    };
    const rd = await csvOf('jhrd.supervisor', '?regionCode=330700');
    expect(rd.header.slice(0, 3)).toEqual(['名次 rank', '单位 organization', 'id']);
    expect(rd.header).toContain('反馈率 feedbackRate.numerator');
    expect(rd.header).toHaveLength(3 + 3 * 16); // rank, name, id + numerator, denominator, rate of 16 metrics
    expect(rd.rows.map((r) => [r[0], r[1]])).toEqual([
      ['1', '金华市发展和改革委员会'],
      ['2', '兰溪市市场监督管理局'],
      ['3', '金华市住房和城乡建设局'],
      ['4', '兰溪市住房和城乡建设局'],
    ]);
    const zjjRow = rd.rows.find((r) => r[2] === orgId(t, 'AG-330700-ZJJ'))!;
    for (const [key, value] of Object.entries(flat(ZJJ))) expect([key, Object.values(rd.metric(zjjRow, key))]).toEqual([key, value]);
    expect(rd.metric(rd.rows[3], 'feedbackRate')).toEqual(m(0, 1, 0)); // 兰溪住建局: b
    expect(rd.metric(rd.rows[3], 'avgHoursToSign')).toEqual(m(0, 0, null)); // nothing signed: empty rate
    const own = await csvOf('jhzjj.clerk', `?organizationId=${orgId(t, 'AG-330700-FGW')}`);
    expect(own.rows).toHaveLength(1);
    expect(own.rows[0].slice(0, 3)).toEqual(['3', '金华市住房和城乡建设局', orgId(t, 'AG-330700-ZJJ')]);
    expect(own.metric(own.rows[0], 'onTimeFeedbackRate')).toEqual(ZJJ.onTimeFeedbackRate);
    const lx = await csvOf('lx.admin', '');
    expect(lx.rows.map((r) => [r[1], lx.metric(r, 'issued').numerator])).toEqual([
      ['兰溪市市场监督管理局', 2],
      ['兰溪市住房和城乡建设局', 1],
    ]);
    expect(
      (
        await t
          .http()
          .get('/api/v1/stats/export.csv?regionCode=330100')
          .set(await a.as('jhrd.supervisor'))
      ).status,
    ).toBe(404);
    expect(
      (
        await t
          .http()
          .get('/api/v1/stats/export.csv')
          .set(await a.as('lx.judge'))
      ).status,
    ).toBe(403);
  });
});
