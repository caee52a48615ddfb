import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, letterInApproval, startClosedLoopApp } from './lifecycle.fixtures';

describe('concurrency', () => {
  let t: TestApp;
  let a: Actors;

  beforeAll(async () => {
    t = await startClosedLoopApp({ env: { DATABASE_POOL_SIZE: '20', DATABASE_POOL_TIMEOUT_MS: '60000' } });
    a = new Actors(t);
  });
  afterAll(() => t.close());

  it('numbers 200 letters approved at once 1..200 in one court-year: no gap, no duplicate', async () => {
    const body = letterBody(t, { title: '关于加强住宅小区物业服务监管的司法建议' }, ['AG-330781-SCJG']);
    const ids: string[] = [];
    for (let batch = 0; batch < 8; batch++) {
      ids.push(...(await Promise.all(Array.from({ length: 25 }, () => letterInApproval(t, a, 'lx.judge', 'lx.head', body)))));
    }
    expect(ids).toHaveLength(200);
    const leader = await a.as('lx.leader');
    const results = await Promise.all(ids.map((id) => t.http().post(`/api/v1/suggestions/${id}/approve`).set(leader).send({ decision: 'APPROVE' })));
    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    const numbers = results.map((r) => r.body.docNumber as string);
    const seqs = numbers.map((n) => Number(/^兰溪法建〔2031〕(\d+)号$/.exec(n)![1])).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const [counter] = await t.ds.query(`SELECT last_value FROM doc_number_counters WHERE year = 2031 AND court_id = $1`, [t.dir.orgs.get('COURT-330781')!.id]);
    expect(counter.last_value).toBe(200);
    const [{ n }] = await t.ds.query(`SELECT count(DISTINCT doc_number)::int AS n FROM suggestions WHERE doc_number LIKE '兰溪法建〔2031〕%'`);
    expect(n).toBe(200);
    // Each letter got exactly one delivery with its outbox row.
    const [{ d, o }] = await t.ds.query(
      `SELECT (SELECT count(*)::int FROM deliveries) AS d, (SELECT count(*)::int FROM outbox_messages WHERE topic = 'delivery.created') AS o`,
    );
    expect({ d, o }).toEqual({ d: 200, o: 200 });
  }, 120000);

  it('lets exactly one of 50 parallel sign-fors of one delivery succeed', async () => {
    const letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t, {}, ['AG-330700-ZJJ']));
    const id = letter.deliveries[0].id as string;
    const clerk = await a.as('jhzjj.clerk');
    const results = await Promise.all(Array.from({ length: 50 }, () => t.http().post(`/api/v1/deliveries/${id}/sign`).set(clerk).send({})));
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.body.code === 'INVALID_TRANSITION')).toHaveLength(49);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM timeline_events WHERE delivery_id = $1 AND action = 'delivery.signed'`, [id]);
    expect(n).toBe(1);
    const [row] = await t.ds.query(`SELECT status, version FROM deliveries WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'SIGNED', version: 2 });
  }, 60000);

  it('answers a stale version with 409 VERSION_CONFLICT and changes nothing', async () => {
    const letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t, {}, ['AG-330700-ZJJ']));
    const d = letter.deliveries[0];
    const res = await t
      .http()
      .post(`/api/v1/deliveries/${d.id}/sign`)
      .set(await a.as('jhzjj.clerk'))
      .send({ version: d.version + 1 });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: d.version } });
    const [row] = await t.ds.query(`SELECT status FROM deliveries WHERE id = $1`, [d.id]);
    expect(row.status).toBe('DELIVERED');
    const stale = await t
      .http()
      .patch(`/api/v1/suggestions/${letter.id}`)
      .set(await a.as('jh.judge'))
      .send({ version: 1, title: 'x' });
    expect(stale.status).toBe(409);
  }, 60000);
});
