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

/** Runs one scenario file on its own (`ts-node … bench/x.bench.ts`): prints its lines, exits 0 or 1. */
export function runStandalone(run: (ctx: { baseUrl: string; log: (s: string) => void }) => Promise<BenchLine[]>): void {
  run({
    baseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    log: (s) => process.stderr.write(`${s}\n`),
  }).then(
    (lines) => {
      for (const l of lines) process.stdout.write(`${formatLine(l)}\n`);
      process.exit(0);
    },
    (e) => {
      process.stderr.write(`${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}
