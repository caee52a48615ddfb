import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { elfExecutable, minimalDocx, minimalPdf, minimalPng, peExecutable } from '@app/testing';
import { createTestApp, TestApp } from '../harness';

/** Every file below a directory, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  await walk(dir);
  return out.sort();
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('attachments (upload, type check, size limit, download)', () => {
  let t: TestApp;
  let storageDir: string;
  let judge: string;
  let head: string;
  let agency: string;
  let otherCourt: string;
  const auth = (tok: string) => ({ authorization: `Bearer ${tok}` });
  const upload = (tok: string | null, bytes: Buffer, filename: string) => {
    const req = t.http().post('/api/v1/attachments');
    if (tok) req.set(auth(tok));
    return req.attach('file', bytes, { filename, contentType: 'application/octet-stream' });
  };
  const count = async () => Number((await t.ds.query('SELECT count(*)::int AS n FROM attachments'))[0].n);

  beforeAll(async () => {
    storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sifa-storage-'));
    t = await createTestApp({ env: { STORAGE_DIR: storageDir } });
    [judge, head, agency, otherCourt] = await Promise.all([t.login('jh.judge'), t.login('jh.head'), t.login('jhzjj.clerk'), t.login('lx.judge')]);
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(storageDir, { recursive: true, force: true });
  });

  it('stores a PDF under a random sharded name, records it and audits the upload', async () => {
    const pdf = minimalPdf('Rectification plan');
    const res = await upload(judge, pdf, '整改方案.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      fileName: '整改方案.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: sha(pdf),
      createdAt: expect.any(String),
    });
    const [row] = await t.ds.query('SELECT * FROM attachments WHERE id = $1', [res.body.id]);
    expect(row).toMatchObject({
      file_name: '整改方案.pdf',
      uploader_org_id: t.dir.orgs.get('COURT-330700')!.id,
      uploaded_by: t.dir.users.get('jh.judge')!.id,
      suggestion_id: null,
      purpose: null,
    });
    expect(row.storage_name).toBe(`${res.body.id.slice(0, 2)}/${res.body.id.slice(2, 4)}/${res.body.id}`);
    expect(await fs.readFile(path.join(storageDir, 'attachments', row.storage_name))).toEqual(pdf);
    const audit = await t.ds.query(`SELECT data FROM audit_events WHERE action = 'attachment.upload' AND entity_id = $1`, [res.body.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ sha256: sha(pdf), size: pdf.length });
    expect(await filesUnder(path.join(storageDir, 'tmp'))).toEqual([]);
  });

  it('accepts a PNG and a DOCX, typed by their content', async () => {
    const png = await upload(agency, minimalPng(), 'photo.png');
    expect(png.status).toBe(201);
    expect(png.body.contentType).toBe('image/png');
    const docx = await upload(agency, minimalDocx('整改情况'), '整改报告.DOCX');
    expect(docx.status).toBe(201);
    expect(docx.body.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('answers 413 for a 25 MiB upload and keeps neither a row nor a file', async () => {
    const before = await count();
    const big = Buffer.alloc(25 * 1024 * 1024, 0x20);
    minimalPdf().copy(big);
    const res = await upload(judge, big, 'big.pdf');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await count()).toBe(before);
    expect(await filesUnder(path.join(storageDir, 'tmp'))).toEqual([]);
    const stored = await filesUnder(path.join(storageDir, 'attachments'));
    const rows = await t.ds.query('SELECT storage_name FROM attachments ORDER BY storage_name');
    expect(stored).toEqual(rows.map((r: { storage_name: string }) => r.storage_name).sort());
    // The connection is still usable afterwards.
    expect((await upload(judge, minimalPdf(), 'small.pdf')).status).toBe(201);
  });

  it('enforces the limit while streaming when the request is only just over it', async () => {
    const before = await count();
    const justOver = Buffer.alloc(t.config.uploadMaxBytes + 1, 0x20);
    minimalPdf().copy(justOver);
    const res = await upload(judge, justOver, 'just-over.pdf');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await count()).toBe(before);
    expect(await filesUnder(path.join(storageDir, 'tmp'))).toEqual([]);
    // Exactly at the limit is accepted.
    const atLimit = justOver.subarray(0, t.config.uploadMaxBytes);
    const ok = await upload(judge, atLimit, 'at-limit.pdf');
    expect(ok.status).toBe(201);
    expect(ok.body.size).toBe(t.config.uploadMaxBytes);
  });

  it('answers 422 UNSUPPORTED_FILE_TYPE for executables renamed .pdf and a mismatched extension, storing nothing', async () => {
    const before = await count();
    const storedBefore = await filesUnder(path.join(storageDir, 'attachments'));
    for (const [bytes, name] of [
      [elfExecutable(), 'report.pdf'],
      [peExecutable(), '建议.pdf'],
      [minimalPdf(), 'image.png'],
      [minimalPng(), 'noext'],
    ] as const) {
      const res = await upload(judge, bytes, name);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    }
    expect(await count()).toBe(before);
    expect(await filesUnder(path.join(storageDir, 'attachments'))).toEqual(storedBefore);
    expect(await filesUnder(path.join(storageDir, 'tmp'))).toEqual([]);
  });

  it('keeps a path-traversal file name only as a sanitized label; the file stays inside storage', async () => {
    const pdf = minimalPdf('traversal');
    const res = await upload(judge, pdf, '../../etc/passwd.pdf');
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe('passwd.pdf');
    const [row] = await t.ds.query('SELECT storage_name FROM attachments WHERE id = $1', [res.body.id]);
    expect(row.storage_name).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(await fs.readFile(path.join(storageDir, 'attachments', row.storage_name))).toEqual(pdf);
    await expect(fs.stat(path.join(storageDir, '..', 'etc', 'passwd.pdf'))).rejects.toThrow();
    const down = await t.http().get(`/api/v1/attachments/${res.body.id}`).set(auth(judge)).responseType('blob');
    expect(down.status).toBe(200);
    expect(down.headers['content-disposition']).toBe(`attachment; filename="passwd.pdf"; filename*=UTF-8''passwd.pdf`);
  });

  it('lets the uploading organization download with Content-Disposition; others get 404, no token 401', async () => {
    const pdf = minimalPdf('download me');
    const up = await upload(judge, pdf, '关于充电桩的司法建议.pdf');
    const url = `/api/v1/attachments/${up.body.id}`;
    const own = await t.http().get(url).set(auth(head)).responseType('blob');
    expect(own.status).toBe(200);
    expect(Buffer.compare(own.body, pdf)).toBe(0);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-length']).toBe(String(pdf.length));
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect(own.headers['content-disposition']).toBe(
      `attachment; filename="__________.pdf"; filename*=UTF-8''${encodeURIComponent('关于充电桩的司法建议.pdf')}`,
    );

    for (const tok of [agency, otherCourt]) {
      const res = await t.http().get(url).set(auth(tok));
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    const anon = await t.http().get(url);
    expect(anon.status).toBe(401);
    expect((await t.http().get(`/api/v1/attachments/${randomUUID()}`).set(auth(judge))).status).toBe(404);
    expect((await t.http().get('/api/v1/attachments/not-a-uuid').set(auth(judge))).status).toBe(404);
  });

  it('refuses uploads without a token, without a file part, or not multipart', async () => {
    const before = await count();
    const anon = await upload(null, minimalPdf(), 'a.pdf');
    expect(anon.status).toBe(401);
    const noFile = await t.http().post('/api/v1/attachments').set(auth(judge)).field('note', 'x');
    expect(noFile.status).toBe(400);
    expect(noFile.body.code).toBe('FILE_REQUIRED');
    const wrongField = await t.http().post('/api/v1/attachments').set(auth(judge)).attach('upload', minimalPdf(), 'a.pdf');
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.code).toBe('FILE_REQUIRED');
    const json = await t.http().post('/api/v1/attachments').set(auth(judge)).send({ file: 'x' });
    expect(json.status).toBe(415);
    const empty = await upload(judge, Buffer.alloc(0), 'empty.pdf');
    expect(empty.status).toBe(422);
    expect(await count()).toBe(before);
  });

  it('documents both endpoints in the OpenAPI document', async () => {
    const doc = (await t.http().get('/api/docs-json')).body;
    const post = doc.paths['/api/v1/attachments'].post;
    expect(post.requestBody.content['multipart/form-data'].schema).toBeDefined();
    expect(Object.keys(post.responses)).toContain('201');
    expect(doc.paths['/api/v1/attachments/{id}'].get).toBeDefined();
    expect(Object.keys(doc.components.schemas.AttachmentDto.properties).sort()).toEqual(['contentType', 'createdAt', 'fileName', 'id', 'sha256', 'size']);
  });
});
