/** "87.2%" for a 0..1 rate; "—" when there is nothing to divide. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(rate * 100).toFixed(1)}%`;
}

export function formatNumber(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}

/** "+35.2%" / "−16.7%": a change as a signed percentage; "—" without a figure. */
export const signedRate = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`);

/** A fall in cases reads green, a rise red. */
export const changeColour = (x: number | null | undefined) => (x === null || x === undefined ? undefined : x < 0 ? '#389e0d' : '#cf1322');
