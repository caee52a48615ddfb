import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { DocumentFonts } from './document-fonts';

export const MM = 72 / 25.4;
export const RED = '#D40000';
export const BLACK = '#000000';

/** The registered faces (see DocumentFonts). */
export type Face = 'title' | 'body' | 'heading' | 'kai' | 'fallback';

/** 三号 (16 pt) body on a 28.9 pt pitch: 22 lines on the 225 mm type area (GB/T 9704 5.2.2). */
export const BODY = 16;
export const PITCH = (225 * MM) / 22;

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
}

interface GlyphSet {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
/**
 * fontkit 3 (pdfkit lays text out with its own fontkit 2): only asked which characters a font holds.
 * It ships only ESM and no types; Node 24 loads it with require(esm).
 */
const fontkit = createRequire(__filename)('fontkit') as { create(data: Buffer): GlyphSet };

const FACES: Face[] = ['title', 'body', 'heading', 'kai', 'fallback'];

/** The font files read once per process (pdfkit parses what it is given for every document). */
interface LoadedFonts {
  data: Map<Face, Buffer>;
  coverage: Map<Face, GlyphSet>;
}
const loaded = new Map<string, Buffer>();
const cache = new WeakMap<DocumentFonts, LoadedFonts>();

function load(fonts: DocumentFonts): LoadedFonts {
  let l = cache.get(fonts);
  if (!l) {
    l = { data: new Map(), coverage: new Map() };
    for (const face of FACES) {
      const file = fonts[face];
      if (!loaded.has(file)) loaded.set(file, fs.readFileSync(file));
      l.data.set(face, loaded.get(file)!);
      l.coverage.set(face, fontkit.create(loaded.get(file)!));
    }
    cache.set(fonts, l);
  }
  return l;
}

/** An A4 page of GB/T 9704 (公文格式) with the document faces registered, and a few layout helpers. */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly bytes: Promise<Buffer>;
  private readonly coverage: Map<Face, GlyphSet>;

  constructor(fonts: DocumentFonts, info: PdfInfo) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
      bufferPages: true,
      info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: '司法建议“一件事”' },
      lang: 'zh-CN',
    });
    const l = load(fonts);
    for (const face of FACES) this.doc.registerFont(face, l.data.get(face)!);
    this.coverage = l.coverage;
    this.doc.font('body');
    this.bytes = new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  /** The printable width between the margins. */
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** Selects `face` for `text`, or the fallback face when `face` lacks one of its characters. */
  use(face: Face, size: number, text = ''): PDFKit.PDFDocument {
    const font = this.coverage.get(face)!;
    const covered = [...text].every((ch) => /\s/.test(ch) || font.hasGlyphForCodePoint(ch.codePointAt(0)!));
    return this.doc.font(covered ? face : 'fallback').fontSize(size);
  }

  /** The gap pdfkit adds under each line so that lines sit `pitch` apart in the current font. */
  lineGap(pitch = PITCH): number {
    return Math.max(0, pitch - this.doc.currentLineHeight(true));
  }

  /** How many more lines of the current font and `pitch` fit on this page. */
  linesLeft(pitch = PITCH): number {
    const room = this.doc.page.maxY() - this.doc.y - this.doc.currentLineHeight(true);
    return room < 0 ? 0 : Math.floor(room / pitch + 1e-6) + 1;
  }

  /** Starts a new page unless `lines` more lines fit on this one (keep-with-next). */
  keep(lines: number, pitch = PITCH): void {
    if (this.linesLeft(pitch) < lines) this.doc.addPage();
  }

  /**
   * Writes one paragraph of the current font with widow and orphan control: when it runs over
   * the page, at least two of its lines stay at the foot of this page and at least two go to the
   * head of the next (pdfkit breaks where the page's bottom is, so the bottom is raised for this
   * paragraph to break it after the chosen line). `draw` writes it at the current position.
   */
  flow(lines: number, draw: () => void, pitch = PITCH): void {
    const room = this.linesLeft(pitch);
    if (lines <= room) return draw();
    const first = Math.min(room, lines - 2);
    if (first < 2) {
      this.doc.addPage();
      return draw();
    }
    const page = this.doc.page;
    const saved = page.margins.bottom;
    const lh = this.doc.currentLineHeight(true);
    page.margins.bottom = page.height - (this.doc.y + (first - 1) * pitch + lh + (pitch - lh) / 2);
    try {
      draw();
    } finally {
      page.margins.bottom = saved;
    }
  }

  /** A horizontal rule across the text width at the current position. */
  rule(color: string, width: number, gapAfter = 6): void {
    const doc = this.doc;
    const y = doc.y;
    doc
      .save()
      .moveTo(doc.page.margins.left, y)
      .lineTo(doc.page.width - doc.page.margins.right, y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke()
      .restore();
    doc.y = y + width + gapAfter;
  }

  /** “— n —” (4号) centred below the type area of every page (needs bufferPages). */
  pageNumbers(): void {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing inside the margin must not open a new page
      this.use('body', 14)
        .fillColor(BLACK)
        .text(`— ${i + 1} —`, 0, doc.page.height - bottom + 7 * MM, { width: doc.page.width, align: 'center', lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
  }

  end(): Promise<Buffer> {
    this.doc.end();
    return this.bytes;
  }
}
