import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { minimalDocx, minimalPdf } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, letterBody, letterInApproval, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * Files on letters and deliveries through the real endpoints: the judge's files travel with the
 * letter to its recipients; an agency's reply, extension, message and implementation files stay
 * between it and the court. Messages and evaluations leave their webhook/event outbox rows.
 */
describe('attachments on letters and deliveries; delivery event outbox rows', () => {
  let t: TestApp;
  let a: Actors;
  let storageDir: string;
  const http = () => t.http();
  const upload = async (username: string, bytes: Buffer, name: string): Promise<string> => {
    const res = await http()
      .post('/api/v1/attachments')
      .set(await a.as(username))
      .attach('file', bytes, name);
    expect(res.status).toBe(201);
    t.clock.advance(60_000); // files are listed oldest first
    return res.body.id;
  };
  const download = async (username: string, id: string) =>
    http()
      .get(`/api/v1/attachments/${id}`)
      .set(await a.as(username))
      .responseType('blob');
  const files = (body: { attachments: { id: string; purpose: string }[] }) => body.attachments.map((f) => ({ id: f.id, purpose: f.purpose }));

  beforeAll(async () => {
    storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sifa-letter-files-'));
    t = await startClosedLoopApp({ env: { STORAGE_DIR: storageDir } });
    a = new Actors(t);
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(storageDir, { recursive: true, force: true });
  });

  it('carries the letter’s files to its recipients and keeps each delivery’s files between it and the court', async () => {
    // The judge drafts with two files, then drops one: it is detached (back to an unattached upload).
    const photos = minimalPdf('charging pile survey');
    const kept = await upload('jh.judge', photos, '充电桩现场调查报告.pdf');
    const dropped = await upload('jh.judge', minimalPdf('draft notes'), '草稿备注.pdf');
    const created = await http()
      .post('/api/v1/suggestions')
      .set(await a.as('jh.judge'))
      .send(letterBody(t, { attachmentIds: [kept, dropped] }, ['AG-330700-FGW', 'AG-330700-ZJJ']));
    expect(created.status).toBe(201);
    expect(files(created.body)).toEqual([
      { id: kept, purpose: 'LETTER' },
      { id: dropped, purpose: 'LETTER' },
    ]);
    expect(created.body.attachments[0]).toMatchObject({ fileName: '充电桩现场调查报告.pdf', contentType: 'application/pdf', size: photos.length });
    const id = created.body.id as string;
    const patched = await http()
      .patch(`/api/v1/suggestions/${id}`)
      .set(await a.as('jh.judge'))
      .send({ version: created.body.version, attachmentIds: [kept] });
    expect(patched.status).toBe(200);
    expect(files(patched.body)).toEqual([{ id: kept, purpose: 'LETTER' }]);
    expect(await t.ds.query(`SELECT suggestion_id, purpose FROM attachments WHERE id = $1`, [dropped])).toEqual([{ suggestion_id: null, purpose: null }]);
    const [version] = await t.ds.query(`SELECT changed_fields, snapshot FROM suggestion_versions WHERE suggestion_id = $1 ORDER BY version DESC LIMIT 1`, [id]);
    expect(version.changed_fields).toEqual(['attachments']);
    expect(version.snapshot.attachments).toEqual([{ id: kept, fileName: '充电桩现场调查报告.pdf' }]);
    // Another organization's upload cannot be attached: 422, nothing changed.
    const foreign = await upload('lx.judge', minimalPdf('other court'), '兰溪.pdf');
    const refused = await http()
      .patch(`/api/v1/suggestions/${id}`)
      .set(await a.as('jh.judge'))
      .send({ attachmentIds: [kept, foreign] });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('ATTACHMENT_NOT_FOUND');
    expect(
      files(
        (
          await http()
            .get(`/api/v1/suggestions/${id}`)
            .set(await a.as('jh.judge'))
        ).body,
      ),
    ).toEqual([{ id: kept, purpose: 'LETTER' }]);

    // Issue it.
    expect(
      (
        await http()
          .post(`/api/v1/suggestions/${id}/submit`)
          .set(await a.as('jh.judge'))
          .send({})
      ).status,
    ).toBe(200);
    expect(
      (
        await http()
          .post(`/api/v1/suggestions/${id}/review`)
          .set(await a.as('jh.head'))
          .send({ decision: 'APPROVE' })
      ).status,
    ).toBe(200);
    const issued = await http()
      .post(`/api/v1/suggestions/${id}/approve`)
      .set(await a.as('jh.leader'))
      .send({ decision: 'APPROVE' });
    expect(issued.body).toMatchObject({ status: 'ISSUED', attachments: [{ id: kept, purpose: 'LETTER' }] });
    const deliveryOf = (code: string) =>
      issued.body.deliveries.find((d: { organizationId: string }) => d.organizationId === t.dir.orgs.get(code)!.id).id as string;
    const fgw = deliveryOf('AG-330700-FGW');
    const zjj = deliveryOf('AG-330700-ZJJ');

    // The recipient sees the letter's file and downloads it; another agency gets 404.
    const seen = await http()
      .get(`/api/v1/suggestions/${id}`)
      .set(await a.as('jhfgw.clerk'));
    expect(files(seen.body)).toEqual([{ id: kept, purpose: 'LETTER' }]);
    const got = await download('jhfgw.clerk', kept);
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body, photos)).toBe(0);
    expect((await download('lxscjg.clerk', kept)).status).toBe(404);
    expect((await download('jhfgw.clerk', dropped)).status).toBe(404);

    // 发改委 signs and replies with its own file; the court sees it, the co-recipient and outsiders do not.
    expect(
      (
        await http()
          .post(`/api/v1/deliveries/${fgw}/sign`)
          .set(await a.as('jhfgw.clerk'))
          .send({})
      ).status,
    ).toBe(200);
    const replyFile = minimalDocx('整改方案');
    const replyId = await upload('jhfgw.clerk', replyFile, '整改方案.docx');
    const replied = await http()
      .post(`/api/v1/deliveries/${fgw}/reply`)
      .set(await a.as('jhfgw.clerk'))
      .send({
        content: '关于司法建议的回复函',
        items: [1, 2, 3].map((index) => ({ index, stance: 'ADOPT' })),
        attachmentIds: [replyId],
      });
    expect(replied.status).toBe(200);
    expect(replied.body).toMatchObject({ status: 'REPLIED', attachments: [{ id: replyId, purpose: 'REPLY', fileName: '整改方案.docx' }] });
    const courtView = await http()
      .get(`/api/v1/deliveries/${fgw}`)
      .set(await a.as('jh.admin'));
    expect(files(courtView.body)).toEqual([{ id: replyId, purpose: 'REPLY' }]);
    const letterForCourt = await http()
      .get(`/api/v1/suggestions/${id}`)
      .set(await a.as('jh.judge'));
    expect(files(letterForCourt.body.deliveries.find((d: { id: string }) => d.id === fgw))).toEqual([{ id: replyId, purpose: 'REPLY' }]);
    const courtDownload = await download('jh.admin', replyId);
    expect(courtDownload.status).toBe(200);
    expect(Buffer.compare(courtDownload.body, replyFile)).toBe(0);
    expect((await download('lxscjg.clerk', replyId)).status).toBe(404);
    expect((await download('jhzjj.clerk', replyId)).status).toBe(404);
    const zjjSees = await http()
      .get(`/api/v1/suggestions/${id}`)
      .set(await a.as('jhzjj.clerk'));
    expect(zjjSees.body.deliveries.map((d: { id: string }) => d.id)).toEqual([zjj]);
    expect(files(zjjSees.body.deliveries[0])).toEqual([]);

    // 住建局 asks for more time with a supporting file.
    expect(
      (
        await http()
          .post(`/api/v1/deliveries/${zjj}/sign`)
          .set(await a.as('jhzjj.clerk'))
          .send({})
      ).status,
    ).toBe(200);
    const extFile = await upload('jhzjj.clerk', minimalPdf('survey plan'), '摸排计划.pdf');
    const ext = await http()
      .post(`/api/v1/deliveries/${zjj}/extension`)
      .set(await a.as('jhzjj.clerk'))
      .send({ reason: '需摸排全市老旧小区', requestedDueDate: '2031-06-30', attachmentIds: [extFile] });
    expect(ext.status).toBe(200);
    expect(files(ext.body)).toEqual([{ id: extFile, purpose: 'EXTENSION' }]);
    expect((await download('jh.admin', extFile)).status).toBe(200);
    expect((await download('jhfgw.clerk', extFile)).status).toBe(404);

    // A message with a file: outbox row delivery.message with its payload.
    const msgFile = await upload('jhfgw.clerk', minimalPdf('meeting minutes'), '座谈纪要.pdf');
    const msg = await http()
      .post(`/api/v1/deliveries/${fgw}/messages`)
      .set(await a.as('jhfgw.clerk'))
      .send({ body: '附座谈纪要，请审阅', attachmentIds: [msgFile] });
    expect(msg.status).toBe(201);
    expect(msg.body.attachments).toEqual([expect.objectContaining({ id: msgFile, fileName: '座谈纪要.pdf', purpose: 'MESSAGE' })]);
    // In the thread the file sits with its own message; a later message without files lists none, and
    // a file already sent with one message is not claimed again by another.
    t.clock.advance(60_000);
    const plain = await http()
      .post(`/api/v1/deliveries/${fgw}/messages`)
      .set(await a.as('jhfgw.clerk'))
      .send({ body: '另：纪要第三页有更正', attachmentIds: [msgFile] });
    expect(plain.body.attachments).toEqual([]);
    const thread = await http()
      .get(`/api/v1/deliveries/${fgw}/messages`)
      .set(await a.as('jh.admin'));
    expect(thread.body.map((m: { body: string; attachments: { id: string }[] }) => [m.body, m.attachments.map((f) => f.id)])).toEqual([
      ['附座谈纪要，请审阅', [msgFile]],
      ['另：纪要第三页有更正', []],
    ]);
    const msgRows = await t.ds.query(`SELECT payload FROM outbox_messages WHERE topic = 'delivery.message' AND dedupe_key = $1`, [
      `delivery.message:${msg.body.id}`,
    ]);
    expect(msgRows).toEqual([{ payload: { deliveryId: fgw, messageId: msg.body.id, side: 'RECIPIENT' } }]);
    const courtReply = await http()
      .post(`/api/v1/deliveries/${fgw}/messages`)
      .set(await a.as('jh.admin'))
      .send({ body: '收到' });
    const courtRows = await t.ds.query(`SELECT payload FROM outbox_messages WHERE dedupe_key = $1`, [`delivery.message:${courtReply.body.id}`]);
    expect(courtRows).toEqual([{ payload: { deliveryId: fgw, messageId: courtReply.body.id, side: 'COURT' } }]);

    // The court evaluates: outbox row delivery.evaluated keyed by the delivery's new version.
    const evaluated = await http()
      .post(`/api/v1/deliveries/${fgw}/evaluate`)
      .set(await a.as('jh.admin'))
      .send({ result: 'ADOPTED', comment: '采纳', followUpDate: '2031-07-01' });
    expect(evaluated.status).toBe(200);
    const evalRows = await t.ds.query(`SELECT payload FROM outbox_messages WHERE topic = 'delivery.evaluated' AND dedupe_key = $1`, [
      `delivery.evaluated:${fgw}:${evaluated.body.version}`,
    ]);
    expect(evalRows).toEqual([{ payload: { deliveryId: fgw, result: 'ADOPTED' } }]);

    // The implementation report with a file; the delivery lists every file in order.
    const implFile = await upload('jhfgw.clerk', minimalPdf('guideline issued'), '指引印发文件.pdf');
    const impl = await http()
      .post(`/api/v1/deliveries/${fgw}/implementation`)
      .set(await a.as('jhfgw.clerk'))
      .send({ status: 'IMPLEMENTED', note: '已印发指引', attachmentIds: [implFile] });
    expect(impl.status).toBe(200);
    expect(files(impl.body)).toEqual([
      { id: replyId, purpose: 'REPLY' },
      { id: msgFile, purpose: 'MESSAGE' },
      { id: implFile, purpose: 'IMPLEMENTATION' },
    ]);
    const inbox = await http()
      .get(`/api/v1/deliveries?suggestionId=${id}`)
      .set(await a.as('jhfgw.clerk'));
    expect(files(inbox.body.items[0])).toHaveLength(3);
    for (const f of [msgFile, implFile]) {
      expect((await download('jh.judge', f)).status).toBe(200);
      expect((await download('lxscjg.clerk', f)).status).toBe(404);
    }
  });

  it('carries an escalated letter’s files to the letter the higher court adopts, each copy independent', async () => {
    const survey = minimalPdf('property management survey');
    const file = await upload('lx.judge', survey, '物业服务纠纷调研报告.pdf');
    const id = await letterInApproval(t, a, 'lx.judge', 'lx.head', letterBody(t, { attachmentIds: [file] }, ['AG-330700-ZJJ']));
    const escalated = await http()
      .post(`/api/v1/suggestions/${id}/approve`)
      .set(await a.as('lx.leader'))
      .send({ decision: 'APPROVE' });
    expect(escalated.body.status).toBe('ESCALATED');
    const adopted = await http()
      .post(`/api/v1/suggestions/${id}/escalation`)
      .set(await a.as('jh.admin'))
      .send({ decision: 'ADOPT' });
    expect(adopted.status).toBe(200);
    expect(adopted.body.attachments).toHaveLength(1);
    const copy = adopted.body.attachments[0];
    expect(copy).toMatchObject({ fileName: '物业服务纠纷调研报告.pdf', contentType: 'application/pdf', size: survey.length, purpose: 'LETTER' });
    expect(copy.id).not.toBe(file);
    const [version] = await t.ds.query(`SELECT snapshot FROM suggestion_versions WHERE suggestion_id = $1 ORDER BY version DESC LIMIT 1`, [adopted.body.id]);
    expect(version.snapshot.attachments).toEqual([{ id: copy.id, fileName: '物业服务纠纷调研报告.pdf' }]);

    // The higher court's leader reads it and issues it; the recipient downloads the same bytes.
    const got = await download('jh.leader', copy.id);
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body as Buffer, survey)).toBe(0);
    // The higher court names its own contact before the letter can go to its leader.
    const named = await http()
      .patch(`/api/v1/suggestions/${adopted.body.id}`)
      .set(await a.as('jh.admin'))
      .send({ contactName: '孙研究室', contactPhone: '0579-82000000' });
    expect(named.status).toBe(200);
    const submitted = await http()
      .post(`/api/v1/suggestions/${adopted.body.id}/submit`)
      .set(await a.as('jh.admin'))
      .send({});
    expect(submitted.body.status).toBe('IN_APPROVAL');
    const issued = await http()
      .post(`/api/v1/suggestions/${adopted.body.id}/approve`)
      .set(await a.as('jh.leader'))
      .send({ decision: 'APPROVE' });
    expect(issued.body.status).toBe('ISSUED');
    const delivered = await download('jhzjj.clerk', copy.id);
    expect(Buffer.compare(delivered.body as Buffer, survey)).toBe(0);

    // The original stays on the county court's letter, which the agency never received.
    expect((await download('lx.judge', file)).status).toBe(200);
    expect((await download('jhzjj.clerk', file)).status).toBe(404);
  });
});
