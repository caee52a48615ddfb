import { Readable } from 'node:stream';
import { copyImportCases, rebuildCaseRollups } from '@app/cases';
import { createTestApp, TestApp } from '../harness';
import { casesOf, everyMonth } from './cases.fixture';

/**
 * Case records: import (rows reported, idempotent by 案号), the list, the catalogue and trends
 * against hand counts. Each expectation was checked to fail once: with the upsert's
 * `IS DISTINCT FROM` dropped, the re-import reported 3 updated instead of 1; with trends' children
 * range replaced by an equality, the 合同纠纷 year showed 0 instead of 17.
 */
describe('case records: import and trends', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const as = (u: string) => ({ authorization: `Bearer ${tok[u]}` });
  const count = async (sql: string, params: unknown[] = []) => (await t.ds.query(sql, params))[0].n as number;
  /** After records were deleted behind the import's back (test cleanup): the court's rollups and its areas'. */
  const rebuildRollups = (code: string) => t.ds.transaction((m) => rebuildCaseRollups(m, [t.dir.orgs.get(code)!.id]));

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-01-15T02:00:00Z') });
    for (const u of ['jh.admin', 'lx.admin', 'lx.judge', 'jhzjj.clerk', 'jhrd.supervisor', 'admin']) tok[u] = await t.login(u);
    const rows = casesOf([
      { court: '浙0781', cause: '物业服务合同纠纷', months: everyMonth('2024-01', '2024-10', 1) },
      { court: '浙0781', cause: '物业服务合同纠纷', months: everyMonth('2025-01', '2025-05', 2), party: '兰溪某物业服务有限公司' },
      { court: '浙0781', cause: '物业服务合同纠纷', months: everyMonth('2025-06', '2025-07', 2) },
      { court: '浙0702', cause: '物业服务合同纠纷', months: { '2025-02': 5 } },
      { court: '浙0781', cause: '民间借贷纠纷', months: { '2025-03': 3 } },
    ]);
    const res = await t.http().post('/api/v1/cases/bulk').set(as('jh.admin')).send({ cases: rows });
    expect(res.body).toMatchObject({ created: 32, updated: 0, errors: [] });
  });
  afterAll(() => t.close());

  describe('import', () => {
    const good = [
      {
        caseNumber: '(2025)浙0781民初9001号',
        cause: '物业服务合同纠纷',
        filedOn: '2025-08-01',
        parties: [
          { kind: '自然人', name: '张三' },
          { kind: '法人', name: '兰溪某物业服务有限公司' },
        ],
      },
      { caseNumber: '（2025）浙0781民初9002号', cause: 'M0401', filedOn: '2025-08-02' },
      { caseNumber: ' ( 2025 ) 浙0781 民初 9003 ', cause: '民间借贷纠纷', filedOn: '2025-08-03', amount: '12,000', keywords: '网贷、利息' },
    ];

    it('reports bad rows by row and field, writes the good ones, never a natural person’s name', async () => {
      const bad = [
        { caseNumber: '2025浙0781民初1号', cause: '物业服务合同纠纷', filedOn: '2025-01-01' },
        { caseNumber: '(2025)浙0799民初1号', cause: '物业服务合同纠纷', filedOn: '2025-01-01' },
        { caseNumber: '(2025)浙0106民初1号', cause: '物业服务合同纠纷', filedOn: '2025-01-01' },
        { caseNumber: '(2025)浙0781民初9001号', cause: '物业服务合同纠纷', filedOn: '2025-01-01' },
      ];
      const res = await t
        .http()
        .post('/api/v1/cases/bulk')
        .set(as('lx.admin'))
        .send({ cases: [...good, ...bad] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ created: 3, updated: 0, unchanged: 0, naturalPersonNamesDropped: 1 });
      expect(res.body.errors).toEqual([
        { row: 4, field: 'caseNumber', message: expect.stringMatching(/^案号格式不正确：案号应以括号中的四位收案年度开头/) },
        { row: 5, field: 'caseNumber', message: '法院代字“浙0799”未在机构目录中登记' },
        { row: 6, field: 'caseNumber', message: '案号所属法院（浙0106）不在本院及下级法院范围内' },
        { row: 7, field: 'caseNumber', message: '案号与第1行重复' },
      ]);
      expect(await count(`SELECT count(*)::int AS n FROM cases WHERE parties::text LIKE '%张三%'`)).toBe(0);
      const [row] = await t.ds.query(`SELECT case_number, court_code, type_word, seq, amount::float8 AS amount, keywords FROM cases WHERE seq = 9003`);
      expect(row).toEqual({
        case_number: '（2025）浙0781民初9003号',
        court_code: '浙0781',
        type_word: '民初',
        seq: 9003,
        amount: 12000,
        keywords: ['网贷', '利息'],
      });
      const [audit] = await t.ds.query(`SELECT data FROM audit_events WHERE action = 'cases.import' ORDER BY id DESC LIMIT 1`);
      expect(audit.data).toMatchObject({ source: 'api', rows: 7, created: 3, updated: 0, rejected: 4 });
    });

    it('re-importing updates what changed and never duplicates', async () => {
      const again = [{ ...good[0], outcome: '调解' }, good[1], good[2]];
      const res = await t.http().post('/api/v1/cases/bulk').set(as('lx.admin')).send({ cases: again });
      expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 2, errors: [] });
      expect(await count(`SELECT count(*)::int AS n FROM cases WHERE seq BETWEEN 9001 AND 9003`)).toBe(3);
      const list = await t.http().get('/api/v1/cases').query({ caseNumber: '(2025)浙0781民初9001号' }).set(as('lx.admin'));
      expect(list.body).toMatchObject({ total: 1, items: [{ caseNumber: '（2025）浙0781民初9001号', outcome: '调解', cause: { name: '物业服务合同纠纷' } }] });
      await t.ds.query(`DELETE FROM cases WHERE seq BETWEEN 9001 AND 9003`);
      await rebuildRollups('COURT-330781');
    });

    it('who: court admins and their tokens import; judges, agencies and the anonymous cannot; bad input writes nothing', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM cases`);
      const one = { cases: [good[1]] };
      expect((await t.http().post('/api/v1/cases/bulk').set(as('lx.judge')).send(one)).status).toBe(403);
      expect((await t.http().post('/api/v1/cases/bulk').set(as('jhzjj.clerk')).send(one)).status).toBe(403);
      expect((await t.http().post('/api/v1/cases/bulk').send(one)).status).toBe(401);
      const notArray = await t.http().post('/api/v1/cases/bulk').set(as('lx.admin')).send({ cases: 'x' });
      expect([notArray.status, notArray.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const tooMany = await t
        .http()
        .post('/api/v1/cases/bulk')
        .set(as('lx.admin'))
        .send({ cases: Array.from({ length: 10_001 }, (_, i) => ({ ...good[1], caseNumber: `(2025)浙0781民初${20000 + i}号` })) });
      expect([tooMany.status, tooMany.body.code]).toEqual([413, 'TOO_MANY_CASES']);
      expect(await count(`SELECT count(*)::int AS n FROM cases`)).toBe(before);
    });

    it('uploads a CSV: rows numbered as in the file', async () => {
      const csv =
        '案号,案由,立案日期,当事人,关键词\n(2025)浙0781民初9101号,物业服务合同纠纷,2025/8/1,法人:兰溪某物业服务有限公司；自然人:李四,\nbad,物业服务合同纠纷,2025-08-01,,\n';
      const res = await t.http().post('/api/v1/cases/import').set(as('lx.admin')).attach('file', Buffer.from(csv), 'cases.csv');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ rows: 2, created: 1, naturalPersonNamesDropped: 1, errors: [{ row: 3, field: 'caseNumber' }] });
      const junk = await t.http().post('/api/v1/cases/import').set(as('lx.admin')).attach('file', Buffer.from('hello,world\n1,2\n'), 'x.csv');
      expect([junk.status, junk.body.code]).toEqual([422, 'CASE_FILE_UNREADABLE']);
      await t.ds.query(`DELETE FROM cases WHERE seq = 9101`);
      await rebuildRollups('COURT-330781');
    });
  });

  it('the operator import streams a CSV with COPY: same checks, idempotent, rollups rebuilt', async () => {
    const csv = [
      '\uFEFF案号,案由,立案日期,结案日期,结案方式,当事人,标的额,关键词',
      '(2025)浙0702民初9201号,物业服务合同纠纷,2025-09-01,2025-10-01,判决,"法人:婺城某物业公司;自然人:王五",1500,"停车,物业费"',
      '(2025)浙0702民初9202号,物业服务合同纠纷,2025-09-02,,,,,',
      '(2025)浙0799民初1号,物业服务合同纠纷,2025-09-02,,,,,',
      '(2025)浙0702民初9202号,物业服务合同纠纷,2025-09-02,,,,,',
      'x,物业服务合同纠纷,2025-09-02,,,,,',
    ].join('\n');
    const first = await copyImportCases(t.ds, Readable.from([csv]), { today: '2026-01-15', batch: 100 });
    expect(first).toMatchObject({ rows: 5, created: 2, updated: 0, errorCount: 3, naturalPersonNamesDropped: 1, courts: 1 });
    expect(first.errors.map((e) => e.row)).toEqual([4, 5, 6]);
    const again = await copyImportCases(t.ds, Readable.from([csv.replace('2025-10-01,判决', '2025-10-02,调解')]), { today: '2026-01-15' });
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const [row] = await t.ds.query(`SELECT parties, party_names, keywords, outcome FROM cases WHERE case_number = '（2025）浙0702民初9201号'`);
    expect(row).toEqual({
      parties: [{ kind: '法人', name: '婺城某物业公司' }, { kind: '自然人' }],
      party_names: ['婺城某物业公司'],
      keywords: ['停车', '物业费'],
      outcome: '调解',
    });
    expect(await count(`SELECT cases::int AS n FROM case_monthly WHERE month = '2025-09-01' AND keyword = '停车'`)).toBe(1);
    // Many batches: each is written while the next is read; every row lands once, the rollup counts them all.
    const many = [
      '案号,案由,立案日期',
      ...Array.from({ length: 2000 }, (_, i) => `(2025)浙0702民初${20001 + i}号,物业服务合同纠纷,2025-09-${String(1 + (i % 28)).padStart(2, '0')}`),
    ];
    const batched = await copyImportCases(t.ds, Readable.from(many.map((l) => l + '\n')), { today: '2026-01-15', batch: 100 });
    expect(batched).toMatchObject({ rows: 2000, created: 2000, updated: 0, unchanged: 0, errorCount: 0 });
    expect(await count(`SELECT count(*)::int AS n FROM cases WHERE seq BETWEEN 20001 AND 22000`)).toBe(2000);
    const court = t.dir.orgs.get('COURT-330702')!.id;
    expect(await count(`SELECT cases::int AS n FROM case_monthly WHERE month = '2025-09-01' AND keyword = '' AND court_id = $1`, [court])).toBe(2002);
    await t.ds.query(`DELETE FROM cases WHERE seq BETWEEN 20001 AND 22000`);
    await t.ds.query(`DELETE FROM cases WHERE seq IN (9201, 9202)`);
    await rebuildRollups('COURT-330702');
  });

  describe('trends', () => {
    const trends = (u: string, q: Record<string, string>) => t.http().get('/api/v1/cases/trends').query(q).set(as(u));

    it('counts by quarter with year-on-year change and top parties, for a court’s subtree', async () => {
      const res = await trends('jh.admin', { cause: '物业服务合同纠纷', from: '2025-01', to: '2025-12', granularity: 'quarter' });
      expect(res.status).toBe(200);
      // Hand counts: 兰溪 2024 Jan–Oct 1 a month; 2025 Jan–Jul 2 a month; 婺城 5 in 2025-02.
      expect(res.body.series).toEqual([
        { period: '2025-Q1', cases: 11, previousYear: 3, change: 2.6667 },
        { period: '2025-Q2', cases: 6, previousYear: 3, change: 1 },
        { period: '2025-Q3', cases: 2, previousYear: 3, change: -0.3333 },
        { period: '2025-Q4', cases: 0, previousYear: 1, change: -1 },
      ]);
      expect(res.body).toMatchObject({ total: 19, previousTotal: 10, change: 0.9, cause: { name: '物业服务合同纠纷' } });
      expect(res.body.topParties[0]).toEqual({ name: '兰溪某物业服务有限公司', cases: 10 });
      expect(res.body.method).toContain('同比');
    });

    it('a cause includes its children; court and region narrow it', async () => {
      const year = await trends('jh.admin', {
        cause: '合同纠纷',
        courtId: t.dir.orgs.get('COURT-330781')!.id,
        from: '2025-01',
        to: '2025-12',
        granularity: 'year',
      });
      expect(year.body.series).toEqual([{ period: '2025', cases: 17, previousYear: 10, change: 0.7 }]);
      expect(year.body.byCause.map((c: { name: string; cases: number }) => [c.name, c.cases])).toEqual([
        ['物业服务合同纠纷', 14],
        ['借款合同纠纷', 3],
      ]);
      const region = await trends('jh.admin', { cause: '物业服务合同纠纷', regionCode: '330702', from: '2025-01', to: '2025-12' });
      expect(region.body.total).toBe(5);
    });

    it('who sees what: 人大 its region, a county court not its neighbour, agencies nothing; bad input is 4xx', async () => {
      expect((await trends('jhrd.supervisor', { from: '2025-01', to: '2025-12' })).body.total).toBe(22);
      expect((await trends('lx.admin', { courtId: t.dir.orgs.get('COURT-330702')!.id })).status).toBe(404);
      const agency = await trends('jhzjj.clerk', {});
      expect([agency.status, agency.body.code]).toEqual([403, 'NO_CASE_SCOPE']);
      expect((await trends('jh.admin', { granularity: 'week' })).status).toBe(400);
      expect((await trends('jh.admin', { from: '2025-13' })).status).toBe(400);
      const cause = await trends('jh.admin', { cause: '不存在的纠纷' });
      expect([cause.status, cause.body.code]).toEqual([422, 'CAUSE_UNKNOWN']);
      expect((await t.http().get('/api/v1/cases/trends')).status).toBe(401);
    });
  });

  it('the catalogue answers by name and by code', async () => {
    const res = await t.http().get('/api/v1/cases/causes').query({ q: '物业服务' }).set(as('lx.judge'));
    expect(res.body[0]).toMatchObject({ name: '物业服务合同纠纷', level: 3, path: ['合同、准合同纠纷', '合同纠纷', '物业服务合同纠纷'] });
    const top = await t.http().get('/api/v1/cases/causes').set(as('lx.judge'));
    expect(top.body.filter((c: { level: number; kind: string }) => c.level === 1 && c.kind === 'CIVIL')).toHaveLength(11);
  });

  it('a court’s 法院代字 is unique and well formed', async () => {
    const lx = t.dir.orgs.get('COURT-330781')!;
    const taken = await t.http().patch(`/api/v1/organizations/${lx.id}`).set(as('admin')).send({ caseCode: '浙07' });
    expect([taken.status, taken.body.code]).toEqual([409, 'CASE_CODE_TAKEN']);
    const bad = await t.http().patch(`/api/v1/organizations/${lx.id}`).set(as('admin')).send({ caseCode: 'ZJ0781' });
    expect([bad.status, bad.body.code]).toEqual([422, 'CASE_CODE_INVALID']);
    const agency = await t
      .http()
      .patch(`/api/v1/organizations/${t.dir.orgs.get('AG-330700-ZJJ')!.id}`)
      .set(as('admin'))
      .send({ caseCode: '浙0799' });
    expect(agency.status).toBe(422);
  });
});
