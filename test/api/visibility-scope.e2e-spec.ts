import { CourtSet, JurisdictionService, OrganizationEntity } from '@app/directory';
import { Principal, Role } from '@app/identity';
import { TestApp } from '../harness';
import { DataSource } from 'typeorm';
import { Actors, issuedLetter as issueThroughApi, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * The VisibilityScope's court ids come from the directory tree and are cached per subtree/region;
 * `directory_version` (bumped by a trigger on every write to organizations) invalidates the cache
 * in every process. Checked by breaking it: with the version comparison in VisibleCourts.ids
 * skipped (cached ids always returned), both tests fail — the new court's letter is missing from the
 * higher court's list, and the second resolve after the raw insert lacks the new court. And with
 * the trigger that copies a letter's status change onto its deliveries (tr_suggestions_copy_to_deliveries)
 * left out of the migration, the withdrawn letter's deliveries stay in the higher court's list.
 * With VisibleCourts.idsOfMany returning cached sets without comparing the version, the several-sets
 * test's third call misses the added court.
 */
describe('visibility scope: visible courts from the directory tree, cached, invalidated on change', () => {
  let t: TestApp;
  let a: Actors;
  const tokens = new Map<string, string>();
  const auth = (u: string) => ({ authorization: `Bearer ${tokens.get(u)}` });
  const org = (code: string) => t.dir.orgs.get(code)!;

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    for (const u of ['admin', 'zj.admin', 'jh.admin', 'jhrd.supervisor', 'lx.admin']) tokens.set(u, await a.token(u));
  });
  afterAll(() => t.close());

  /** The principal a court admin's request carries (as the auth guard builds it). */
  const courtAdmin = (username: string, court: OrganizationEntity): Principal => ({
    kind: 'user',
    userId: t.dir.users.get(username)!.id,
    username,
    displayName: username,
    organizationId: court.id,
    organizationType: 'COURT',
    roles: [Role.COURT_ADMIN],
    division: null,
    sessionId: null,
    apiTokenId: null,
    ip: null,
    correlationId: null,
    organization: { path: court.path, regionCode: court.regionCode },
  });

  /** An issued letter of `courtId` with one MAIN delivery (inserted directly: this suite is about scopes). */
  let seq = 0;
  const issuedLetter = async (courtId: string): Promise<{ letter: string; delivery: string }> => {
    seq += 1;
    const [s] = await t.ds.query(
      `INSERT INTO suggestions (court_id, author_id, division, status, category, title, doc_number, doc_year, doc_seq, issued_at, created_at, updated_at)
       VALUES ($1, $2, '民二庭', 'ISSUED', 'CLASS_CASE', '关于新设法院辖区物业管理的司法建议', '新法建〔2031〕' || $3::int || '号', 2031, $3::int, now(), now(), now()) RETURNING id`,
      [courtId, t.dir.users.get('jh.judge')!.id, seq],
    );
    const [d] = await t.ds.query(
      `INSERT INTO deliveries (suggestion_id, organization_id, kind, status, delivered_at, sign_due_date, created_at, updated_at)
       VALUES ($1, $2, 'MAIN', 'DELIVERED', now(), current_date + 3, now(), now()) RETURNING id`,
      [s.id, org('AG-330700-ZJJ').id],
    );
    return { letter: s.id, delivery: d.id };
  };
  const lists = async (u: string) => {
    const letters = await t.http().get('/api/v1/suggestions?pageSize=100').set(auth(u));
    const deliveries = await t.http().get('/api/v1/deliveries?pageSize=100').set(auth(u));
    expect([letters.status, deliveries.status]).toEqual([200, 200]);
    const ids = (b: { items: { id: string }[] }) => b.items.map((x) => x.id);
    return { letters: ids(letters.body), deliveries: ids(deliveries.body), totals: [letters.body.total, deliveries.body.total] };
  };

  it('shows a court added under a higher court in the higher courts’ and the 人大’s lists on the next request', async () => {
    const viewers = ['zj.admin', 'jh.admin', 'jhrd.supervisor', 'lx.admin'];
    // Each viewer's court set is now cached in the api.
    const before = new Map<string, Awaited<ReturnType<typeof lists>>>();
    for (const u of viewers) before.set(u, await lists(u));

    const created = await t
      .http()
      .post('/api/v1/organizations')
      .set(auth('admin'))
      .send({ type: 'COURT', name: '金华市新区人民法院', shortName: '新区', regionCode: '330798', parentId: org('COURT-330700').id });
    expect(created.status).toBe(201);
    const { letter, delivery } = await issuedLetter(created.body.id);

    for (const u of ['zj.admin', 'jh.admin', 'jhrd.supervisor']) {
      const now = await lists(u);
      expect({ u, letter: now.letters.includes(letter), delivery: now.deliveries.includes(delivery) }).toEqual({ u, letter: true, delivery: true });
      expect({ u, totals: now.totals }).toEqual({ u, totals: before.get(u)!.totals.map((n) => n + 1) });
    }
    // A sibling court sees nothing of it.
    const sibling = await lists('lx.admin');
    expect({ letter: sibling.letters.includes(letter), delivery: sibling.deliveries.includes(delivery), totals: sibling.totals }).toEqual({
      letter: false,
      delivery: false,
      totals: before.get('lx.admin')!.totals,
    });
  });

  it('sees a change written by another process (plain SQL) on the next resolve, and reads the tree once per directory version', async () => {
    // A JurisdictionService of its own, as in a second api process; it counts its reads of the tree.
    let treeReads = 0;
    const ds = {
      query: (sql: string, params?: unknown[]) => {
        if (sql.includes('FROM organizations')) treeReads++;
        return t.ds.query(sql, params);
      },
      getRepository: (e: typeof OrganizationEntity) => t.ds.getRepository(e),
    } as unknown as DataSource;
    const service = new JurisdictionService(ds);
    const high = org('COURT-330000');
    const p = courtAdmin('zj.admin', high);

    const first = await service.resolve(p);
    expect(first.letters).toBe('courts');
    expect(first.ownCourtId).toBe(high.id);
    expect(first.courtIds).toEqual(expect.arrayContaining([high.id, org('COURT-330700').id, org('COURT-330781').id, org('COURT-330106').id]));
    expect(await service.resolve(p)).toEqual(first);
    expect(treeReads).toBe(1);

    // Another process adds a court under 金华中院 without going through OrganizationsService.
    const [added] = await t.ds.query(
      `INSERT INTO organizations (type, name, short_name, region_code, parent_id, path) VALUES ('COURT', '金华市开发区人民法院', '开发区', '330797', $1, '') RETURNING id`,
      [org('COURT-330700').id],
    );
    await t.ds.query(`UPDATE organizations SET path = $1 || id || '/' WHERE id = $2`, [org('COURT-330700').path, added.id]);
    const second = await service.resolve(p);
    expect(second.courtIds).toContain(added.id);
    expect(second.courtIds).toHaveLength(first.courtIds.length + 1);
    expect(await service.courtInScope(second, added.id)).toBe(true);
    expect(treeReads).toBe(2);
    await service.resolve(p);
    expect(treeReads).toBe(2);

    // …and moves it out of the province (a new root): gone from the higher court's scope.
    await t.ds.query(`UPDATE organizations SET parent_id = NULL, path = '/' || id || '/' WHERE id = $1`, [added.id]);
    const third = await service.resolve(p);
    expect(third.courtIds).not.toContain(added.id);
    expect(third.courtIds).toHaveLength(first.courtIds.length);
  });

  it('reads the letters adopted from the court’s own into the scope once per request; with none the filters carry no branch for them', async () => {
    const service = t.app.get(JurisdictionService);
    const court = org('COURT-330781');
    const p = courtAdmin('lx.admin', court);
    const before = await service.resolve(p);
    expect(before.adoptedLetterIds).toEqual([]);
    for (const f of [service.visibleLetters(before, 's'), service.visibleDeliveries(before, 'd')]) {
      expect(f.sql).not.toMatch(/Adopted|suggestions vo/);
      expect(Object.keys(f.params).some((k) => k.endsWith('Adopted'))).toBe(false);
    }

    // 金华中院 adopts one of 兰溪法院's letters (the link as ADOPT writes it).
    const own = await issuedLetter(court.id);
    const higher = await issuedLetter(org('COURT-330700').id);
    await t.ds.query(`UPDATE suggestions SET adopted_as_id = $1 WHERE id = $2`, [higher.letter, own.letter]);
    const after = await service.resolve(p);
    expect(after.adoptedLetterIds).toEqual([higher.letter]);
    const letters = service.visibleLetters(after, 's');
    expect(Object.values(letters.params)).toContainEqual([higher.letter]);
    const l = await lists('lx.admin');
    expect(l.letters).toContain(higher.letter);
    expect(l.deliveries).toContain(higher.delivery);
  });

  it('keeps the deliveries of a letter withdrawn after issue to its own court (letter_internal follows the letter)', async () => {
    const letter = await issueThroughApi(
      t,
      a,
      { judge: 'lx.judge', head: 'lx.head', leader: 'lx.leader' },
      letterBody(t, {}, ['AG-330781-SCJG'], ['NPC-330781']),
    );
    const ids = (letter.deliveries as { id: string }[]).map((d) => d.id);
    const sees = async (u: string) => {
      const l = await lists(u);
      return { u, letter: l.letters.includes(letter.id), deliveries: ids.filter((id) => l.deliveries.includes(id)).length };
    };
    for (const u of ['lx.admin', 'jh.admin', 'zj.admin', 'jhrd.supervisor']) expect(await sees(u)).toEqual({ u, letter: true, deliveries: 2 });

    const withdrawn = await t.http().post(`/api/v1/suggestions/${letter.id}/withdraw`).set(auth('lx.admin')).send({ reason: '问题已由当事人自行解决' });
    expect(withdrawn.status).toBe(200);
    expect(await sees('lx.admin')).toEqual({ u: 'lx.admin', letter: true, deliveries: 2 });
    for (const u of ['jh.admin', 'zj.admin', 'jhrd.supervisor']) expect(await sees(u)).toEqual({ u, letter: false, deliveries: 0 });
    for (const id of ids) expect((await t.http().get(`/api/v1/deliveries/${id}`).set(auth('zj.admin'))).status).toBe(404);
  });
  it('answers several court sets at once (the impact ranking’s regions): as courtsOf each, one version read once all are cached', async () => {
    const reads: string[] = [];
    const ds = {
      query: (sql: string, params?: unknown[]) => {
        reads.push(sql.includes('FROM organizations') ? 'tree' : 'version');
        return t.ds.query(sql, params);
      },
      getRepository: (e: typeof OrganizationEntity) => t.ds.getRepository(e),
    } as unknown as DataSource;
    const service = new JurisdictionService(ds);
    const sets: CourtSet[] = [
      { kind: 'region', regionPrefix: '330781' },
      { kind: 'region', regionPrefix: '3307' },
      { kind: 'subtree', pathPrefix: org('COURT-330700').path },
    ];
    const first = await service.courtsOfMany(sets);
    expect(first[0]).toEqual([org('COURT-330781').id]);
    expect(first[1]).toEqual(expect.arrayContaining([org('COURT-330700').id, org('COURT-330726').id, org('COURT-330782').id]));
    expect(first[1]).not.toContain(org('COURT-330000').id);
    expect(reads).toEqual(['tree', 'tree', 'tree']);
    const other = new JurisdictionService(t.ds);
    for (const [i, set] of sets.entries()) expect(await other.courtsOf(set)).toEqual(first[i]);

    reads.length = 0;
    expect(await service.courtsOfMany(sets)).toEqual(first);
    expect(reads).toEqual(['version']);

    // A court added in 兰溪's region (plain SQL, as another process would): the next call reads the tree again.
    const [added] = await t.ds.query(
      `INSERT INTO organizations (type, name, short_name, region_code, parent_id, path) VALUES ('COURT', '兰溪市人民法院诸葛法庭', '诸葛法庭', '330781', $1, '') RETURNING id`,
      [org('COURT-330700').id],
    );
    await t.ds.query(`UPDATE organizations SET path = $1 || id || '/' WHERE id = $2`, [org('COURT-330700').path, added.id]);
    reads.length = 0;
    const second = await service.courtsOfMany(sets);
    expect(second.map((ids) => ids.length)).toEqual(first.map((ids) => ids.length + 1));
    expect(second[0]).toEqual([org('COURT-330781').id, added.id].sort());
    expect(reads.filter((r) => r === 'tree')).toHaveLength(3);
  });
});
