import { QueryRunner } from 'typeorm';
import { createTestApp, TestApp } from '../harness';
import { AdministrativeCausesCompleted1765610000000 } from '../../migrations/1765610000000-AdministrativeCausesCompleted';

/**
 * The administrative 案由 of the 2020 规定 and the last civil fourth levels reach a database that
 * holds cases under the catalogue's earlier codes and names: the migration adds the causes, gives
 * three causes their official wording (their codes, and so their cases, stay), and stops — writing
 * nothing — when a code carries a name the catalogue never gave it. Checked by dropping the renames
 * from `up`: the first test then still finds 不履行法定职责 on the stored case.
 */
describe('案由 catalogue: the administrative causes migration', () => {
  let t: TestApp;
  let admin: string;
  let judge: string;
  const migration = new AdministrativeCausesCompleted1765610000000();
  const as = (tok: string) => ({ authorization: `Bearer ${tok}` });
  /** The administrative third-level causes the previous release held (field-based subdivisions). */
  const KEPT = [
    'X010101',
    'X010102',
    'X010103',
    'X010104',
    'X010105',
    'X010106',
    'X010301',
    'X010501',
    'X010502',
    'X010601',
    'X010602',
    'X010701',
    'X010801',
    'X010802',
    'X011801',
    'X011802',
    'X012101',
    'X012102',
  ];

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-01-15T02:00:00Z') });
    admin = await t.login('lx.admin');
    judge = await t.login('lx.judge');
  });
  afterAll(() => t.close());

  /** A migration step in its own transaction, as the migration runner gives it. */
  const run = (fn: (q: QueryRunner) => Promise<void>) => t.ds.transaction((m) => fn(m.queryRunner!));
  /** The catalogue as the previous release left it: the former names, none of the causes added since. */
  const previousRelease = () =>
    run(async (q) => {
      await migration.down(q);
      await q.query(
        `DELETE FROM case_causes WHERE (kind = 'ADMINISTRATIVE' AND level = 3 AND code <> ALL($1))
            OR parent_code IN (SELECT code FROM case_causes WHERE name IN ('仿冒纠纷', '确认不侵害知识产权纠纷', '因申请知识产权临时措施损害责任纠纷'))`,
        [KEPT],
      );
    });
  const held = async (code: string) => (await t.ds.query(`SELECT name FROM case_causes WHERE code = $1`, [code]))[0]?.name ?? null;
  const countCauses = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM case_causes`))[0].n as number;

  it('adds the causes, renames three to the official wording, and the cases stored under them keep their 案由', async () => {
    const imported = await t
      .http()
      .post('/api/v1/cases/bulk')
      .set(as(admin))
      .send({
        cases: [{ caseNumber: '(2025)浙0781行初7号', cause: '不履行法定职责', filedOn: '2025-04-01', parties: [{ kind: '行政机关', name: '兰溪市某局' }] }],
      });
    expect(imported.body).toMatchObject({ created: 1, errors: [] });
    const total = await countCauses();
    await previousRelease();
    expect([await held('X01'), await held('X0121'), await held('X0122'), await held('X010107')]).toEqual(['行政案件', '不履行法定职责', '行政公益诉讼', null]);
    const before = await countCauses();
    expect(before).toBeLessThan(total);

    await run((q) => migration.up(q));
    expect(await countCauses()).toBe(total);
    expect([await held('X01'), await held('X0121'), await held('X0122'), await held('X010107')]).toEqual([
      '行政行为',
      '不履行××职责',
      '××（行政行为）公益诉讼',
      '警告',
    ]);
    const list = await t.http().get('/api/v1/cases').query({ caseNumber: '（2025）浙0781行初7号' }).set(as(judge));
    expect(list.body.items.map((c: { cause: { code: string; name: string } }) => c.cause)).toEqual([{ code: 'X0121', name: '不履行××职责' }]);
  });

  it('stops without writing anything when a code carries a name the catalogue never gave it', async () => {
    await t.ds.query(`UPDATE case_causes SET name = '某个改过的名称' WHERE code = 'X0101'`);
    await t.ds.query(`DELETE FROM case_causes WHERE code = 'X010121'`);
    await t.ds.query(`UPDATE case_causes SET name = '行政案件' WHERE code = 'X01'`);
    await expect(run((q) => migration.up(q))).rejects.toThrow('X0101 某个改过的名称');
    expect([await held('X01'), await held('X010121')]).toEqual(['行政案件', null]);
    await t.ds.query(`UPDATE case_causes SET name = '行政处罚' WHERE code = 'X0101'`);
    await run((q) => migration.up(q));
    expect([await held('X01'), await held('X010121')]).toEqual(['行政行为', '责令限期拆除']);
  });

  it('the catalogue answers the official administrative causes, their templates filled in, and former names', async () => {
    const search = async (q: string) =>
      (await t.http().get('/api/v1/cases/causes').query({ q }).set(as(judge))).body as Array<{ code: string; name: string; path: string[] }>;
    expect((await search('行政行为')).find((c) => c.code === 'X01')).toMatchObject({ name: '行政行为', path: ['行政行为'] });
    expect((await search('（行政协议）无效')).map((c) => c.name)).toEqual(['确认××（行政协议）无效或有效']);
    expect((await search('确认不侵害')).map((c) => c.name)).toContain('确认不侵害集成电路布图设计专用权纠纷');
    const rows = [
      { caseNumber: '(2025)浙0781行初8号', cause: '订立国有土地使用权出让协议', filedOn: '2025-04-02' },
      { caseNumber: '(2025)浙0781行初9号', cause: '行政公益诉讼', filedOn: '2025-04-03' },
      { caseNumber: '(2025)浙0781行初10号', cause: '责令限期拆除', filedOn: '2025-04-04' },
    ];
    expect((await t.http().post('/api/v1/cases/bulk').set(as(admin)).send({ cases: rows })).body).toMatchObject({ created: 3, errors: [] });
    const stored = await t.ds.query(`SELECT case_number, cause_code FROM cases WHERE case_number = ANY($1) ORDER BY seq`, [
      ['（2025）浙0781行初8号', '（2025）浙0781行初9号', '（2025）浙0781行初10号'],
    ]);
    expect(stored.map((r: { cause_code: string }) => r.cause_code)).toEqual(['X011803', 'X0122', 'X010121']);
    const trends = await t.http().get('/api/v1/cases/trends').query({ cause: '行政案件', from: '2025-01', to: '2025-12', granularity: 'year' }).set(as(judge));
    expect([trends.status, trends.body.total]).toEqual([200, 4]);
  });
});
