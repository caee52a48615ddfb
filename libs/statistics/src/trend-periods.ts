import { emptyCounters } from './counters';
import { metricsOf } from './metrics';
import type { TrendPoint } from './statistics.service';

type Granularity = 'month' | 'quarter' | 'year';

const keyOf = (g: Granularity, year: number, month0: number) =>
  g === 'year' ? `${year}` : g === 'quarter' ? `${year}-Q${Math.floor(month0 / 3) + 1}` : `${year}-${String(month0 + 1).padStart(2, '0')}`;

/** 'YYYY-MM', 'YYYY-Qn' or 'YYYY' → [year, first month (0-based)]. */
function parse(g: Granularity, key: string): [number, number] {
  const year = Number(key.slice(0, 4));
  if (g === 'year') return [year, 0];
  if (g === 'quarter') return [year, (Number(key.slice(6)) - 1) * 3];
  return [year, Number(key.slice(5, 7)) - 1];
}

/** The period a date 'YYYY-MM-DD' falls in. */
const periodOf = (g: Granularity, date: string) => keyOf(g, Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1);

/**
 * The trend with every period of its span, an empty period as zero issued (rates null) instead of
 * left out, so a chart's axis keeps its months. The span runs from `from` (or the first period with
 * figures) to `to` (or the as-of date), never past the later of the last figures and the as-of date.
 */
export function fillPeriods(g: Granularity, items: TrendPoint[], from: string | null, to: string | null, asOf: string | null): TrendPoint[] {
  const have = new Map(items.map((i) => [i.period, i]));
  const keys = [...have.keys()].sort();
  const first = from ? periodOf(g, from) : keys[0];
  const latest = [keys[keys.length - 1], asOf ? periodOf(g, asOf) : undefined].filter((k): k is string => !!k).sort();
  const cap = latest[latest.length - 1];
  let last = to ? periodOf(g, to) : cap;
  if (cap && last > cap) last = cap;
  if (!first || !last || first > last) return items;
  const step = g === 'year' ? 12 : g === 'quarter' ? 3 : 1;
  const out: TrendPoint[] = [];
  let [year, month0] = parse(g, first);
  for (let key = keyOf(g, year, month0); key <= last && out.length < 1200; key = keyOf(g, year, month0)) {
    out.push(have.get(key) ?? { period: key, metrics: metricsOf(emptyCounters()) });
    month0 += step;
    if (month0 >= 12) {
      year += Math.floor(month0 / 12);
      month0 %= 12;
    }
  }
  return out;
}
