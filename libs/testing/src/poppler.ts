import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Reading a PDF as a person's viewer would, with poppler-utils (pdffonts, pdftotext, pdftoppm):
 * what fonts it embeds, the text lines of each page, where each word sits, and a page as PNG.
 */
function withFile<T>(pdf: Buffer, run: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, pdf);
    return run(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfFont {
  /** Without the subset tag: FandolFang-Regular. */
  name: string;
  subset: boolean;
  type: string;
  embedded: boolean;
}

/** pdffonts: every font the PDF uses. */
export function pdfFonts(pdf: Buffer): PdfFont[] {
  const out = withFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const m = /^(\S+)\s+(.+?)\s{2,}\S+\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(l)!;
      return { name: m[1].replace(/^[A-Z]{6}\+/, ''), subset: m[4] === 'yes', type: m[2].trim(), embedded: m[3] === 'yes' };
    });
}

/** pdftotext -layout: the non-empty text lines of every page. */
export function pdfPageLines(pdf: Buffer): string[][] {
  const out = withFile(pdf, (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
  return out
    .split('\f')
    .slice(0, -1)
    .map((page) => page.split('\n').filter((l) => l.trim()));
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** pdftotext -bbox: every word with its box in points (origin top left), pages from 1. */
export function pdfWords(pdf: Buffer): PdfWord[] {
  const html = withFile(pdf, (file) => execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }));
  const words: PdfWord[] = [];
  html.split('<page ').forEach((chunk, i) => {
    if (i === 0) return;
    for (const m of chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: i, text: m[5], xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
  });
  return words;
}

/** pdftoppm: one page as PNG at `dpi`. */
export function pdfPagePng(pdf: Buffer, page = 1, dpi = 100): Buffer {
  return withFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, path.join(dir, 'page')]);
    return fs.readFileSync(path.join(dir, 'page.png'));
  });
}

/** Width and height of a PNG, from its header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
