import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The faces of a Chinese official document (GB/T 9704 公文格式): the title in 小标宋 (a bold 宋),
 * the body in 仿宋, 一级标题 in 黑体, 二级标题 in 楷体 — TrueType/OpenType files, as pdfkit needs.
 * `fallback` covers what the others lack (they hold GB 2312; a rarer character in a name, e.g. 堃,
 * is printed in it rather than as an empty box).
 */
export interface DocumentFonts {
  title: string;
  body: string;
  heading: string;
  kai: string;
  fallback: string;
}

/** The font names the Word document asks for: the same faces as the PDF (install the Fandol fonts to see them; Word substitutes otherwise). */
export const DOCX_FONT_NAMES = {
  title: 'FandolSong',
  body: 'FandolFang',
  heading: 'FandolHei',
  kai: 'FandolKai',
} as const;

export const DOCUMENT_FONTS = Symbol('DOCUMENT_FONTS');

const FANDOL = { title: 'FandolSong-Bold.otf', body: 'FandolFang-Regular.otf', heading: 'FandolHei-Regular.otf', kai: 'FandolKai-Regular.otf' };

/** `assets/fonts/fandol` of the repository, found from here upwards (source tree or dist/). */
function fandolDirectory(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'assets', 'fonts', 'fandol');
    if (fs.existsSync(path.join(candidate, FANDOL.body))) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return path.join(process.cwd(), 'assets', 'fonts', 'fandol');
    dir = up;
  }
}

/**
 * The PDF fonts: the Fandol family (GPL with the font exception: embedding in a document puts no
 * licence on the document), shipped in the repository under assets/fonts/fandol, and Noto Sans SC
 * (SIL OFL, npm `@expo-google-fonts/noto-sans-sc`) as the fallback. `DOCUMENT_FONT_PATH` points
 * every face at one other TTF/OTF (e.g. a Debian font package's file); `DOCUMENT_FONT_DIR` at a
 * directory holding the four Fandol files.
 */
export function resolveDocumentFonts(env: Record<string, string | undefined> = process.env): DocumentFonts {
  const custom = env.DOCUMENT_FONT_PATH?.trim();
  const base = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  const noto = path.join(base, '400Regular', 'NotoSansSC_400Regular.ttf');
  let fonts: DocumentFonts;
  if (custom) {
    fonts = { title: custom, body: custom, heading: custom, kai: custom, fallback: custom };
  } else {
    const dir = env.DOCUMENT_FONT_DIR?.trim() || fandolDirectory();
    fonts = {
      title: path.join(dir, FANDOL.title),
      body: path.join(dir, FANDOL.body),
      heading: path.join(dir, FANDOL.heading),
      kai: path.join(dir, FANDOL.kai),
      fallback: noto,
    };
  }
  for (const [which, file] of Object.entries(fonts)) {
    if (!fs.existsSync(file)) throw new Error(`Document font (${which}) not found at ${file}: set DOCUMENT_FONT_PATH to a TTF/OTF with Chinese glyphs`);
  }
  return fonts;
}
