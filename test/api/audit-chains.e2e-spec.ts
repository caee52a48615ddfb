import { AuditService, chainFor, SYSTEM_ACTOR } from '@app/audit';
import { createTestApp, TestApp } from '../harness';

/**
 * The audit trail is several hash chains appended in parallel (see the AuditChains migration).
 * Each chain must still reveal a removed, reordered, moved or changed row, whichever chain it is
 * in, and parallel appends must leave every chain intact.
 */
describe('audit trail: parallel chains', () => {
  let t: TestApp;
  let admin: string;
  let audit: AuditService;
  type Row = Record<string, unknown> & { id: string; chain: number };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    audit = t.app.get(AuditService);
    // 60 events at once, three per entity: appends to one chain queue, different chains do not.
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => audit.recordAlone(SYSTEM_ACTOR, { action: 'test.event', entityType: 'thing', entityId: `e${i % 20}`, data: { i } })),
    );
  });
  afterAll(() => t.close());

  const verify = async () => (await t.http().get('/api/v1/audit/verify').set('authorization', `Bearer ${admin}`)).body;
  const rowsOf = (ids: string[]): Promise<Row[]> =>
    t.ds.query(`SELECT to_jsonb(e) AS r FROM audit_events e WHERE id = ANY($1) ORDER BY id`, [ids]).then((rs) => rs.map((x: { r: Row }) => x.r));
  /** As an attacker with database access: the append-only trigger switched off. */
  const asAttacker = (fn: (q: (sql: string, params?: unknown[]) => Promise<unknown>) => Promise<void>) =>
    t.ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await fn((sql, params) => m.query(sql, params));
    });
  /** Deletes the rows with these ids and inserts `rows` (with their own ids) in their place. */
  const replace = (ids: string[], rows: Row[]) =>
    asAttacker(async (q) => {
      await q(`DELETE FROM audit_events WHERE id = ANY($1)`, [ids]);
      if (rows.length)
        await q(`INSERT INTO audit_events OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_recordset(NULL::audit_events, $1::jsonb)`, [
          JSON.stringify(rows),
        ]);
    });
  /** Three consecutive rows of a chain other than 0. */
  const rowsOfAChain = async (): Promise<{ chain: number; ids: string[] }> => {
    const [c] = await t.ds.query(
      `SELECT chain, (array_agg(id::text ORDER BY id))[1:3] AS ids FROM audit_events WHERE chain <> 0 GROUP BY chain HAVING count(*) >= 3 ORDER BY chain LIMIT 1`,
    );
    return c;
  };

  it('spreads parallel appends over several chains, keeps each entity in one, and every chain verifies', async () => {
    const [{ chains, total }] = await t.ds.query(`SELECT count(DISTINCT chain)::int AS chains, count(*)::int AS total FROM audit_events`);
    expect(chains).toBeGreaterThan(4);
    const perEntity = await t.ds.query(
      `SELECT entity_id, count(*)::int AS n, count(DISTINCT chain)::int AS c, min(chain) AS chain FROM audit_events WHERE action = 'test.event' GROUP BY entity_id`,
    );
    expect(perEntity).toHaveLength(20);
    for (const e of perEntity) expect([e.n, e.c, e.chain]).toEqual([3, 1, chainFor(`thing:${e.entity_id}`)]);
    expect(await verify()).toEqual({ valid: true, checked: total, firstBrokenId: null, reason: null, checkpoints: 0, problems: [] });
  });

  it('keeps a transaction to the chain of its first event (never two chain locks at once)', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    const [k1, k2] = [keys[0], keys.find((k) => chainFor(`thing:${k}`) !== chainFor(`thing:${keys[0]}`))!];
    await t.ds.transaction(async (m) => {
      await audit.record(m, SYSTEM_ACTOR, { action: 'test.pair', entityType: 'thing', entityId: k1 });
      await audit.record(m, SYSTEM_ACTOR, { action: 'test.pair', entityType: 'thing', entityId: k2 });
    });
    const rows = await t.ds.query(`SELECT chain FROM audit_events WHERE action = 'test.pair' ORDER BY id`);
    expect(rows.map((r: { chain: number }) => r.chain)).toEqual([chainFor(`thing:${k1}`), chainFor(`thing:${k1}`)]);
    expect((await verify()).valid).toBe(true);
  });

  it('refuses to append inside a REPEATABLE READ transaction (it could miss the chain head)', async () => {
    await expect(
      t.ds.transaction('REPEATABLE READ', (m) => audit.record(m, SYSTEM_ACTOR, { action: 'test.rr', entityType: 'thing', entityId: 'rr' })),
    ).rejects.toThrow(/READ COMMITTED/);
    expect(await t.ds.query(`SELECT 1 FROM audit_events WHERE action = 'test.rr'`)).toHaveLength(0);
  });

  it('names the row after one deleted from the middle of a chain', async () => {
    const { ids } = await rowsOfAChain();
    const original = await rowsOf([ids[1]]);
    await replace([ids[1]], []);
    expect(await verify()).toMatchObject({ valid: false, firstBrokenId: ids[2], reason: expect.stringMatching(/removed/) });
    await replace([], original);
    expect((await verify()).valid).toBe(true);
  });

  it('names the first of two rows of a chain that swapped places', async () => {
    const { ids } = await rowsOfAChain();
    const original = await rowsOf([ids[0], ids[1]]);
    await replace(
      [ids[0], ids[1]],
      [
        { ...original[1], id: original[0].id },
        { ...original[0], id: original[1].id },
      ],
    );
    expect(await verify()).toMatchObject({ valid: false, firstBrokenId: ids[0] });
    await replace([ids[0], ids[1]], original);
    expect((await verify()).valid).toBe(true);
  });

  it('names a broken link, a changed row and a row moved to another chain, in a chain other than the first', async () => {
    const { chain, ids } = await rowsOfAChain();
    const [row] = await rowsOf([ids[1]]);
    await replace([ids[1]], [{ ...row, prev_hash: 'f'.repeat(64) }]);
    expect(await verify()).toMatchObject({ valid: false, firstBrokenId: ids[1], reason: expect.stringMatching(/prev_hash/) });
    await replace([ids[1]], [{ ...row, data: { ...(row.data as object), i: -1 } }]);
    expect(await verify()).toMatchObject({ valid: false, firstBrokenId: ids[1], reason: expect.stringMatching(/changed/) });
    await replace([ids[1]], [{ ...row, chain: (chain + 1) % 32 }]);
    expect(await verify()).toMatchObject({ valid: false, firstBrokenId: ids[1] });
    await replace([ids[1]], [row]);
    expect((await verify()).valid).toBe(true);
  });

  it('names the lowest broken row when rows of two chains are changed', async () => {
    const { chain, ids } = await rowsOfAChain();
    const other = Array.from({ length: 40 }, (_, i) => `later${i}`).find((k) => chainFor(`thing:${k}`) !== chain)!;
    await audit.recordAlone(SYSTEM_ACTOR, { action: 'test.later', entityType: 'thing', entityId: other });
    const [later] = await t.ds.query(`SELECT id::text AS id FROM audit_events WHERE action = 'test.later'`);
    const originals = await rowsOf([ids[2], later.id]);
    await replace(
      [ids[2], later.id],
      originals.map((r) => ({ ...r, action: 'x' })),
    );
    expect(await verify()).toMatchObject({ valid: false, firstBrokenId: ids[2] });
    await replace([ids[2], later.id], originals);
    expect((await verify()).valid).toBe(true);
  });
});
