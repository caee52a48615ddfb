/**
 * Duration histograms of the rollups, so percentiles survive summing across courts, agencies and
 * months. Bucket i holds values in [edges[i-1], edges[i]) (bucket 0: [0, edges[0]), the last:
 * [last edge, ∞)). The same edges are used by SQL (`width_bucket(value, ARRAY[...])`) and by the
 * pure functions, so the stored rollups and the unit-tested formulas agree exactly.
 */
export interface Histogram {
  edges: readonly number[];
  /** Column names of the stored buckets, e.g. h00 … h23. */
  columns: string[];
  /** The column holding the largest value observed. */
  maxColumn: string;
}

function histogram(prefix: string, edges: readonly number[], maxColumn: string): Histogram {
  return { edges, columns: Array.from({ length: edges.length + 1 }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`), maxColumn };
}

/** Hours from delivery to signing. */
export const SIGN_HOUR_EDGES = [1, 2, 4, 6, 8, 12, 16, 20, 24, 30, 36, 42, 48, 60, 72, 84, 96, 120, 144, 168, 240, 336, 720] as const;
export const SIGN_HOURS = histogram('h', SIGN_HOUR_EDGES, 'sign_hours_max');

/** Days from delivery to the reply (periods are 1–2 months: weekly steps up to 10 weeks). */
export const REPLY_DAY_EDGES = [3, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 90, 120, 180, 365] as const;
export const REPLY_DAYS = histogram('r', REPLY_DAY_EDGES, 'reply_days_max');

/** Number of sign-hour buckets (one more than the finite edges). */
export const SIGN_BUCKETS = SIGN_HOURS.columns.length;
export const SIGN_BUCKET_COLUMNS = SIGN_HOURS.columns;

/**
 * The 90th percentile from bucket counts: the smallest k with cumulative count ≥ ⌈0.9·n⌉, reported
 * as that bucket's upper edge, capped by the largest value observed (so a p90 in the last, open
 * bucket is the maximum). Null when there is nothing to measure.
 */
export function percentileFromBuckets(counts: number[], max: number | null, p = 0.9, edges: readonly number[] = SIGN_HOUR_EDGES): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const rank = Math.ceil(p * n);
  let cum = 0;
  for (let i = 0; i < counts.length; i++) {
    cum += counts[i];
    if (cum >= rank) {
      const edge = i < edges.length ? edges[i] : Number.POSITIVE_INFINITY;
      return max === null ? (Number.isFinite(edge) ? edge : null) : Math.min(edge, max);
    }
  }
  return max;
}
