import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AttachmentsService, AttachmentTarget } from '@app/attachments';
import { Principal, Role } from '@app/identity';
import { minimalDocx, minimalPdf, minimalPng } from '@app/testing';
import { createTestApp, TestApp } from '../harness';

/**
 * Attached files follow what they are attached to: the letter's visibility rule for files on the
 * letter, the delivery's for replies and reports. Letters and deliveries are inserted directly
 * (this suite is about attachments, not the letter lifecycle).
 */
describe('attachments attached to letters and deliveries', () => {
  let t: TestApp;
  let storageDir: string;
  let service: AttachmentsService;
  const tokens = new Map<string, string>();
  const auth = (username: string) => ({ authorization: `Bearer ${tokens.get(username)}` });
  const org = (code: string) => t.dir.orgs.get(code)!.id;

  const insertLetter = async (status: string, author = 'jh.judge', court = 'COURT-330700', division = '民二庭'): Promise<string> => {
    const [row] = await t.ds.query(
      `INSERT INTO suggestions (court_id, author_id, division, status, category, title, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'CLASS_CASE', '关于加强充电桩安全管理的司法建议', now(), now()) RETURNING id`,
      [org(court), t.dir.users.get(author)!.id, division, status],
    );
    return row.id;
  };
  const insertDelivery = async (suggestionId: string, orgCode: string, kind: 'MAIN' | 'COPY'): Promise<string> => {
    const [row] = await t.ds.query(
      `INSERT INTO deliveries (suggestion_id, organization_id, kind, status, delivered_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'DELIVERED', now(), now(), now()) RETURNING id`,
      [suggestionId, org(orgCode), kind],
    );
    return row.id;
  };
  const principalOf = (username: string): Principal => {
    const u = t.dir.users.get(username)!;
    return {
      kind: 'user',
      userId: u.id,
      username,
      displayName: username,
      organizationId: u.organizationId,
      organizationType: 'COURT',
      roles: u.roles as Role[],
      division: u.division,
      sessionId: null,
      apiTokenId: null,
      ip: null,
      correlationId: null,
    };
  };
  const upload = async (username: string, bytes: Buffer, name: string): Promise<string> => {
    const res = await t.http().post('/api/v1/attachments').set(auth(username)).attach('file', bytes, name);
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const attach = (username: string, ids: string[], target: AttachmentTarget) => t.ds.transaction((m) => service.attach(m, principalOf(username), ids, target));
  const statusFor = async (username: string, id: string) => (await t.http().get(`/api/v1/attachments/${id}`).set(auth(username))).status;

  beforeAll(async () => {
    storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sifa-storage-'));
    t = await createTestApp({ env: { STORAGE_DIR: storageDir } });
    service = t.app.get(AttachmentsService);
    // A supervisor outside 金华: 杭州市人大.
    const sup = t.dir.users.get('jhrd.supervisor')!;
    await t.ds.query(
      `INSERT INTO users (organization_id, username, display_name, roles, password_hash) SELECT $1, 'hzrd.supervisor', '杭州人大', roles, password_hash FROM users WHERE id = $2`,
      [org('NPC-330100'), sup.id],
    );
    for (const u of [
      'jh.judge',
      'jh.head',
      'jh.admin',
      'zj.admin',
      'lx.judge',
      'lx.admin',
      'jhzjj.clerk',
      'jhfgw.clerk',
      'lxscjg.clerk',
      'jhrd.supervisor',
      'hzrd.supervisor',
    ]) {
      tokens.set(u, await t.login(u));
    }
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(storageDir, { recursive: true, force: true });
  });

  it('shows a file on an issued letter to the letter’s court, higher court, supervisor and recipients only', async () => {
    const letter = await insertLetter('ISSUED');
    const main = await insertDelivery(letter, 'AG-330700-ZJJ', 'MAIN');
    await insertDelivery(letter, 'AG-330700-FGW', 'COPY');
    const letterFile = await upload('jh.judge', minimalPdf('letter'), '建议书附件.pdf');
    const internalFile = await upload('jh.judge', minimalPng(), '内部材料.png');
    await attach('jh.judge', [letterFile], { suggestionId: letter, purpose: 'LETTER' });
    await attach('jh.judge', [internalFile], { suggestionId: letter, purpose: 'OTHER' });
    const replyFile = await upload('jhzjj.clerk', minimalDocx('回复'), '回复函.docx');
    await attach('jhzjj.clerk', [replyFile], { suggestionId: letter, deliveryId: main, purpose: 'REPLY' });

    const expected: Record<string, [number, number, number]> = {
      // username: [letter file, court-internal file on the letter, the 住建局 reply]
      'jh.judge': [200, 200, 200],
      'jh.head': [200, 200, 200],
      'jh.admin': [200, 200, 200],
      'zj.admin': [200, 200, 200],
      'jhrd.supervisor': [200, 200, 200],
      'jhzjj.clerk': [200, 404, 200],
      'jhfgw.clerk': [200, 404, 404],
      'lxscjg.clerk': [404, 404, 404],
      'lx.judge': [404, 404, 404],
      'lx.admin': [404, 404, 404],
      'hzrd.supervisor': [404, 404, 404],
    };
    for (const [user, want] of Object.entries(expected)) {
      const got = [await statusFor(user, letterFile), await statusFor(user, internalFile), await statusFor(user, replyFile)];
      expect({ user, got }).toEqual({ user, got: want });
    }
    expect((await t.http().get(`/api/v1/attachments/${letterFile}`)).status).toBe(401);
  });

  it('keeps a draft letter’s files inside the drafting court (author and division)', async () => {
    const draft = await insertLetter('DRAFT');
    const file = await upload('jh.judge', minimalPdf('draft'), 'draft.pdf');
    await attach('jh.judge', [file], { suggestionId: draft, purpose: 'LETTER' });
    const want: Record<string, number> = {
      'jh.judge': 200,
      'jh.head': 200,
      'jh.admin': 200,
      'zj.admin': 404,
      'jhrd.supervisor': 404,
      'jhzjj.clerk': 404,
      'lx.judge': 404,
    };
    for (const [user, status] of Object.entries(want)) expect({ user, status: await statusFor(user, file) }).toEqual({ user, status });
    // Another division's letter of the same court is not the division head's.
    const other = await insertLetter('DRAFT', 'jh.judge', 'COURT-330700', '刑一庭');
    const otherFile = await upload('jh.judge', minimalPdf('x'), 'x.pdf');
    await attach('jh.judge', [otherFile], { suggestionId: other, purpose: 'LETTER' });
    expect(await statusFor('jh.head', otherFile)).toBe(404);
  });

  it('attach() claims own unattached uploads in the caller’s transaction and refuses foreign, unknown or taken ids', async () => {
    const letter = await insertLetter('DRAFT');
    const otherLetter = await insertLetter('DRAFT');
    const mine = await upload('jh.judge', minimalPdf('a'), 'a.pdf');
    const mine2 = await upload('jh.judge', minimalPng(), 'b.png');
    const foreign = await upload('jhzjj.clerk', minimalPdf('c'), 'c.pdf');
    const target: AttachmentTarget = { suggestionId: letter, purpose: 'LETTER' };

    for (const bad of [foreign, randomUUID(), 'not-a-uuid']) {
      await expect(attach('jh.judge', [mine, bad], target)).rejects.toMatchObject({
        status: 422,
        code: 'ATTACHMENT_NOT_FOUND',
        details: { attachmentIds: [bad] },
      });
    }
    expect((await t.ds.query('SELECT suggestion_id FROM attachments WHERE id = $1', [mine]))[0].suggestion_id).toBeNull();

    // Rolled back with the caller's transaction.
    await expect(
      t.ds.transaction(async (m) => {
        await service.attach(m, principalOf('jh.judge'), [mine], target);
        throw new Error('caller fails');
      }),
    ).rejects.toThrow('caller fails');
    expect((await t.ds.query('SELECT suggestion_id FROM attachments WHERE id = $1', [mine]))[0].suggestion_id).toBeNull();

    await attach('jh.judge', [mine, mine2, mine], target);
    const listed = await service.listFor(letter);
    expect(listed.map((a) => a.id).sort()).toEqual([mine, mine2].sort());
    expect(listed.find((a) => a.id === mine)).toMatchObject({
      fileName: 'a.pdf',
      contentType: 'application/pdf',
      purpose: 'LETTER',
      size: minimalPdf('a').length,
    });

    // The same target again is a no-op; another target is refused; an attached file is no longer "unattached".
    await attach('jh.judge', [mine], target);
    await expect(attach('jh.judge', [mine], { suggestionId: otherLetter, purpose: 'LETTER' })).rejects.toMatchObject({
      status: 422,
      code: 'ATTACHMENT_NOT_FOUND',
    });
    expect((await service.listFor(otherLetter)).length).toBe(0);

    // Delivery files are listed per delivery, apart from the letter's own.
    const delivery = await insertDelivery(letter, 'AG-330700-ZJJ', 'MAIN');
    const reply = await upload('jhzjj.clerk', minimalDocx(), 'reply.docx');
    await attach('jhzjj.clerk', [reply], { suggestionId: letter, deliveryId: delivery, purpose: 'REPLY' });
    expect((await service.listFor(letter, delivery)).map((a) => a.id)).toEqual([reply]);
    expect((await service.listFor(letter)).map((a) => a.id)).not.toContain(reply);
  });
});
