import { Page } from 'playwright-core';

/** The browser's globals, used inside page.evaluate (tests compile without the DOM lib). */
declare const document: {
  title: string;
  body: { innerText: string };
  querySelectorAll: (s: string) => ArrayLike<{ getAttribute: (a: string) => string | null; getClientRects: () => ArrayLike<unknown> }>;
};

/**
 * Words a Chinese screen may show in Latin letters: names of file formats and of the API, units.
 * Anything else in Latin letters — a code (`NOT_ADOPTED`, `delivery.evaluated`), an English word or
 * sentence ("Suggestion not found"), an icon's English accessible name ("download") — is a finding.
 */
export const LATIN_WORDS = new Set(['PDF', 'Word', 'Excel', 'CSV', 'OFD', 'JPG', 'PNG', 'API', 'OA', 'ID', 'xlsx', 'docx', 'pdf', 'csv', 'KB', 'MB']);

/** What a person perceives on the page: its title, the rendered text and the accessible names. */
export async function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parts = [`[document.title] ${document.title}`, document.body.innerText];
    const els = document.querySelectorAll('[aria-label],[title],[placeholder],[alt]');
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (el.getClientRects().length === 0) continue; // not rendered (display: none)
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) parts.push(`[${a}] ${v}`);
      }
    }
    return parts;
  });
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const URL_OR_PATH = /(https?:\/\/\S+|\/api\/v1\/\S*)/g;

/**
 * The Latin-letter findings in a text, after removing data people typed in (`data`: usernames,
 * organization codes, e-mail addresses of the directory — shown on purpose, they are not the UI's
 * words). Three kinds: an upper-case code of four or more letters (`[A-Z_]{4,}`), a dotted or
 * snake_case code (`delivery.evaluated`, `reply_approved`), and any other Latin word of three or
 * more letters not in LATIN_WORDS (which also catches English sentences).
 */
export function latinFindings(text: string, data: string[] = []): string[] {
  let s = text.replace(/^\[[a-z-.]+\] /gm, '');
  for (const d of [...data].sort((a, b) => b.length - a.length)) if (d) s = s.split(d).join(' ');
  s = s.replace(EMAIL, ' ').replace(URL_OR_PATH, ' ');
  const found: string[] = [];
  for (const code of [/[A-Z_]{4,}/g, /\b[a-z]+(?:[._][a-z0-9]+)+\b/g]) {
    s = s.replace(code, (m) => {
      if (!LATIN_WORDS.has(m)) found.push(m);
      return ' ';
    });
  }
  for (const m of s.matchAll(/[A-Za-z]+(?:[ ,.'’:;!?-]+[A-Za-z]+)*/g)) {
    if (m[0].split(/[^A-Za-z]+/).some((w) => w.length >= 3 && !LATIN_WORDS.has(w))) found.push(m[0]);
  }
  return [...new Set(found)];
}
