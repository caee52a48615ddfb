/**
 * One formatter per time zone (building an Intl.DateTimeFormat costs far more than using one) and
 * the last answer per zone, keyed by the whole second: every zone's offset is a whole number of
 * seconds, so two instants within the same second always fall on the same date. Every delivery
 * read asks for today's date, and under load most calls land in a second already answered.
 */
const zones = new Map<string, { format: Intl.DateTimeFormat; second: number; date: string }>();

/** `YYYY-MM-DD` of an instant in the business time zone (Asia/Shanghai by default). */
export function businessDate(at: Date, tz: string): string {
  let zone = zones.get(tz);
  if (!zone) {
    zone = { format: new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }), second: NaN, date: '' };
    zones.set(tz, zone);
  }
  const second = Math.floor(at.getTime() / 1000);
  if (second === zone.second) return zone.date;
  let year = '';
  let month = '';
  let day = '';
  for (const p of zone.format.formatToParts(at)) {
    if (p.type === 'year') year = p.value;
    else if (p.type === 'month') month = p.value;
    else if (p.type === 'day') day = p.value;
  }
  zone.second = second;
  zone.date = `${year}-${month}-${day}`;
  return zone.date;
}

/** Days from `a` to `b` (both `YYYY-MM-DD`), negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
