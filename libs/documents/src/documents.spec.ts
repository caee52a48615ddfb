import { extractPdfText, readZip } from '@app/testing';
import { ReceiptData, SuggestionDocumentData } from './document-data';
import { resolveDocumentFonts } from './document-fonts';
import { attachmentTitle, chineseDate, chineseDateTime, chineseNumber, legalBasisLead } from './document-format';
import { DocumentsService } from './documents.service';
import { attachmentLines, defaultReplyDueText, letterBlocks } from './letter-layout';

const letter = (over: Partial<SuggestionDocumentData> = {}): SuggestionDocumentData => ({
  courtName: '金华市中级人民法院',
  docNumber: '金中法建〔2026〕7号',
  title: '关于加强电动自行车集中充电设施安全管理的司法建议',
  mainRecipients: ['金华市住房和城乡建设局', '金华市消防救援支队'],
  copyRecipients: ['金华市人大常委会'],
  background: '本院在审理一批电动自行车充电桩火灾引发的财产损害赔偿纠纷案件中发现，住宅小区集中充电设施的建设和管理存在薄弱环节。\n相关纠纷近两年呈上升趋势。',
  causeAnalysis: '一是建设标准不统一；二是管理责任不清。',
  items: [
    { problem: '部分小区充电桩未经验收即投入使用。', recommendation: '建议开展充电设施专项排查，建立验收备案制度。' },
    { problem: '物业服务企业日常巡查责任落实不到位。', recommendation: '建议将充电设施巡查纳入物业服务考核。' },
  ],
  legalBasis: '《最高人民法院关于加强司法建议工作的意见》',
  replyDueText: defaultReplyDueText(2, '2026-05-06'),
  contactName: '周承办',
  contactPhone: '0579-82300000',
  issuedDate: '2026-03-06',
  sourceCases: ['（2025）浙07民终1234号', '（2025）浙0781民初567号'],
  attachments: ['相关案件清单.xlsx', '现场照片.pdf'],
  ...over,
});

const receipt: ReceiptData = {
  docNumber: '金中法建〔2026〕7号',
  title: '关于加强电动自行车集中充电设施安全管理的司法建议',
  courtName: '金华市中级人民法院',
  recipientName: '金华市住房和城乡建设局',
  deliveredAt: '2026-03-06T02:00:00.000Z',
  signedAt: new Date('2026-03-07T01:30:00.000Z'),
  signedBy: '冯经办',
};

/** Collapses whitespace so assertions do not depend on where lines wrap. */
const flat = (s: string) => s.replace(/\s+/g, '');

describe('DocumentsService', () => {
  const service = new DocumentsService(resolveDocumentFonts({}));

  it('renders the letter as a DOCX with the red header, number, 主送, numbered items, deadline, contact and 抄送', async () => {
    const docx = await service.renderSuggestionDocx(letter());
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = readZip(docx);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = files.get('word/document.xml')!.toString('utf8');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('金华市中级人民法院');
    expect(text).toContain('司法建议书');
    expect(text).toContain('金中法建〔2026〕7号');
    expect(text).toContain('金华市住房和城乡建设局、金华市消防救援支队：');
    expect(text).toContain('（一）部分小区充电桩未经验收即投入使用。');
    expect(text).toContain('（二）建议将充电设施巡查纳入物业服务考核。');
    expect(text).toContain('根据《最高人民法院关于加强司法建议工作的意见》的规定，特提出如下建议：');
    expect(text).toContain('附件：1．相关案件清单2．现场照片');
    expect(text).toContain('请于收到本建议书之日起两个月内（2026年5月6日前）将采纳落实情况书面回复本院。');
    expect(text).toContain('2026年3月6日');
    expect(text).toContain('（联系人：周承办，联系电话：0579-82300000）');
    expect(text).toContain('抄送：金华市人大常委会。');
    expect(text).toContain('（2025）浙07民终1234号、（2025）浙0781民初567号');
    // 红头: the court name run and the rule under the number are red.
    expect(xml).toMatch(/<w:color w:val="D40000"\/>[\s\S]*?金华市中级人民法院/);
    expect(xml).toMatch(/<w:bottom [^>]*w:color="D40000"/);
    // The order a reader expects.
    const order = [
      '金中法建〔2026〕7号',
      '关于加强',
      '：',
      '一、基本情况',
      '二、原因分析',
      '三、存在的问题',
      '四、司法建议',
      '根据《',
      '请于',
      '附件：',
      '2026年3月6日',
      '抄送',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('escapes markup in user text inside the DOCX', async () => {
    const docx = await service.renderSuggestionDocx(letter({ background: '<w:p>注入</w:p> & "引号"' }));
    const xml = readZip(docx).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('&lt;w:p&gt;注入&lt;/w:p&gt; &amp;');
  });

  it('renders the letter as a PDF with an embedded CJK font and the letter text', async () => {
    const pdf = await service.renderSuggestionPdf(letter());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF/);
    const { pages } = extractPdfText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const all = flat(pages.join('\n'));
    for (const s of [
      '金华市中级人民法院',
      '司法建议书',
      '金中法建〔2026〕7号',
      '金华市住房和城乡建设局、金华市消防救援支队：',
      '（一）部分小区充电桩未经验收即投入使用。',
      '（二）物业服务企业',
      '（一）建议开展充电设施专项排查，建立验收备案制度。',
      '附件：1．相关案件清单',
      '2026年3月6日',
      '联系电话：0579-82300000',
      '抄送：金华市人大常委会。',
      '—1—',
    ]) {
      expect(all).toContain(flat(s));
    }
    expect(flat(pages[0]).startsWith('金华市中级人民法院司法建议书金中法建〔2026〕7号')).toBe(true);
  });

  it('flows a long letter onto numbered pages', async () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      problem: `第${i + 1}个问题。${'问题描述'.repeat(40)}`,
      recommendation: `第${i + 1}条建议。${'建议内容'.repeat(40)}`,
    }));
    const pdf = await service.renderSuggestionPdf(letter({ items }));
    const { pages } = extractPdfText(pdf);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => expect(flat(page)).toContain(`—${i + 1}—`));
    expect(flat(pages.join(''))).toContain('（十二）第12个问题。');
  });

  it('marks a draft without a number as such', async () => {
    const { pages } = extractPdfText(
      await service.renderSuggestionPdf(
        letter({ docNumber: null, copyRecipients: [], contactName: null, contactPhone: null, attachments: [], causeAnalysis: '' }),
      ),
    );
    const all = flat(pages.join(''));
    expect(all).toContain('（草稿，未编号）');
    for (const absent of ['抄送', '联系人', '附件', '原因分析']) expect(all).not.toContain(absent);
  });

  it('renders the 送达回证 with recipient, times in Beijing time and the signer', async () => {
    const pdf = await service.renderReceiptPdf(receipt);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages } = extractPdfText(pdf);
    expect(pages).toHaveLength(1);
    const all = flat(pages[0]);
    for (const s of [
      '送达回证',
      '金中法建〔2026〕7号',
      '金华市住房和城乡建设局',
      '2026年3月6日10时00分',
      '2026年3月7日09时30分',
      '冯经办',
      '送达人金华市中级人民法院2026年3月6日',
      '受送达人签名（盖章）',
    ]) {
      expect(all).toContain(flat(s));
    }
    const unsigned = flat(extractPdfText(await service.renderReceiptPdf({ ...receipt, signedAt: null, signedBy: null })).pages[0]);
    expect(unsigned).toContain('尚未签收');
    expect(unsigned).toContain(flat('受送达人签名（盖章）尚未签收 年　　月　　日'));
  });
});

describe('document formatting', () => {
  it('writes Chinese numbers and dates', () => {
    expect([1, 9, 10, 12, 20, 35].map(chineseNumber)).toEqual(['一', '九', '十', '十二', '二十', '三十五']);
    expect(chineseDate('2026-03-06')).toBe('2026年3月6日');
    expect(chineseDate('二〇二六年三月六日')).toBe('二〇二六年三月六日');
    expect(chineseDateTime('2026-03-06T16:05:00Z')).toBe('2026年3月7日 00时05分');
    expect(defaultReplyDueText(1)).toBe('请于收到本建议书之日起一个月内将采纳落实情况书面回复本院。');
  });

  it('leaves out empty sections and numbers the rest in order', () => {
    const blocks = letterBlocks(letter({ background: '', sourceCases: [], legalBasis: '', causeAnalysis: '' }));
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['一、存在的问题', '二、司法建议']);
    expect(blocks).toContainEqual({ kind: 'paragraph', text: '为此，特提出如下建议：' });
  });

  it('leads the recommendations in with the legal basis, whatever way it was written', () => {
    expect(legalBasisLead('《物业管理条例》第六条、第三十五条')).toBe('根据《物业管理条例》第六条、第三十五条的规定，特提出如下建议：');
    expect(legalBasisLead('根据《中华人民共和国民法典》第二百七十八条的规定。')).toBe('根据《中华人民共和国民法典》第二百七十八条的规定，特提出如下建议：');
    expect(legalBasisLead('《安全生产法》第四条\n《消防法》第十八条；')).toBe('根据《安全生产法》第四条、《消防法》第十八条的规定，特提出如下建议：');
    expect(attachmentLines(['清单'])).toEqual(['附件：清单']);
    expect(attachmentTitle('现场照片.jpeg')).toBe('现场照片');
  });

  it('refuses a missing custom font path with a message naming the variable', () => {
    expect(() => resolveDocumentFonts({ DOCUMENT_FONT_PATH: '/nonexistent/font.ttf' })).toThrow(/DOCUMENT_FONT_PATH/);
  });
});
