import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { extractPdfText, minimalPdf, pdfFonts, pdfPageLines, pdfPagePng, pngSize, readZip } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

/** The letter's page 1 and the 送达回证 as a reader sees them, kept with the other screenshots. */
const shots = path.resolve(__dirname, '../../docs/screenshots');

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

  let storageDir: string;

  beforeAll(async () => {
    storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sifa-documents-'));
    t = await startClosedLoopApp({ env: { STORAGE_DIR: storageDir } });
    a = new Actors(t);
    const file = await t
      .http()
      .post('/api/v1/attachments')
      .set(await a.as('jh.judge'))
      .attach('file', minimalPdf('survey'), '充电桩现场调查报告.pdf');
    expect(file.status).toBe(201);
    const body = letterBody(
      t,
      { causeAnalysis: '一是报装流程不清；二是物业服务企业配合义务不明确。', attachmentIds: [file.body.id] },
      ['AG-330700-ZJJ', 'AG-330700-FGW'],
      ['GOV-330700'],
    );
    letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, body);
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(storageDir, { recursive: true, force: true });
  });

  /**
   * What a reader holds: the GB/T 9704 faces embedded (pdffonts), every page with at least three
   * lines (pdftotext per page), page 1 drawn as a picture (pdftoppm), the same faces named in the
   * DOCX. Checked failing with the former single sans-serif font: pdffonts listed NotoSansSC only.
   */
  it('prints the letter in the official faces, legal basis leading into the recommendations, with 附件 and 落款', async () => {
    const pdf = (await get(`/api/v1/suggestions/${letter.id}/document.pdf`, 'jh.admin')).body as Buffer;
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name).sort()).toEqual(['FandolFang-Regular', 'FandolHei-Regular', 'FandolKai-Regular', 'FandolSong-Bold']);
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
    const pages = pdfPageLines(pdf).map((lines) => lines.filter((l) => !/^\s*—\s*\d+\s*—\s*$/.test(l)));
    expect(pages.map((lines) => lines.length).filter((n) => n < 3)).toEqual([]);
    const text = pages.flat().join('').replace(/\s+/g, '');
    const order = [
      '金中法建〔2031〕1号',
      '一、基本情况',
      '二、原因分析',
      '三、存在的问题',
      '四、司法建议',
      '根据《中华人民共和国民法典》第二百七十八条、第九百四十二条的规定，特提出如下建议：',
      '附件：充电桩现场调查报告',
      '金华市中级人民法院',
      '抄送：',
    ];
    // Each part found after the one before it (the court's name also heads the letter).
    let from = 0;
    const missing = order.filter((s) => {
      const i = text.indexOf(s, from);
      if (i >= 0) from = i + s.length;
      return i < 0;
    });
    expect(missing).toEqual([]);
    for (const english of ['Suggestion', 'null', 'undefined', 'LETTER', 'MAIN']) expect(text).not.toContain(english);

    const png = pdfPagePng(pdf, 1, 80);
    expect(pngSize(png)).toEqual({ width: 662, height: 936 }); // A4 (210 × 297 mm) at 80 dpi
    await fs.writeFile(path.join(shots, 'letter-pdf.png'), png);

    const docx = readZip((await get(`/api/v1/suggestions/${letter.id}/document.docx`, 'jh.admin')).body as Buffer);
    const xml = docx.get('word/document.xml')!.toString('utf8');
    const faces = new Set([...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]));
    expect([...faces].sort()).toEqual(['FandolFang', 'FandolHei', 'FandolKai', 'FandolSong']);
  });

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

    // The signed receipt: boxes for 送达人 and 受送达人签名（盖章）, each with its date.
    const signedPdf = (await get(`/api/v1/suggestions/${letter.id}/receipt.pdf`, 'jhzjj.clerk')).body as Buffer;
    const lines = pdfPageLines(signedPdf)[0].map((l) => l.trim());
    expect(lines).toEqual(expect.arrayContaining(['送达人', '受送达人签名', '（盖章）', '2031年3月3日']));
    expect(lines.some((l) => /^签收时间：2031年3月3日/.test(l))).toBe(true);
    await fs.writeFile(path.join(shots, 'receipt-pdf.png'), pdfPagePng(signedPdf, 1, 80));
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
