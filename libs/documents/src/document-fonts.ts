import * as fs from 'node:fs';
import * as path from 'node:path';

/** TrueType/OpenType fonts with CJK glyphs for the PDFs (pdfkit cannot use WOFF/WOFF2). */
export interface DocumentFonts {
  regular: string;
  bold: string;
}

export const DOCUMENT_FONTS = Symbol('DOCUMENT_FONTS');

/**
 * The PDF fonts: Noto Sans SC (SIL OFL) from the npm package `@expo-google-fonts/noto-sans-sc`
 * by default, so nothing outside `npm ci` is needed; `DOCUMENT_FONT_PATH` (and optionally
 * `DOCUMENT_FONT_BOLD_PATH`) point at another TTF/OTF, e.g. a Debian font package's file.
 */
export function resolveDocumentFonts(env: Record<string, string | undefined> = process.env): DocumentFonts {
  const custom = env.DOCUMENT_FONT_PATH?.trim();
  let fonts: DocumentFonts;
  if (custom) {
    fonts = { regular: custom, bold: env.DOCUMENT_FONT_BOLD_PATH?.trim() || custom };
  } else {
    const base = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
    fonts = { regular: path.join(base, '400Regular', 'NotoSansSC_400Regular.ttf'), bold: path.join(base, '700Bold', 'NotoSansSC_700Bold.ttf') };
  }
  for (const [which, file] of Object.entries(fonts)) {
    if (!fs.existsSync(file)) throw new Error(`Document font (${which}) not found at ${file}: set DOCUMENT_FONT_PATH to a TTF/OTF with Chinese glyphs`);
  }
  return fonts;
}
