import { SaxesParser } from 'saxes';
import { readZip } from '@app/testing';
import { resolveDocumentFonts } from './document-fonts';
import { DocumentsService } from './documents.service';
import { defaultReplyDueText } from './letter-layout';
import { xmlSafe, xmlSafeData } from './xml-text';

describe('xmlSafe', () => {
  it('drops exactly the characters XML 1.0 forbids', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000be\u000cf\u000eg\u001fh\ufffei\uffffj')).toBe('abcdefghij');
    expect(xmlSafe('tab\tline\ncr\r end')).toBe('tab\tline\ncr\r end');
    expect(xmlSafe('emoji 😀 and 𠀋, \u007f \u0085 \ufffd')).toBe('emoji 😀 and 𠀋, \u007f \u0085 \ufffd');
    expect(xmlSafe('lone \ud800 high, lone \udc00 low, reversed \udc00\ud800.')).toBe('lone  high, lone  low, reversed .');
  });

  it('cleans every string of nested data and leaves dates, numbers and nulls alone', () => {
    const at = new Date('2031-03-03T00:00:00Z');
    expect(xmlSafeData({ a: 'x\u0001', b: [{ c: '\u001fy' }], d: at, e: 3, f: null })).toEqual({ a: 'x', b: [{ c: 'y' }], d: at, e: 3, f: null });
  });

  it('gives a DOCX a strict XML parser reads although the letter holds control characters', async () => {
    const service = new DocumentsService(resolveDocumentFonts({}));
    const docx = await service.renderSuggestionDocx({
      courtName: '金华市中级人民法院',
      docNumber: null,
      title: '关于\u0001充电桩\ud800的司法建议\uffff',
      mainRecipients: ['金华市\u000b住房和城乡建设局'],
      copyRecipients: [],
      background: '背景\u001f。',
      items: [{ problem: '问题\u0002', recommendation: '建议\u000e' }],
      legalBasis: '',
      replyDueText: defaultReplyDueText(2, '2031-05-06'),
      contactName: null,
      contactPhone: null,
      issuedDate: null,
      sourceCases: [],
    });
    for (const [name, bytes] of readZip(docx)) {
      if (!name.endsWith('.xml')) continue;
      const parser = new SaxesParser();
      parser.on('error', (e) => {
        throw new Error(`${name}: ${e.message}`);
      });
      expect(() => parser.write(bytes.toString('utf8')).close()).not.toThrow();
    }
    expect(readZip(docx).get('word/document.xml')!.toString('utf8')).toContain('关于充电桩的司法建议');
  });
});
