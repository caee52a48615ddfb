import { extractPdfText, readZip } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * Art. 9 as an action (issue 14, point 4): the court admin copies a main delivery's letter to the
 * recipient's superior organization — its directory parent, or one the court names — with a note
 * that is printed on that copy.
 * How each was checked to fail without its fix: with `side: issuer` removed from COPY_SUPERIOR the
 * provincial court's admin gets 201 instead of 403; without the copy note in letterBlocks the
 * superior's DOCX and PDF lack the note; with copied counted only for the directory parent the
 * statistics show 1 of 2 instead of 2 of 2.
 */
describe('copy to the superior (Art. 9): POST /deliveries/:id/copy-superior', () => {
  let t: TestApp;
  let a: Actors;
  let letter: { id: string; deliveries: { id: string; organizationId: string; kind: string }[] };
  const NOTE = '金华市发改委逾期未反馈，依第九条抄送贵单位，请督促办理。';

  const post = async (who: string, path: string, body: Record<string, unknown> = {}) =>
    t
      .http()
      .post(path)
      .set(await a.as(who))
      .send(body);
  const get = async (who: string, path: string) =>
    t
      .http()
      .get(path)
      .set(await a.as(who))
      .responseType('blob');
  const json = async (who: string, path: string) =>
    t
      .http()
      .get(path)
      .set(await a.as(who));
  const deliveryTo = (code: string) => letter.deliveries.find((d) => d.organizationId === orgId(t, code))!.id;
  const writes = async () =>
    (
      await t.ds.query(
        `SELECT (SELECT count(*)::int FROM deliveries) AS deliveries, (SELECT count(*)::int FROM timeline_events) AS steps,
                (SELECT count(*)::int FROM audit_events WHERE action NOT LIKE 'auth.%') AS audits, (SELECT count(*)::int FROM in_app_notifications) AS notices`,
      )
    )[0];

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    await a.createUser('hz.admin', 'COURT-330100', ['COURT_ADMIN'], '杭中研究室');
    letter = await issuedLetter(
      t,
      a,
      { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' },
      letterBody(t, {}, ['AG-330700-FGW', 'AG-330700-XF'], ['AG-330700-SJ']),
    );
  });
  afterAll(() => t.close());

  it('refuses whoever is not the issuing court’s admin, bad input and impossible targets, writing nothing', async () => {
    const fgw = deliveryTo('AG-330700-FGW');
    const before = await writes();
    const refused = [
      await post('jh.judge', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE }),
      await post('jhfgw.clerk', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE }),
      await post('zj.admin', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE }), // the higher court sees it, but did not issue it
      await post('hz.admin', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE }), // another city's court: not visible
      await post('lx.admin', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE }), // a court below: not visible
      await post('jh.admin', `/api/v1/deliveries/${fgw}/copy-superior`, {}),
      await post('jh.admin', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE, organizationId: 'GOV-330700' }),
      await post('jh.admin', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE, organizationId: orgId(t, 'AG-330700-FGW') }),
      await post('jh.admin', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE, organizationId: orgId(t, 'AG-330700-SJ') }), // already a copy recipient
      await post('jh.admin', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE, organizationId: orgId(t, 'COURT-330700') }),
      await post('jh.admin', `/api/v1/deliveries/${deliveryTo('AG-330700-XF')}/copy-superior`, { note: NOTE }), // no parent in the directory
      await post('jh.admin', `/api/v1/deliveries/${deliveryTo('AG-330700-SJ')}/copy-superior`, { note: NOTE }), // a copy itself
    ];
    expect(refused.map((r) => [r.status, r.body.code])).toEqual([
      [403, 'FORBIDDEN'],
      [403, 'FORBIDDEN'],
      [403, 'FORBIDDEN'],
      [404, 'NOT_FOUND'],
      [404, 'NOT_FOUND'],
      [400, 'VALIDATION_FAILED'],
      [400, 'VALIDATION_FAILED'],
      [422, 'COPY_TARGET_INVALID'],
      [422, 'COPY_TARGET_INVALID'],
      [422, 'COPY_TARGET_INVALID'],
      [422, 'NO_SUPERIOR_ORGANIZATION'],
      [409, 'DELIVERY_NOT_MAIN'],
    ]);
    expect(refused[10].body.message).toBe('目录中没有该单位的上级单位，请选择要抄送的单位');
    expect(await writes()).toEqual(before);
  });

  it('adds a COPY for the directory parent by default, recorded on the main delivery’s timeline and in the audit trail', async () => {
    const fgw = deliveryTo('AG-330700-FGW');
    const res = await post('jh.admin', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'COPY',
      status: 'DELIVERED',
      organizationId: orgId(t, 'GOV-330700'),
      organizationName: '金华市人民政府',
      copyNote: NOTE,
      copyOfDeliveryId: fgw,
      signDueDate: null,
    });
    const audits = await t.ds.query(
      `SELECT action, entity_id, data FROM audit_events WHERE action IN ('delivery.copy_superior', 'delivery.create') AND data->>'suggestionId' = $1 ORDER BY id`,
      [letter.id],
    );
    const mine = audits.filter(
      (x: { action: string; entity_id: string }) => (x.action === 'delivery.copy_superior' && x.entity_id === fgw) || x.entity_id === res.body.id,
    );
    expect(mine.map((x: { action: string }) => x.action)).toEqual(['delivery.copy_superior', 'delivery.create']);
    expect(audits.find((x: { action: string }) => x.action === 'delivery.copy_superior').data).toMatchObject({
      copyDeliveryId: res.body.id,
      parent: true,
      note: NOTE,
    });
    const steps = (await json('jh.admin', `/api/v1/suggestions/${letter.id}/timeline`)).body.filter((e: { deliveryId: string }) => e.deliveryId === fgw);
    expect(steps.map((e: { action: string }) => e.action)).toContain('delivery.superior_copied');
    // Once is enough: the superior already holds the letter.
    expect((await post('jh.admin', `/api/v1/deliveries/${fgw}/copy-superior`, { note: NOTE })).body.code).toBe('COPY_TARGET_INVALID');
  });

  it('copies to a chosen superior when the directory has none; that body reads the copy with the note, printed on its PDF and DOCX', async () => {
    const xf = deliveryTo('AG-330700-XF');
    const res = await post('jh.admin', `/api/v1/deliveries/${xf}/copy-superior`, { note: NOTE, organizationId: orgId(t, 'NPC-330700') });
    expect(res.status).toBe(201);
    const copy = res.body.id;
    const seen = (await json('jhrd.supervisor', `/api/v1/deliveries/${copy}`)).body;
    expect(seen).toMatchObject({ copyNote: NOTE, allowedActions: expect.arrayContaining(['READ']) });
    expect((await json('jhrd.supervisor', '/api/v1/notifications')).body.items.map((n: { body: string }) => n.body)).toContain(
      `金华市中级人民法院依规定抄送贵单位（抄送件，请阅知）：${NOTE}`,
    );
    const docx = await get('jhrd.supervisor', `/api/v1/suggestions/${letter.id}/document.docx`);
    expect(docx.status).toBe(200);
    const xml = readZip(docx.body as Buffer)
      .get('word/document.xml')!
      .toString('utf8');
    expect(xml).toContain('抄送说明（致金华市人大常委会）');
    expect(xml).toContain(NOTE);
    const pdf = await get('jh.admin', `/api/v1/suggestions/${letter.id}/document.pdf?deliveryId=${copy}`);
    expect(
      extractPdfText(pdf.body as Buffer)
        .pages.join('')
        .replace(/\s/g, ''),
    ).toContain('抄送说明');
    // The main recipient's letter carries no note; a delivery the caller does not see is 404.
    const main = readZip((await get('jhfgw.clerk', `/api/v1/suggestions/${letter.id}/document.docx`)).body as Buffer)
      .get('word/document.xml')!
      .toString('utf8');
    expect(main).not.toContain('抄送说明');
    expect((await get('jhfgw.clerk', `/api/v1/suggestions/${letter.id}/document.docx?deliveryId=${copy}`)).status).toBe(404);
    expect((await json('jhrd.supervisor', `/api/v1/deliveries/${copy}/read`)).status).toBe(404);
    expect((await post('jhrd.supervisor', `/api/v1/deliveries/${copy}/read`)).body.status).toBe('READ');
  });

  it('counts both main deliveries as copied to a superior (抄送上级), the chosen one too', async () => {
    expect((await post('admin', '/api/v1/stats/refresh')).status).toBe(200);
    const o = (await json('jh.admin', `/api/v1/stats/overview?courtId=${orgId(t, 'COURT-330700')}`)).body;
    expect(o.copiedToSuperior).toEqual({ numerator: 2, denominator: 2, rate: 1 });
  });
});
