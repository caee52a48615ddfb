import { minimalPdf } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, DAY, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * What stays inside (PRODUCT.md, "Who may act … What stays inside"):
 * - review and sign-off comments stay in the issuing court: the recipient, a 人大 supervisor and
 *   the higher court see that the steps happened, when and by which court — not the comments nor
 *   who in the court wrote them;
 * - a reply awaiting the agency leader's approval stays in the agency: the court, the higher court
 *   and supervisors see `reply: { status: 'PENDING_APPROVAL' }` only — not its text, stances or
 *   files — on the delivery, the delivery list, the letter, the timeline, search and download,
 *   until the leader approves it.
 */
describe('what stays inside: court comments and unapproved replies', () => {
  let t: TestApp;
  let a: Actors;
  const OUTSIDE_COURT = ['jhzjj.clerk', 'jhrd.supervisor', 'zj.admin'];
  const OUTSIDE_AGENCY = ['jh.admin', 'jh.leader', 'jhrd.supervisor', 'zj.admin'];
  const REVIEW_RETURN = '庭长内部意见：第二项表述过宽';
  const REVIEW_OK = '庭长内部意见：同意报院领导';
  const SIGN_OFF = '院长签发意见：注意跟踪落实';
  const DRAFT = '待审批草稿：拟由住建局牵头会同街道整改';
  const DRAFT_NOTE = '草稿备注：先行试点';

  let letterId: string;
  let deliveryId: string;
  let docNumber: string;
  let replyFileId: string;

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    const ok = async (who: string, path: string, body: Record<string, unknown> = {}, status = 200) => {
      const res = await t
        .http()
        .post(path)
        .set(await a.as(who))
        .send(body);
      if (res.status !== status) throw new Error(`${who} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    // 金华中院 → 金华市住建局 (its replies need the leader's approval) and a copy to the 人大.
    letterId = (await ok('jh.judge', '/api/v1/suggestions', letterBody(t, {}, ['AG-330700-ZJJ'], ['NPC-330700']), 201)).id;
    await ok('jh.judge', `/api/v1/suggestions/${letterId}/submit`);
    await ok('jh.head', `/api/v1/suggestions/${letterId}/review`, { decision: 'RETURN', comment: REVIEW_RETURN });
    await ok('jh.judge', `/api/v1/suggestions/${letterId}/submit`);
    await ok('jh.head', `/api/v1/suggestions/${letterId}/review`, { decision: 'APPROVE', comment: REVIEW_OK });
    const issued = await ok('jh.leader', `/api/v1/suggestions/${letterId}/approve`, { decision: 'APPROVE', comment: SIGN_OFF });
    docNumber = issued.docNumber;
    deliveryId = issued.deliveries.find((d: { kind: string }) => d.kind === 'MAIN').id;
    t.clock.advance(DAY);
    await ok('jhzjj.clerk', `/api/v1/deliveries/${deliveryId}/sign`);
    const upload = await t
      .http()
      .post('/api/v1/attachments')
      .set(await a.as('jhzjj.clerk'))
      .attach('file', minimalPdf('draft'), '回复草稿.pdf');
    expect(upload.status).toBe(201);
    replyFileId = upload.body.id;
    const drafted = await ok('jhzjj.clerk', `/api/v1/deliveries/${deliveryId}/reply`, {
      content: DRAFT,
      measures: '草稿措施',
      items: [1, 2, 3].map((index) => ({ index, stance: 'PARTIAL', note: DRAFT_NOTE })),
      attachmentIds: [replyFileId],
    });
    expect(drafted.reply).toMatchObject({ status: 'PENDING_APPROVAL', content: DRAFT });
    for (const u of [...OUTSIDE_COURT, ...OUTSIDE_AGENCY, 'jh.head', 'jhzjj.leader']) await a.token(u);
  });
  afterAll(() => t.close());

  const get = async (who: string, path: string) => {
    const res = await t
      .http()
      .get(path)
      .set(await a.as(who));
    expect({ who, path, status: res.status }).toEqual({ who, path, status: 200 });
    return res.body;
  };
  type Entry = { action: string; actor: { userId: string | null; name: string | null }; data: Record<string, unknown> };
  const timeline = async (who: string) => (await get(who, `/api/v1/suggestions/${letterId}/timeline`)) as Entry[];

  describe('court comments stay in the court (issue 12, point 6)', () => {
    // Checked to fail without the fix: with timelineEntryFor (libs/deliveries timeline.service.ts)
    // returning every event whole, `leaks` listed the agency reading SIGN_OFF and the signer's name,
    // and the 人大 and the higher court reading every comment and every name.
    it('the court reads its own review and sign-off comments, and who wrote them', async () => {
      for (const who of ['jh.admin', 'jh.leader']) {
        const tl = await timeline(who);
        const text = JSON.stringify(tl);
        for (const c of [REVIEW_RETURN, REVIEW_OK, SIGN_OFF]) expect({ who, c, shown: text.includes(c) }).toEqual({ who, c, shown: true });
        expect(tl.find((e) => e.action === 'suggestion.review_approved')).toMatchObject({
          actor: { userId: t.dir.users.get('jh.head')!.id, name: expect.stringContaining('吴庭长') },
        });
        expect(tl.find((e) => e.action === 'suggestion.issued')).toMatchObject({ data: { docNumber, comment: SIGN_OFF } });
        expect((await get(who, `/api/v1/suggestions/${letterId}`)).lastComment).toBe(SIGN_OFF);
      }
    });

    it('the recipient, the 人大 and the higher court see the steps, when and by which court — not the comments nor the person', async () => {
      const leaks: string[] = [];
      for (const who of OUTSIDE_COURT) {
        const text = JSON.stringify(await timeline(who));
        for (const c of [REVIEW_RETURN, REVIEW_OK, SIGN_OFF, '吴庭长', '郑副院长', '周承办']) if (text.includes(c)) leaks.push(`${who}: ${c}`);
      }
      expect(leaks).toEqual([]);
      // The audit list keeps the same rule: checked to fail with the court-step condition removed
      // from auditRowWhole (apps/api/src/audit/audit-scope.ts): the 人大 and the higher court read
      // both review comments and the reviewer's name. They still see that the reviews happened.
      for (const who of ['jhrd.supervisor', 'zj.admin']) {
        const rows = (await get(who, `/api/v1/audit?entityId=${letterId}&pageSize=100`)).items as { action: string; actorName: string | null }[];
        const text = JSON.stringify(rows);
        for (const c of [REVIEW_RETURN, REVIEW_OK, 'jh.head', 'jh.leader']) if (text.includes(c)) leaks.push(`${who} audit: ${c}`);
        expect({ who, reviews: rows.filter((r) => r.action.startsWith('suggestion.review')).map((r) => r.action) }).toEqual({
          who,
          reviews: ['suggestion.review_approve', 'suggestion.review_return'],
        });
      }
      expect(leaks).toEqual([]);
      const own = JSON.stringify((await get('jh.admin', `/api/v1/audit?entityId=${letterId}&pageSize=100`)).items);
      for (const c of [REVIEW_RETURN, REVIEW_OK, 'jh.head']) expect(own).toContain(c);
      // The letter's latest comment (the sign-off comment) likewise: checked to fail with the
      // letter read's old rule (everyone but recipients read it): the 人大 and the higher court got SIGN_OFF.
      for (const who of OUTSIDE_COURT) {
        expect({ who, lastComment: (await get(who, `/api/v1/suggestions/${letterId}`)).lastComment }).toEqual({ who, lastComment: null });
      }
      for (const who of OUTSIDE_COURT) {
        const tl = await timeline(who);
        const issued = tl.find((e) => e.action === 'suggestion.issued');
        expect({ who, issued }).toEqual({
          who,
          issued: expect.objectContaining({
            data: { docNumber },
            actor: { userId: null, organizationId: t.dir.orgs.get('COURT-330700')!.id, name: '金华市中级人民法院' },
          }),
        });
      }
      // Supervisors and the higher court still see that the letter was reviewed (and returned once).
      for (const who of ['jhrd.supervisor', 'zj.admin']) {
        const actions = (await timeline(who)).map((e) => e.action);
        expect({ who, reviews: actions.filter((x) => x.startsWith('suggestion.review_')) }).toEqual({
          who,
          reviews: ['suggestion.review_returned', 'suggestion.review_approved'],
        });
      }
    });
  });

  describe('a reply awaiting the agency leader’s approval stays in the agency (issue 12, point 7)', () => {
    // Checked to fail without the fix: with replyWithheldFrom (libs/deliveries delivery-row.ts)
    // answering false, the court read DRAFT on GET /deliveries/:id, the list and the letter, and
    // the reply file was listed; with the REPLY check in AttachmentsService.canSee removed, the
    // court downloaded the draft's file (200); with the timeline rule off, the court read the
    // draft's stances and the clerk's name on `delivery.reply_drafted`. Search indexes only
    // submitted replies (migration Search): the search assertion guards that it stays so.
    const withheld = (who: string, d: { reply: unknown; attachments: { id: string }[] }) => {
      expect({ who, reply: d.reply }).toEqual({ who, reply: { status: 'PENDING_APPROVAL' } });
      expect({ who, files: d.attachments.map((f) => f.id) }).toEqual({ who, files: [] });
    };

    it('the court, the higher court and the 人大 see only that a reply is being prepared', async () => {
      for (const who of OUTSIDE_AGENCY) {
        const detail = await get(who, `/api/v1/deliveries/${deliveryId}`);
        withheld(who, detail);
        expect(JSON.stringify(detail)).not.toContain(DRAFT);
        const list = await get(who, `/api/v1/deliveries?suggestionId=${letterId}&pageSize=50`);
        withheld(
          who,
          list.items.find((d: { id: string }) => d.id === deliveryId),
        );
        const letter = await get(who, `/api/v1/suggestions/${letterId}`);
        withheld(
          who,
          letter.deliveries.find((d: { id: string }) => d.id === deliveryId),
        );
        expect(JSON.stringify(letter)).not.toContain(DRAFT_NOTE);
        const drafted = (await timeline(who)).find((e) => e.action === 'delivery.reply_drafted');
        expect({ who, drafted }).toEqual({
          who,
          drafted: expect.objectContaining({ data: {}, actor: expect.objectContaining({ userId: null, name: '金华市住房和城乡建设局' }) }),
        });
        const found = await get(who, `/api/v1/search?q=${encodeURIComponent('会同街道整改')}`);
        expect({ who, hits: found.items.filter((h: { source: string }) => h.source === 'REPLY').length }).toEqual({ who, hits: 0 });
        // Nor in the audit list (checked to fail without the reply_draft rule in auditRowWhole):
        // the row shows that a draft was made, not its stances nor who made it.
        if (who !== 'jh.leader') {
          const rows = (await get(who, `/api/v1/audit?entityId=${deliveryId}&pageSize=100`)).items as {
            action: string;
            actorName: string | null;
            data: object;
          }[];
          expect({ who, draft: rows.find((r) => r.action === 'delivery.reply_draft') }).toEqual({
            who,
            draft: expect.objectContaining({ actorName: null, data: { status: 'SIGNED' } }),
          });
        }
        const download = await t
          .http()
          .get(`/api/v1/attachments/${replyFileId}`)
          .set(await a.as(who));
        expect({ who, status: download.status }).toEqual({ who, status: 404 });
      }
    });

    it('the agency reads its own draft whole; once the leader approves, so does the court', async () => {
      for (const who of ['jhzjj.clerk', 'jhzjj.leader']) {
        const detail = await get(who, `/api/v1/deliveries/${deliveryId}`);
        expect(detail.reply).toMatchObject({
          status: 'PENDING_APPROVAL',
          content: DRAFT,
          items: [{ index: 1, stance: 'PARTIAL', note: DRAFT_NOTE }, expect.anything(), expect.anything()],
        });
        expect(detail.attachments.map((f: { id: string }) => f.id)).toEqual([replyFileId]);
        expect(
          (
            await t
              .http()
              .get(`/api/v1/attachments/${replyFileId}`)
              .set(await a.as(who))
          ).status,
        ).toBe(200);
        const drafted = (await timeline(who)).find((e) => e.action === 'delivery.reply_drafted');
        expect(drafted).toMatchObject({ data: { stances: ['PARTIAL', 'PARTIAL', 'PARTIAL'] }, actor: { name: expect.stringContaining('冯经办') } });
      }
      const approved = await t
        .http()
        .post(`/api/v1/deliveries/${deliveryId}/reply/approve`)
        .set(await a.as('jhzjj.leader'))
        .send({});
      expect(approved.status).toBe(200);
      for (const who of OUTSIDE_AGENCY) {
        const detail = await get(who, `/api/v1/deliveries/${deliveryId}`);
        expect({ who, reply: detail.reply }).toEqual({
          who,
          reply: expect.objectContaining({ status: 'SUBMITTED', content: DRAFT, approvedByName: expect.any(String) }),
        });
        expect(detail.attachments.map((f: { id: string }) => f.id)).toEqual([replyFileId]);
        expect({
          who,
          status: (
            await t
              .http()
              .get(`/api/v1/attachments/${replyFileId}`)
              .set(await a.as(who))
          ).status,
        }).toEqual({ who, status: 200 });
        const found = await get(who, `/api/v1/search?q=${encodeURIComponent('会同街道整改')}`);
        expect({ who, hits: found.items.filter((h: { source: string }) => h.source === 'REPLY').length }).toEqual({ who, hits: 1 });
      }
    });
  });
});
