import { DEFINITIONS } from './definitions';
import { METRIC_KEYS, metricAt } from './metrics';
import type { RankedRow } from './statistics.service';

/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 (and shows Chinese correctly) only with it. */
export const UTF8_BOM = '\uFEFF';

/** What a spreadsheet reads as the start of a formula (OWASP "CSV injection"): = + - @ tab CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; null → empty.
 * A text that starts like a formula gets a leading `'` (OWASP), so Excel or WPS shows
 * `=HYPERLINK(…)` as the text it is instead of running it. Only texts: a number is written as
 * the number it is (a negative figure stays `-3`); every text cell is neutralised whatever its
 * column, since names and titles come from users.
 */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header: rank, organization, id, then numerator / denominator / rate of every metric. */
export function agencyCsvHeader(): string[] {
  return [
    '名次 rank',
    '单位 organization',
    'id',
    ...METRIC_KEYS.flatMap((k) => [`${DEFINITIONS[k].label} ${k}.numerator`, `${DEFINITIONS[k].label} ${k}.denominator`, `${DEFINITIONS[k].label} ${k}.rate`]),
  ];
}

/** The by-agency ranking as CSV: BOM, one row per agency with every metric, CRLF line ends. */
export function agencyCsv(rows: RankedRow[]): string {
  const lines = [
    agencyCsvHeader(),
    ...rows.map((r) => [
      r.rank,
      r.name,
      r.id,
      ...METRIC_KEYS.flatMap((k) => {
        const m = metricAt(r.metrics, k);
        return [m.numerator, m.denominator, m.rate];
      }),
    ]),
  ];
  return UTF8_BOM + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
