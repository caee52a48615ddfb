import { DEFINITIONS } from './definitions';
import { METRIC_KEYS, metricAt } from './metrics';
import type { RankedRow } from './statistics.service';

/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 (and shows Chinese correctly) only with it. */
export const UTF8_BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; null → empty. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header: rank, organization, id, then numerator / denominator / rate of every metric. */
export function agencyCsvHeader(): string[] {
  return ['名次 rank', '单位 organization', 'id', ...METRIC_KEYS.flatMap((k) => [`${DEFINITIONS[k].label} ${k}.numerator`, `${DEFINITIONS[k].label} ${k}.denominator`, `${DEFINITIONS[k].label} ${k}.rate`])];
}

/** The by-agency ranking as CSV: BOM, one row per agency with every metric, CRLF line ends. */
export function agencyCsv(rows: RankedRow[]): string {
  const lines = [agencyCsvHeader(), ...rows.map((r) => [r.rank, r.name, r.id, ...METRIC_KEYS.flatMap((k) => {
    const m = metricAt(r.metrics, k);
    return [m.numerator, m.denominator, m.rate];
  })])];
  return UTF8_BOM + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
