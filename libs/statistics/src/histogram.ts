/**
 * Time-to-sign histogram. Bucket i holds hours in [EDGE[i-1], EDGE[i]) (bucket 0: [0, 1),
 * the last: [720, ∞)). The same edges are used by SQL (`width_bucket(hours, ARRAY[...])`) and by
 * the pure functions, so the stored rollups and the unit-tested formulas agree exactly.
 */
export const SIGN_HOUR_EDGES = [1, 2, 4, 6, 8, 12, 16, 20, 24, 30, 36, 42, 48, 60, 72, 84, 96, 120, 144, 168, 240, 336, 720] as const;

/** Number of buckets (one more than the finite edges). */
export const SIGN_BUCKETS = SIGN_HOUR_EDGES.length + 1;

/** Column names of the stored buckets: h00 … h23. */
export const SIGN_BUCKET_COLUMNS = Array.from({ length: SIGN_BUCKETS }, (_, i) => `h${String(i).padStart(2, '0')}`);

/** Index of the bucket that holds `hours` (count of finite edges ≤ hours, as SQL width_bucket). */
export function bucketOf(hours: number): number {
  let i = 0;
  while (i < SIGN_HOUR_EDGES.length && SIGN_HOUR_EDGES[i] <= hours) i++;
  return i;
}

/**
 * The 90th percentile from bucket counts: the smallest k with cumulative count ≥ ⌈0.9·n⌉, reported
 * as that bucket's upper edge, capped by the largest value observed (so a p90 in the last, open
 * bucket is the maximum). Null when there is nothing to measure.
 */
export function percentileFromBuckets(counts: number[], max: number | null, p = 0.9): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const rank = Math.ceil(p * n);
  let cum = 0;
  for (let i = 0; i < counts.length; i++) {
    cum += counts[i];
    if (cum >= rank) {
      const edge = i < SIGN_HOUR_EDGES.length ? SIGN_HOUR_EDGES[i] : Number.POSITIVE_INFINITY;
      return max === null ? (Number.isFinite(edge) ? edge : null) : Math.min(edge, max);
    }
  }
  return max;
}
