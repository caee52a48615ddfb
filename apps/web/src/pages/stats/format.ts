/**
 * A 0..1 rate in percent, rounded to two decimals the way the xlsx exports show it (number format
 * 0.00%, half away from zero: 0.87235 → 87.24); null when there is nothing to divide.
 */
export function ratePercent(rate: number | null | undefined): number | null {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return null;
  return Math.round(rate * 10000) / 100;
}

/** "99.50%" for a 0..1 rate, as in the xlsx exports; "—" when there is nothing to divide. */
export function formatRate(rate: number | null | undefined): string {
  const p = ratePercent(rate);
  return p === null ? '—' : `${p.toFixed(2)}%`;
}

export function formatNumber(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}

/** "+35.2%" / "−16.7%": a change as a signed percentage; "—" without a figure. */
export const signedRate = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`);

/** A fall in cases reads green, a rise red. */
export const changeColour = (x: number | null | undefined) => (x === null || x === undefined ? undefined : x < 0 ? '#389e0d' : '#cf1322');
