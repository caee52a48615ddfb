import { createHash, createPublicKey, verify } from 'node:crypto';
import { auditPayload, auditSeal, AuditService, linkHash, rowContent, SYSTEM_ACTOR } from '@app/audit';
import { createTestApp, TestApp } from '../harness';

/**
 * Tamper evidence that survives a database superuser (issue 12, point 13): keyed chains and
 * signed checkpoints. Every attack runs as a superuser with the append-only trigger off
 * (session_replication_role = replica) and is undone afterwards.
 *
 * Checked against the previous design (unkeyed SHA-256 chains, no checkpoints): deleting the
 * newest row of a chain and appending a row with a recomputed plain SHA-256 both verified as valid
 * there, so the first two attack tests fail on it; the checkpoint endpoints did not exist (404).
 */
describe('audit trail: keyed chains and signed checkpoints', () => {
  let t: TestApp;
  let admin: string;
  type Row = Record<string, unknown> & { id: string; chain: number; hash: string; prev_hash: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    const audit = t.app.get(AuditService);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => audit.recordAlone(SYSTEM_ACTOR, { action: 'test.event', entityType: 'thing', entityId: `e${i % 10}`, data: { i } })),
    );
  });
  afterAll(() => t.close());

  const as = (tok: string) => ({ authorization: `Bearer ${tok}` });
  const verifyNow = async () => (await t.http().get('/api/v1/audit/verify').set(as(admin))).body;
  const checkpoint = async () => {
    const res = await t.http().post('/api/v1/audit/checkpoints').set(as(admin));
    expect(res.status).toBe(201);
    return res.body as { id: string; takenAt: string; heads: { chain: number; lastId: string; hash: string }[]; signature: string };
  };
  const asSuperuser = (fn: (q: (sql: string, params?: unknown[]) => Promise<any>) => Promise<void>) =>
    t.ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await fn((sql, params) => m.query(sql, params));
    });
  const rowsOf = (ids: string[]): Promise<Row[]> =>
    t.ds.query(`SELECT to_jsonb(e) AS r FROM audit_events e WHERE id = ANY($1) ORDER BY id`, [ids]).then((rs) => rs.map((x: { r: Row }) => x.r));
  const put = (rows: Row[]) =>
    asSuperuser((q) =>
      q(`INSERT INTO audit_events OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_recordset(NULL::audit_events, $1::jsonb)`, [JSON.stringify(rows)]).then(
        () => undefined,
      ),
    );
  const remove = (ids: string[]) => asSuperuser((q) => q(`DELETE FROM audit_events WHERE id = ANY($1)`, [ids]).then(() => undefined));
  /** What a row's hash covers (rows read through to_jsonb carry their time as text). */
  const payloadOf = (r: Row) => auditPayload(rowContent({ ...r, occurred_at: new Date(r.occurred_at as string) } as never));
  /** The newest row of the busiest chain. */
  const newestOfAChain = async (): Promise<Row> => {
    const [{ id }] = await t.ds.query(
      `SELECT max(id)::text AS id FROM audit_events WHERE chain = (SELECT chain FROM audit_events GROUP BY chain ORDER BY count(*) DESC LIMIT 1)`,
    );
    return (await rowsOf([id]))[0];
  };

  it('lets only SYS_ADMIN take a checkpoint: other roles and API tokens get 403, no login 401', async () => {
    const court = t.dir.orgs.get('COURT-330781')!;
    const token = await t
      .http()
      .post(`/api/v1/organizations/${court.id}/api-tokens`)
      .set(as(admin))
      .send({ name: 'OA', roles: ['COURT_ADMIN'] });
    expect(token.status).toBe(201);
    for (const tok of [await t.login('lx.admin'), await t.login('jhrd.supervisor'), await t.login('lx.leader'), token.body.token]) {
      expect((await t.http().post('/api/v1/audit/checkpoints').set(as(tok))).status).toBe(403);
    }
    expect((await t.http().post('/api/v1/audit/checkpoints')).status).toBe(401);
    expect(await t.ds.query(`SELECT 1 FROM audit_checkpoints`)).toHaveLength(0);
  });

  it('signs every chain head; the public key verifies the signature offline, with node:crypto alone', async () => {
    const c = await checkpoint();
    expect(c.heads).toHaveLength(32);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE id <= $1`, [
      c.heads.reduce((m, h) => Math.max(m, Number(h.lastId)), 0),
    ]);
    expect(n).toBeGreaterThan(40);
    const key = (await t.http().get('/api/v1/audit/public-key')).body; // public: no login needed
    // The canonical payload, rebuilt by hand as an auditor would: keys sorted, heads by chain.
    const heads = [...c.heads].sort((x, y) => x.chain - y.chain).map((h) => ({ chain: h.chain, hash: h.hash, lastId: h.lastId }));
    const payload = Buffer.from(JSON.stringify({ heads, id: c.id, takenAt: c.takenAt }), 'utf8');
    expect(verify(null, payload, createPublicKey(key.pem), Buffer.from(c.signature, 'base64'))).toBe(true);
    const fromRaw = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key.raw, 'base64').toString('base64url') }, format: 'jwk' });
    expect(verify(null, payload, fromRaw, Buffer.from(c.signature, 'base64'))).toBe(true);
    expect(key.fingerprint).toBe(createHash('sha256').update(Buffer.from(key.raw, 'base64')).digest('hex'));
    expect(verify(null, Buffer.from(payload.toString().replace(c.heads[0].hash, 'f'.repeat(64))), fromRaw, Buffer.from(c.signature, 'base64'))).toBe(false);
    // Stored, listed, recorded in the trail; and the trail verifies against it.
    expect((await t.http().get('/api/v1/audit/checkpoints').set(as(admin))).body.items[0]).toEqual(c);
    expect(await t.ds.query(`SELECT actor_name FROM audit_events WHERE action = 'audit.checkpoint' AND entity_id = $1`, [c.id])).toEqual([
      { actor_name: 'admin' },
    ]);
    expect(await verifyNow()).toMatchObject({ valid: true, checkpoints: 1, problems: [] });
  });

  it('reports the newest row of a chain deleted after a checkpoint, by its id', async () => {
    const row = await newestOfAChain();
    const c = await checkpoint();
    expect(c.heads.find((h) => h.chain === row.chain)).toEqual({ chain: row.chain, lastId: String(row.id), hash: row.hash });
    await remove([row.id]);
    expect(await verifyNow()).toMatchObject({ valid: false, firstBrokenId: String(row.id), reason: expect.stringMatching(/missing/) });
    await put([row]);
    expect((await verifyNow()).valid).toBe(true);
  });

  it('reports a row appended with a recomputed plain SHA-256 (or a keyed hash under another key), by its id', async () => {
    const head = await newestOfAChain();
    const [{ id }] = await t.ds.query(`SELECT (max(id) + 1000)::text AS id FROM audit_events`);
    const forged: Row = { ...head, id, action: 'user.login', data: { forged: true }, prev_hash: head.hash };
    const plain = createHash('sha256').update(head.hash).update('\n').update(payloadOf(forged)).digest('hex');
    for (const hash of [plain, linkHash(head.hash, auditSeal('a guessed key of thirty-two chars', payloadOf(forged)))]) {
      await put([{ ...forged, hash }]);
      expect(await verifyNow()).toMatchObject({ valid: false, firstBrokenId: id, reason: expect.stringMatching(/keyed hash/) });
      await remove([id]);
    }
    expect((await verifyNow()).valid).toBe(true);
  });

  it('reports a row altered at or before a checkpoint by its id — and, should the attacker hold the HMAC key, the checkpoint still catches the rewrite', async () => {
    await checkpoint();
    const [{ chain, ids }] = await t.ds.query(
      `SELECT chain, array_agg(id::text ORDER BY id) AS ids FROM audit_events WHERE action = 'test.event' GROUP BY chain ORDER BY count(*) DESC LIMIT 1`,
    );
    const chainRows: Row[] = await t.ds
      .query(`SELECT to_jsonb(e) AS r FROM audit_events e WHERE chain = $1 ORDER BY id`, [chain])
      .then((rs) => rs.map((x: { r: Row }) => x.r));
    const changed = { ...chainRows.find((r) => String(r.id) === ids[0])!, data: { i: -1 } };
    await remove([changed.id]);
    await put([changed]);
    expect(await verifyNow()).toMatchObject({ valid: false, firstBrokenId: String(changed.id), reason: expect.stringMatching(/changed/) });
    // With the key, every link after the change can be recomputed: only the signed heads still tell.
    const key = t.config.auditHmacKey;
    let prev = chainRows[0].prev_hash;
    const rewritten = chainRows.map((r) => {
      const row = { ...r, ...(r.id === changed.id ? { data: changed.data } : {}), prev_hash: prev };
      row.hash = linkHash(prev, auditSeal(key, payloadOf(row)));
      prev = row.hash;
      return row;
    });
    await remove(chainRows.map((r) => r.id));
    await put(rewritten);
    const v = await verifyNow();
    expect(v.valid).toBe(false);
    expect(v.problems.every((p: { checkpointId: string | null }) => p.checkpointId !== null)).toBe(true);
    expect(v.problems[0].reason).toMatch(/no longer ends at row/);
    await remove(chainRows.map((r) => r.id));
    await put(chainRows);
    expect((await verifyNow()).valid).toBe(true);
  });

  it('reports a checkpoint whose signature fails, and keeps checkpoints append-only for the app', async () => {
    const c = await checkpoint();
    const [row] = await t.ds.query(`SELECT heads FROM audit_checkpoints WHERE id = $1`, [c.id]);
    const moved = row.heads.map((h: { chain: number; lastId: string }) => (h.chain === 0 ? { ...h, lastId: '1' } : h));
    await asSuperuser((q) => q(`UPDATE audit_checkpoints SET heads = $2 WHERE id = $1`, [c.id, JSON.stringify(moved)]).then(() => undefined));
    expect(await verifyNow()).toMatchObject({
      valid: false,
      firstBrokenId: null,
      problems: [{ id: null, checkpointId: c.id, reason: expect.stringMatching(/signature/) }],
    });
    await asSuperuser((q) => q(`UPDATE audit_checkpoints SET heads = $2 WHERE id = $1`, [c.id, JSON.stringify(row.heads)]).then(() => undefined));
    expect((await verifyNow()).valid).toBe(true);
    await expect(t.ds.query(`UPDATE audit_checkpoints SET signature = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`DELETE FROM audit_checkpoints`)).rejects.toThrow(/append-only/);
    const [priv] = await t.ds.query(
      `SELECT has_table_privilege('sifa_app', 'audit_checkpoints', 'INSERT') AS ins, has_table_privilege('sifa_app', 'audit_checkpoints', 'UPDATE') AS upd,
              has_table_privilege('sifa_app', 'audit_checkpoints', 'DELETE') AS del`,
    );
    expect(priv).toEqual({ ins: true, upd: false, del: false });
  });

  it('refuses an append that passes anything but a 64-hex seal (e.g. a process of the previous release passing the payload)', async () => {
    const before = await t.ds.query(`SELECT count(*)::int AS n FROM audit_events`);
    await expect(
      t.ds.transaction((m) => m.query(`SELECT * FROM audit_append(0, '{"action":"x"}', now(), NULL, 'x', NULL, 'x', 'thing', NULL, NULL, '{}', NULL, NULL)`)),
    ).rejects.toThrow(/HMAC seal/);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM audit_events`)).toEqual(before);
  });
});
