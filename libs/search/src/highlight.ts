import { escapeHtml } from '@app/core';

/** Splits a query into distinct lower-cased terms (whitespace-separated, at most `max`). */
export function queryTerms(q: string, max = 5): string[] {
  return [...new Set(q.trim().toLowerCase().split(/\s+/).filter(Boolean))].slice(0, max);
}

/** The 2-character substrings of a term (whitespace-free), as the index stores them. */
export function bigramsOf(term: string): string[] {
  const out = new Set<string>();
  const chars = [...term.toLowerCase()];
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    if (!/\s/.test(g)) out.add(g);
  }
  return [...out];
}

/**
 * A snippet of `text` around the first match (about `width` characters), HTML-escaped, with every
 * occurrence of every term wrapped in <em>…</em>. Matching is case-insensitive; everything that
 * is not a match is escaped, so the result is safe to render as HTML.
 */
export function highlight(text: string, terms: string[], width = 120): string {
  const lower = text.toLowerCase();
  const first =
    terms
      .map((t) => lower.indexOf(t))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  if (end - start < width) start = Math.max(0, end - width);
  // Keep matches whole at the window edges.
  for (const t of terms) {
    const atStart = lower.lastIndexOf(t, start);
    if (atStart >= 0 && atStart < start && atStart + t.length > start) start = atStart;
    const atEnd = lower.lastIndexOf(t, end);
    if (atEnd >= 0 && atEnd < end && atEnd + t.length > end) end = atEnd + t.length;
  }
  const window = text.slice(start, end);
  const wl = window.toLowerCase();
  const marks: Array<[number, number]> = [];
  for (const t of [...terms].sort((a, b) => b.length - a.length)) {
    if (!t) continue;
    for (let i = wl.indexOf(t); i >= 0; i = wl.indexOf(t, i + t.length)) {
      if (!marks.some(([a, b]) => i < b && i + t.length > a)) marks.push([i, i + t.length]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = start > 0 ? '…' : '';
  let pos = 0;
  for (const [a, b] of marks) {
    out += escapeHtml(window.slice(pos, a)) + '<em>' + escapeHtml(window.slice(a, b)) + '</em>';
    pos = b;
  }
  out += escapeHtml(window.slice(pos));
  if (end < text.length) out += '…';
  return out;
}
