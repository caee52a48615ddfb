import { extractPdfText, readZip } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const rfc5987 = (name: string) => `filename*=UTF-8''${encodeURIComponent(name)}`;
const pdfText = (body: Buffer) => extractPdfText(body).pages.join('\n');

/** The 司法建议书 (PDF, DOCX) and 送达回证 downloads, as the court, the recipient and an outsider see them. */
describe('letter documents: document.pdf, document.docx, receipt.pdf', () => {
  let t: TestApp;
  let a: Actors;
  let letter: { id: string; docNumber: string; title: string; deliveries: { id: string; organizationId: string }[] };
  const get = async (path: string, username?: string) => {
    const req = t.http().get(path).responseType('blob');
    return username ? req.set(await a.as(username)) : req;
  };
  const deliveryOf = (code: string) => letter.deliveries.find((d) => d.organizationId === t.dir.orgs.get(code)!.id)!.id;

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t, {}, ['AG-330700-ZJJ', 'AG-330700-FGW']));
  });
  afterAll(() => t.close());

  it('gives the court admin the issued letter as PDF and DOCX, named by its number', async () => {
    expect(letter.docNumber).toBe('金中法建〔2031〕1号');
    const pdf = await get(`/api/v1/suggestions/${letter.id}/document.pdf`, 'jh.admin');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe(PDF);
    expect(pdf.headers['content-disposition']).toContain(rfc5987('金中法建〔2031〕1号.pdf'));
    const bytes = pdf.body as Buffer;
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(bytes);
    expect(text).toContain('金中法建〔2031〕1号');
    expect(text).toContain('金华市住房和城乡建设局');
    expect(text).not.toContain('草稿');

    const docx = await get(`/api/v1/suggestions/${letter.id}/document.docx`, 'jh.admin');
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe(DOCX);
    expect(docx.headers['content-disposition']).toContain(rfc5987('金中法建〔2031〕1号.docx'));
    const files = readZip(docx.body as Buffer);
    const xml = files.get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('金中法建〔2031〕1号');
    expect(xml).toContain('物业服务企业以安全为由拒绝出具充电桩报装同意证明');
  });

  it('gives the recipient the letter and its own 送达回证; the court names the delivery', async () => {
    const pdf = await get(`/api/v1/suggestions/${letter.id}/document.pdf`, 'jhzjj.clerk');
    expect(pdf.status).toBe(200);
    expect(pdfText(pdf.body)).toContain('金中法建〔2031〕1号');

    const unsigned = await get(`/api/v1/suggestions/${letter.id}/receipt.pdf`, 'jhzjj.clerk');
    expect(unsigned.status).toBe(200);
    expect(unsigned.headers['content-type']).toBe(PDF);
    expect(unsigned.headers['content-disposition']).toContain(rfc5987('金中法建〔2031〕1号-送达回证-金华市住房和城乡建设局.pdf'));
    expect(pdfText(unsigned.body)).toContain('尚未签收');

    expect(
      (
        await t
          .http()
          .post(`/api/v1/deliveries/${deliveryOf('AG-330700-ZJJ')}/sign`)
          .set(await a.as('jhzjj.clerk'))
          .send({})
      ).status,
    ).toBe(200);
    const signed = pdfText((await get(`/api/v1/suggestions/${letter.id}/receipt.pdf`, 'jhzjj.clerk')).body);
    expect(signed).toContain('金华市住房和城乡建设局');
    expect(signed).toContain('冯经办(金华市住建局)');
    expect(signed).not.toContain('尚未签收');

    // Court staff must say which delivery; with it they get that recipient's receipt.
    const noChoice = await t
      .http()
      .get(`/api/v1/suggestions/${letter.id}/receipt.pdf`)
      .set(await a.as('jh.admin'));
    expect(noChoice.status).toBe(400);
    expect(noChoice.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'deliveryId' })] });
    const fgw = await get(`/api/v1/suggestions/${letter.id}/receipt.pdf?deliveryId=${deliveryOf('AG-330700-FGW')}`, 'jh.admin');
    expect(fgw.status).toBe(200);
    expect(pdfText(fgw.body)).toContain('金华市发展和改革委员会');
  });

  it('answers 404 to anyone who may not see the letter or the delivery', async () => {
    for (const path of ['document.pdf', 'document.docx', 'receipt.pdf']) {
      expect((await get(`/api/v1/suggestions/${letter.id}/${path}`, 'lxscjg.clerk')).status).toBe(404);
      expect((await get(`/api/v1/suggestions/${letter.id}/${path}`, 'lx.admin')).status).toBe(404);
      expect((await get(`/api/v1/suggestions/${letter.id}/${path}`)).status).toBe(401);
    }
    // A co-recipient sees the letter but not the other recipient's delivery.
    expect((await get(`/api/v1/suggestions/${letter.id}/receipt.pdf?deliveryId=${deliveryOf('AG-330700-ZJJ')}`, 'jhfgw.clerk')).status).toBe(404);
    expect((await get(`/api/v1/suggestions/${letter.id}/receipt.pdf?deliveryId=not-a-uuid`, 'jh.admin')).status).toBe(400);
  });

  it('prints a draft as a draft, named by its title, for the court only', async () => {
    const created = await t
      .http()
      .post('/api/v1/suggestions')
      .set(await a.as('jh.judge'))
      .send(letterBody(t, { title: '关于加强电动自行车充电安全管理的司法建议' }));
    expect(created.status).toBe(201);
    const pdf = await get(`/api/v1/suggestions/${created.body.id}/document.pdf`, 'jh.judge');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-disposition']).toContain(rfc5987('关于加强电动自行车充电安全管理的司法建议（草稿）.pdf'));
    expect(pdfText(pdf.body)).toContain('（草稿，未编号）');
    const docx = await get(`/api/v1/suggestions/${created.body.id}/document.docx`, 'jh.judge');
    expect(readZip(docx.body).get('word/document.xml')!.toString('utf8')).toContain('（草稿，未编号）');
    expect((await get(`/api/v1/suggestions/${created.body.id}/document.pdf`, 'jhzjj.clerk')).status).toBe(404);
    // No delivery yet: no receipt to print.
    expect((await get(`/api/v1/suggestions/${created.body.id}/receipt.pdf`, 'jh.judge')).status).toBe(400);
  });

  it('lists the routes in the OpenAPI document with their media types', async () => {
    const doc = (await t.http().get('/api/docs-json')).body;
    expect(Object.keys(doc.paths['/api/v1/suggestions/{id}/document.pdf'].get.responses['200'].content)).toEqual([PDF]);
    expect(Object.keys(doc.paths['/api/v1/suggestions/{id}/document.docx'].get.responses['200'].content)).toEqual([DOCX]);
    expect(doc.paths['/api/v1/suggestions/{id}/receipt.pdf'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['id', 'deliveryId']),
    );
  });
});
