/** One printed result: `name  value  unit  (ratio vs reference)`. */
export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  ratio: number;
  reference: string;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

export function formatLine(l: BenchLine): string {
  return `${l.name}  ${l.value}  ${l.unit}  (${l.ratio}× ${l.reference})`;
}
