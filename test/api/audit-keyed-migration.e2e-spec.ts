import { AUDIT_ROW_COLUMNS, auditPayload, AuditRow, chainGenesis, legacyAuditHash, rowContent } from '@app/audit';
import { createTestApp, TestApp } from '../harness';
import { QueryRunner } from 'typeorm';
import { AuditKeyedChains1763778700000 } from '../../migrations/1763778700000-AuditKeyedChains';

/**
 * The AuditKeyedChains migration re-chains the rows written before it under AUDIT_HMAC_KEY (no
 * unkeyed scheme lives on in /audit/verify), records in a keyed `audit.rekeyed` event whether the
 * old chains held (so tampering done before the upgrade is not laundered away), and refuses to
 * run without the key where the key is required. `down` goes back to plain SHA-256 chains.
 * Checked by skipping the re-chaining in `up`: the first test then finds every old row broken.
 */
describe('audit trail: the keyed re-chaining migration', () => {
  let t: TestApp;
  let admin: string;
  const migration = new AuditKeyedChains1763778700000();

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    await t.login('lx.judge');
  });
  afterAll(() => t.close());

  const run = async (fn: (q: QueryRunner) => Promise<void>) => {
    const q = t.ds.createQueryRunner();
    await q.startTransaction();
    try {
      await fn(q);
      await q.commitTransaction();
    } catch (e) {
      await q.rollbackTransaction();
      throw e;
    } finally {
      await q.release();
    }
  };
  /** The first row that does not hold under the plain SHA-256 scheme, or null. */
  const legacyBroken = async (): Promise<string | null> => {
    const heads = new Map<number, string>();
    for (const r of (await t.ds.query(`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_events ORDER BY id`)) as AuditRow[]) {
      if (r.prev_hash !== (heads.get(r.chain) ?? chainGenesis(r.chain)) || legacyAuditHash(r.prev_hash, rowContent(r)) !== r.hash) return r.id;
      heads.set(r.chain, r.hash);
    }
    return null;
  };
  const verify = async () => (await t.http().get('/api/v1/audit/verify').set('authorization', `Bearer ${admin}`)).body;
  /** Back to the previous release's scheme, plus one row appended the old way (the payload, unkeyed). */
  const downAndWriteTheOldWay = () =>
    run(async (q) => {
      await migration.down(q);
      const at = new Date('2031-01-02T03:04:05.678Z');
      const payload = auditPayload({
        occurredAt: at,
        actorUserId: null,
        actorName: 'system',
        actorOrgId: null,
        action: 'test.old',
        entityType: 'thing',
        entityId: null,
        organizationId: null,
        data: { old: 'row' },
        ip: null,
        correlationId: null,
      });
      await q.query(`SELECT * FROM audit_append(3, $1, $2, NULL, 'system', NULL, 'test.old', 'thing', NULL, NULL, '{"old":"row"}', NULL, NULL)`, [payload, at]);
    });

  it('re-chains the rows of the unkeyed scheme under the key; the trail verifies and says so in a keyed event', async () => {
    await downAndWriteTheOldWay();
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_events`);
    expect(await legacyBroken()).toBeNull();
    await run((q) => migration.up(q));
    expect(await verify()).toMatchObject({ valid: true, checked: n + 1, problems: [] });
    const [event] = await t.ds.query(`SELECT actor_name, data FROM audit_events WHERE action = 'audit.rekeyed'`);
    expect(event).toEqual({ actor_name: 'system', data: { rows: n, legacyValid: true, legacyFirstBrokenId: null } });
  });

  it('records old-scheme tampering found at the upgrade instead of hiding it', async () => {
    await downAndWriteTheOldWay();
    const [{ id }] = await t.ds.query(`SELECT min(id)::text AS id FROM audit_events WHERE action = 'auth.login'`);
    await run(async (q) => {
      await q.query(`SET LOCAL session_replication_role = replica`);
      await q.query(`UPDATE audit_events SET data = '{"username":"someone-else"}' WHERE id = $1`, [id]);
    });
    await run((q) => migration.up(q));
    const events = await t.ds.query(`SELECT data FROM audit_events WHERE action = 'audit.rekeyed' ORDER BY id`);
    expect(events[events.length - 1].data).toMatchObject({ legacyValid: false, legacyFirstBrokenId: id });
    expect((await verify()).valid).toBe(true);
  });

  it('refuses to re-chain existing rows in production without AUDIT_HMAC_KEY', async () => {
    await run((q) => migration.down(q));
    const saved = { APP_ENV: process.env.APP_ENV, AUDIT_HMAC_KEY: process.env.AUDIT_HMAC_KEY };
    Object.assign(process.env, { APP_ENV: 'production' });
    delete process.env.AUDIT_HMAC_KEY;
    try {
      await expect(run((q) => migration.up(q))).rejects.toThrow(/AUDIT_HMAC_KEY is required in production/);
    } finally {
      Object.assign(process.env, { APP_ENV: saved.APP_ENV });
      if (saved.AUDIT_HMAC_KEY !== undefined) process.env.AUDIT_HMAC_KEY = saved.AUDIT_HMAC_KEY;
    }
    await run((q) => migration.up(q));
    expect((await verify()).valid).toBe(true);
  });
});
