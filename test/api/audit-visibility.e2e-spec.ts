import { minimalPdf } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * `GET /audit` follows the one visibility rule (issue 12, point 5): rows about a letter — the
 * letter, its deliveries, its attachments — are visible exactly when the letter is. A higher court
 * and a supervisor, who get 404 for a lower court's DRAFT / IN_REVIEW / RETURNED letter, read
 * none of its rows (no draft title, no return comment, no file name); they do read the rows of
 * the letters they may see.
 *
 * Checked against the old controller (its own scope: every row whose organization is a court in
 * the caller's jurisdiction): the first test fails there — jh.admin, zj.admin and the 人大
 * supervisor each read the draft's title, the return comment and the attachment's file name.
 */
describe('audit rows follow the letter visibility', () => {
  let t: TestApp;
  let a: Actors;
  const hidden: Record<string, string> = {};
  let issued: { id: string; deliveries: { id: string }[] };
  const SECRET_TITLE = '机密草稿标题-关于某未公开事项的司法建议';
  const SECRET_COMMENT = '退回意见-内部讨论不得外传';
  const SECRET_FILE = '内部调查底稿-不得外传.pdf';

  const OUTSIDE_THE_COURT = ['jh.admin', 'zj.admin', 'jhrd.supervisor'];

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    const judge = await a.as('lx.judge');
    const head = await a.as('lx.head');
    const body = (title: string, extra: Record<string, unknown> = {}) => letterBody(t, { title, ...extra }, ['AG-330781-SCJG']);
    const up = await t.http().post('/api/v1/attachments').set(judge).attach('file', minimalPdf('internal'), SECRET_FILE);
    expect(up.status).toBe(201);
    const create = async (title: string, extra: Record<string, unknown> = {}) => {
      const res = await t.http().post('/api/v1/suggestions').set(judge).send(body(title, extra));
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    hidden.DRAFT = await create(SECRET_TITLE, { attachmentIds: [up.body.id] });
    hidden.IN_REVIEW = await create(`${SECRET_TITLE}-审核中`);
    expect((await t.http().post(`/api/v1/suggestions/${hidden.IN_REVIEW}/submit`).set(judge).send({})).status).toBe(200);
    hidden.RETURNED = await create(`${SECRET_TITLE}-已退回`);
    expect((await t.http().post(`/api/v1/suggestions/${hidden.RETURNED}/submit`).set(judge).send({})).status).toBe(200);
    const ret = await t.http().post(`/api/v1/suggestions/${hidden.RETURNED}/review`).set(head).send({ decision: 'RETURN', comment: SECRET_COMMENT });
    expect(ret.body.status).toBe('RETURNED');
    hidden.ATTACHMENT = up.body.id;
    issued = await issuedLetter(t, a, { judge: 'lx.judge', head: 'lx.head', leader: 'lx.leader' }, body('关于规范农贸市场秩序的司法建议'));
  });
  afterAll(() => t.close());

  /** Every audit row the caller can read, all pages. */
  const everything = async (u: string) => {
    const items: { entityId: string | null; action: string; data: unknown }[] = [];
    for (let page = 1; ; page++) {
      const res = await t
        .http()
        .get(`/api/v1/audit?page=${page}&pageSize=100`)
        .set(await a.as(u));
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      if (items.length >= res.body.total || res.body.items.length === 0) return items;
    }
  };
  const rowsAbout = async (u: string, entityId: string) => {
    const res = await t
      .http()
      .get(`/api/v1/audit?entityId=${entityId}&pageSize=100`)
      .set(await a.as(u));
    expect(res.status).toBe(200);
    return res.body as { items: { action: string; data: Record<string, unknown> }[]; total: number };
  };

  it('shows a higher court and a supervisor nothing of a lower court’s draft, letter in review or returned letter', async () => {
    for (const u of OUTSIDE_THE_COURT) {
      for (const [state, id] of Object.entries(hidden)) {
        if (state !== 'ATTACHMENT')
          expect({
            u,
            state,
            status: (
              await t
                .http()
                .get(`/api/v1/suggestions/${id}`)
                .set(await a.as(u))
            ).status,
          }).toEqual({ u, state, status: 404 });
        expect({ u, state, total: (await rowsAbout(u, id)).total }).toEqual({ u, state, total: 0 });
      }
      const all = JSON.stringify(await everything(u));
      expect(all).not.toContain(SECRET_TITLE);
      expect(all).not.toContain(SECRET_COMMENT);
      expect(all).not.toContain(SECRET_FILE);
      for (const id of Object.values(hidden)) expect(all).not.toContain(id);
    }
  });

  it('shows the same callers the rows of a letter they may see: the letter, its deliveries', async () => {
    for (const u of OUTSIDE_THE_COURT) {
      expect(
        (
          await t
            .http()
            .get(`/api/v1/suggestions/${issued.id}`)
            .set(await a.as(u))
        ).status,
      ).toBe(200);
      const letter = (await rowsAbout(u, issued.id)).items.map((r) => r.action);
      expect({ u, letter }).toEqual({
        u,
        letter: expect.arrayContaining(['suggestion.create', 'suggestion.submit', 'suggestion.review_approve', 'suggestion.issue']),
      });
      const delivery = (await rowsAbout(u, issued.deliveries[0].id)).items.map((r) => r.action);
      expect({ u, delivery }).toEqual({ u, delivery: ['delivery.create'] });
    }
  });

  it('shows the writing court everything of its own letters, return comment included', async () => {
    const rows = await rowsAbout('lx.admin', hidden.RETURNED);
    expect(rows.items.find((r) => r.action === 'suggestion.review_return')?.data).toMatchObject({ comment: SECRET_COMMENT });
    expect((await rowsAbout('lx.admin', hidden.ATTACHMENT)).items.map((r) => r.action)).toEqual(['attachment.upload']);
  });

  it('keeps rows about no letter to SYS_ADMIN and the organization concerned; SYS_ADMIN, who reads no letters, reads no letter rows', async () => {
    const judgeId = t.dir.users.get('lx.judge')!.id;
    expect((await rowsAbout('admin', judgeId)).items.map((r) => r.action)).toContain('auth.login');
    expect((await rowsAbout('lx.admin', judgeId)).items.map((r) => r.action)).toContain('auth.login');
    expect((await rowsAbout('admin', hidden.DRAFT)).total).toBe(0);
    expect(
      (
        await t
          .http()
          .get(`/api/v1/suggestions/${hidden.DRAFT}`)
          .set(await a.as('admin'))
      ).status,
    ).toBe(404);
  });
});
