import { pdfFonts, pdfPageLines, pdfWords, readZip } from '@app/testing';
import { SuggestionDocumentData } from './document-data';
import { resolveDocumentFonts } from './document-fonts';
import { DocumentsService } from './documents.service';
import { defaultReplyDueText } from './letter-layout';
import { MM, PITCH } from './pdf-document';
import { sealCircle } from './suggestion-pdf.renderer';

const letter = (over: Partial<SuggestionDocumentData> = {}): SuggestionDocumentData => ({
  courtName: '金华市中级人民法院',
  docNumber: '金中法建〔2026〕7号',
  title: '关于加强电动自行车集中充电设施安全管理的司法建议',
  mainRecipients: ['金华市住房和城乡建设局'],
  copyRecipients: ['金华市人大常委会'],
  background: '本院在审理一批电动自行车充电桩火灾引发的财产损害赔偿纠纷案件中发现，住宅小区集中充电设施的建设和管理存在薄弱环节。',
  causeAnalysis: '',
  items: [{ problem: '部分小区充电桩未经验收即投入使用。', recommendation: '建议开展充电设施专项排查。' }],
  legalBasis: '《物业管理条例》第六条',
  replyDueText: defaultReplyDueText(2),
  contactName: '周承办',
  contactPhone: '0579-82300000',
  issuedDate: '2026-03-06',
  sourceCases: [],
  attachments: ['相关案件清单.xlsx'],
  ...over,
});

/** Text lines of each page without the page number (“— 2 —”). */
const bodyLines = (pdf: Buffer) => pdfPageLines(pdf).map((lines) => lines.filter((l) => !/^\s*—\s*\d+\s*—\s*$/.test(l)));

/**
 * The letter as a reader holds it: GB/T 9704 faces embedded, no page with an orphaned line, the
 * seal's room over the date. Read back with poppler (pdffonts, pdftotext).
 */
describe('司法建议书 layout (GB/T 9704)', () => {
  const service = new DocumentsService(resolveDocumentFonts({}));

  it('embeds subsets of the four official faces: 小标宋 (bold 宋) title, 仿宋 body, 黑体 headings, 楷体 numbering', async () => {
    const fonts = pdfFonts(await service.renderSuggestionPdf(letter({ causeAnalysis: '管理责任不清。' })));
    expect(fonts.map((f) => f.name).sort()).toEqual(['FandolFang-Regular', 'FandolHei-Regular', 'FandolKai-Regular', 'FandolSong-Bold']);
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
  });

  it('prints a character the official faces lack in the fallback face instead of an empty box', async () => {
    const pdf = await service.renderSuggestionPdf(letter({ contactName: '王堃' }));
    expect(pdfFonts(pdf).map((f) => f.name)).toContain('NotoSansSC-Regular');
    expect(pdfPageLines(pdf).flat().join('')).toContain('王堃');
  });

  /**
   * Letters of 3 to 12 items and two background lengths put page breaks inside paragraphs, after
   * headings and before the 落款. A paragraph's first line is indented in pdftotext's layout, the
   * lines that continue it are not. Checked failing with the tail not kept together (pages of 1
   * and 2 lines: "4 items, background ×1: page 3 holds 2 line(s)") and with the widow control off
   * (PdfWriter.flow drawing straight away: "… page 3 starts with the last line of a paragraph").
   */
  it('leaves no page with fewer than three lines and no paragraph with a single line on a page', async () => {
    const faults: string[] = [];
    for (const n of [3, 4, 7, 8, 11, 12]) {
      for (const bg of [1, 2]) {
        const items = Array.from({ length: n }, (_, i) => ({
          problem: `部分小区充电桩未经验收即投入使用，日常巡查责任落实不到位（${i + 1}）。`.repeat(1 + (i % 3)),
          recommendation: `建议开展充电设施专项排查，建立验收备案制度（${i + 1}）。`.repeat(1 + (i % 2)),
        }));
        const pages = bodyLines(await service.renderSuggestionPdf(letter({ items, background: letter().background.repeat(bg) })));
        const starts = (l: string | undefined) => l === undefined || /^\s/.test(l);
        pages.forEach((lines, i) => {
          const at = `${n} items, background ×${bg}: page ${i + 1}`;
          if (lines.length < 3) faults.push(`${at} holds ${lines.length} line(s)`);
          if (i > 0 && !starts(lines[0]) && starts(lines[1])) faults.push(`${at} starts with the last line of a paragraph`);
          const next = pages[i + 1];
          if (next && starts(lines[lines.length - 1]) && !starts(next[0])) faults.push(`${at} ends with the first line of a paragraph`);
        });
      }
    }
    expect(faults).toEqual([]);
  }, 60_000);

  it('places the 落款 for the seal: court centred over the date, date four characters from the right, seal top within a line of the text', async () => {
    const words = pdfWords(await service.renderSuggestionPdf(letter({ copyRecipients: [], contactName: null, contactPhone: null })));
    const last = Math.max(...words.map((w) => w.page));
    const onLast = words.filter((w) => w.page === last && !/^(—|\d+)$/.test(w.text));
    const name = onLast.find((w) => w.text === '金华市中级人民法院')!;
    const date = onLast.find((w) => w.text === '2026年3月6日')!;
    const above = onLast.filter((w) => w.yMax < name.yMin).sort((a, b) => b.yMax - a.yMax)[0];
    const right = 595.28 - 26 * MM;
    expect(right - date.xMax).toBeCloseTo(4 * 16, 0);
    expect((name.xMin + name.xMax) / 2).toBeCloseTo((date.xMin + date.xMax) / 2, 0);
    const seal = sealCircle(name.yMin, (date.xMin + date.xMax) / 2);
    const inside = (x: number, y: number) => Math.hypot(x - seal.cx, y - seal.cy) <= seal.r;
    expect(inside((date.xMin + date.xMax) / 2, (date.yMin + date.yMax) / 2)).toBe(true);
    expect(inside(date.xMin, date.yMin) && inside(date.xMax, date.yMin)).toBe(true);
    expect(inside((name.xMin + name.xMax) / 2, (name.yMin + name.yMax) / 2)).toBe(true);
    // The seal's top: below the text above it, at most one line under it.
    const gap = seal.cy - seal.r - above.yMax;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(PITCH);
  });

  it('names the same faces in the DOCX, keeps headings with what follows and the closing with the 落款', async () => {
    const xml = readZip(await service.renderSuggestionDocx(letter({ causeAnalysis: '管理责任不清。' })))
      .get('word/document.xml')!
      .toString('utf8');
    const fontOf = (text: string) => {
      const run = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]).find((r) => r.includes(`>${text}<`));
      return /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(run ?? '')?.[1];
    };
    expect([fontOf('关于加强电动自行车集中充电设施安全管理的司法建议'), fontOf('一、基本情况'), fontOf('（一）'), fontOf('管理责任不清。')]).toEqual([
      'FandolSong',
      'FandolHei',
      'FandolKai',
      'FandolFang',
    ]);
    const paragraphOf = (text: string) => [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]).find((p) => p.includes(`>${text}<`)) ?? '';
    expect(paragraphOf('一、基本情况')).toContain('<w:keepNext/>');
    expect(paragraphOf(defaultReplyDueText(2))).toContain('<w:keepNext/>');
  });
});
