import { SaxesParser } from 'saxes';
import { extractPdfText, readZip } from '@app/testing';
import { TestApp } from '../harness';
import { Actors, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

/** Parses XML as strictly as Word does (XML 1.0 well-formedness, saxes) and returns its text; throws when malformed. */
function parseXml(xml: string): string {
  const parser = new SaxesParser();
  let text = '';
  parser.on('text', (t) => (text += t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return text;
}

/** Every character XML 1.0 forbids (U+0000 is refused at input, see bad-input-text). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/**
 * Issue 12 point 10 (third part): control characters XML forbids, accepted in a letter's text,
 * never make its DOCX unreadable; they are left out when the document is rendered. Checked failing
 * without the fix (xmlSafeData not applied in DocumentsService): saxes stopped at the first
 * "disallowed character" in word/document.xml.
 */
describe('bad input: control characters in a letter and its documents', () => {
  let t: TestApp;
  let a: Actors;
  let id: string;

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    const body = letterBody(t, {
      title: '关于\u0001充电\u000b桩\u001f建设的司法建议\uffff',
      background: '第一段\u0008。\n\t第二段\u000c。',
      contactName: '周\u0007承办',
    });
    body.items[0] = { problem: '物业\u0002拒绝\u000e出具证明', recommendation: '出台\ufffe指引' };
    const res = await t
      .http()
      .post('/api/v1/suggestions')
      .set(await a.as('jh.judge'))
      .send(body);
    expect(res.status).toBe(201); // only NUL is refused at input; other control characters are the writer's text
    expect(res.body.title).toBe('关于\u0001充电\u000b桩\u001f建设的司法建议\uffff');
    id = res.body.id;
  });
  afterAll(() => t.close());

  it('renders a DOCX every XML part of which a strict XML parser reads, without the forbidden characters', async () => {
    const res = await t
      .http()
      .get(`/api/v1/suggestions/${id}/document.docx`)
      .set(await a.as('jh.judge'))
      .responseType('blob');
    expect(res.status).toBe(200);
    const parts = [...readZip(res.body as Buffer)].filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
    expect(parts.map(([name]) => name)).toEqual(expect.arrayContaining(['word/document.xml', 'docProps/core.xml']));
    const texts = new Map<string, string>();
    for (const [name, bytes] of parts) {
      const xml = bytes.toString('utf8');
      expect([name, XML_FORBIDDEN.test(xml)]).toEqual([name, false]);
      texts.set(name, parseXml(xml));
    }
    const body = texts.get('word/document.xml')!;
    expect(body).toContain('关于充电桩建设的司法建议');
    expect(body).toContain('物业拒绝出具证明');
    expect(body).toContain('出台指引');
    expect(body).toContain('周承办');
    expect(texts.get('docProps/core.xml')).toContain('关于充电桩建设的司法建议');
  });

  it('renders the PDF too', async () => {
    const res = await t
      .http()
      .get(`/api/v1/suggestions/${id}/document.pdf`)
      .set(await a.as('jh.judge'))
      .responseType('blob');
    expect(res.status).toBe(200);
    const text = extractPdfText(res.body as Buffer)
      .pages.join('\n')
      .replace(/\s+/g, '');
    expect(text).toContain('关于充电桩建设的司法建议');
    expect(text).toContain('物业拒绝出具证明');
  });
});
