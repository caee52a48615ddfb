import { Page } from 'playwright-core';

/** The browser's globals, used inside page.evaluate (tests compile without the DOM lib). */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}
interface El {
  getBoundingClientRect: () => Box;
  contains: (o: El) => boolean;
  closest: (s: string) => El | null;
  getAttribute: (a: string) => string | null;
  textContent: string | null;
  tagName: string;
  className: string;
  scrollWidth: number;
  clientWidth: number;
}
declare const document: { querySelectorAll: (s: string) => ArrayLike<El>; documentElement: { scrollWidth: number; clientWidth: number } };
declare const window: { getComputedStyle: (e: El) => { visibility: string; display: string; opacity: string }; innerWidth: number };

/** What a person can press or type into. */
const CONTROLS =
  'button, a[href], input:not([type=hidden]), textarea, .ant-select, .ant-picker, .ant-segmented-item, [role=tab], .ant-pagination-item, .ant-checkbox-wrapper, .ant-radio-wrapper';

/**
 * Pairs of visible controls whose boxes overlap (more than 2 px each way; a control inside another,
 * like the input of a select, does not count), and controls reaching past the viewport's sides.
 */
export async function overlappingControls(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const name = (e: El) =>
      `${e.tagName.toLowerCase()}${e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : ''} “${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 20)}”`;
    const all = Array.from(document.querySelectorAll(selector)).filter((e) => {
      const r = e.getBoundingClientRect();
      const s = window.getComputedStyle(e);
      if (r.width < 2 || r.height < 2 || s.visibility === 'hidden' || s.display === 'none' || s.opacity === '0') return false;
      // Off-canvas (a closed drawer) and what sits inside a scrolling table or tab bar is not laid out against the page.
      if (r.right <= 0 || r.left >= window.innerWidth) return false;
      return !e.closest('.ant-table-content, .ant-table-body, .ant-tabs-nav-list, .ant-drawer, .ant-select-dropdown, .ant-picker-dropdown, [aria-hidden=true]');
    });
    const found: string[] = [];
    for (const e of all) {
      const r = e.getBoundingClientRect();
      if (r.left < -1 || r.right > window.innerWidth + 1) found.push(`${name(e)} reaches past the screen (${Math.round(r.left)}–${Math.round(r.right)})`);
    }
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i], all[j]];
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (w > 2 && h > 2) found.push(`${name(a)} overlaps ${name(b)}`);
      }
    }
    return found;
  }, CONTROLS);
}

/** Tables wider than their card: each must scroll inside the card, and the page must not scroll sideways. */
export async function tablesOutsideTheirCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const t of Array.from(document.querySelectorAll('.ant-card .ant-table-wrapper'))) {
      const card = t.closest('.ant-card')!.getBoundingClientRect();
      const table = t.getBoundingClientRect();
      if (table.right > card.right + 1 || table.left < card.left - 1)
        found.push(`table “${t.closest('.ant-card')!.textContent?.slice(0, 12)}” reaches past its card`);
    }
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) found.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    return found;
  });
}
