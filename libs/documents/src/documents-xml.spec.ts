import { SaxesParser } from 'saxes';
import { readZip } from '@app/testing';
import { resolveDocumentFonts } from './document-fonts';
import { DocumentsService } from './documents.service';
import { defaultReplyDueText } from './letter-layout';

/** Checked failing without the fix (xmlSafeData not applied in DocumentsService): saxes stopped at a "disallowed character". */
describe('documents and characters XML forbids', () => {
  it('gives a DOCX a strict XML parser reads although the letter holds control characters', async () => {
    const service = new DocumentsService(resolveDocumentFonts({}));
    const docx = await service.renderSuggestionDocx({
      courtName: '金华市中级人民法院',
      docNumber: null,
      title: '关于\u0001充电桩\ud800的司法建议\uffff',
      mainRecipients: ['金华市\u000b住房和城乡建设局'],
      copyRecipients: [],
      background: '背景\u001f。',
      causeAnalysis: '原因\u0003。',
      items: [{ problem: '问题\u0002', recommendation: '建议\u000e' }],
      legalBasis: '',
      replyDueText: defaultReplyDueText(2, '2031-05-06'),
      contactName: null,
      contactPhone: null,
      issuedDate: null,
      sourceCases: [],
      attachments: ['附件\u0007.pdf'],
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
