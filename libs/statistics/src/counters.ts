import { REPLY_DAYS, SIGN_BUCKET_COLUMNS, SIGN_BUCKETS } from './histogram';

/**
 * Additive counters over MAIN deliveries: everything the metrics need, summable across courts,
 * agencies, days and months. The rollup tables store exactly these columns (snake_case); the rollup
 * SQL (rollup-sql.ts) is the one place they are computed from deliveries — tested on hand-built rows
 * in PostgreSQL (test/api/statistics-formulas.e2e-spec.ts). Here they are only read and added.
 */
export interface Counters {
  issued: number;
  major: number;
  copiedSuperior: number;
  signed: number;
  signHoursSum: number;
  signHoursMax: number | null;
  signBuckets: number[];
  replied: number;
  dueOrReplied: number;
  repliedOnTime: number;
  replyDaysSum: number;
  replyDaysMax: number | null;
  replyBuckets: number[];
  evaluated: number;
  adopted: number;
  partiallyAdopted: number;
  implemented: number;
  itemsAnswered: number;
  itemsAdopt: number;
  itemsPartial: number;
  awaitingSign: number;
  overdueSign: number;
  awaitingReply: number;
  overdueReply: number;
  implementing: number;
  overdueFollowUp: number;
}

/** Scalar counter keys ↔ SQL columns (histogram buckets and the maxima handled apart). */
export const SUM_COLUMNS: Array<[Exclude<keyof Counters, 'signBuckets' | 'signHoursMax' | 'replyBuckets' | 'replyDaysMax'>, string]> = [
  ['issued', 'issued'],
  ['major', 'major'],
  ['copiedSuperior', 'copied_superior'],
  ['signed', 'signed'],
  ['signHoursSum', 'sign_hours_sum'],
  ['replied', 'replied'],
  ['dueOrReplied', 'due_or_replied'],
  ['repliedOnTime', 'replied_on_time'],
  ['replyDaysSum', 'reply_days_sum'],
  ['evaluated', 'evaluated'],
  ['adopted', 'adopted'],
  ['partiallyAdopted', 'partially_adopted'],
  ['implemented', 'implemented'],
  ['itemsAnswered', 'items_answered'],
  ['itemsAdopt', 'items_adopt'],
  ['itemsPartial', 'items_partial'],
  ['awaitingSign', 'awaiting_sign'],
  ['overdueSign', 'overdue_sign'],
  ['awaitingReply', 'awaiting_reply'],
  ['overdueReply', 'overdue_reply'],
  ['implementing', 'implementing'],
  ['overdueFollowUp', 'overdue_follow_up'],
];

export { SIGN_BUCKET_COLUMNS };

export function emptyCounters(): Counters {
  return {
    issued: 0,
    major: 0,
    copiedSuperior: 0,
    signed: 0,
    signHoursSum: 0,
    signHoursMax: null,
    signBuckets: new Array(SIGN_BUCKETS).fill(0),
    replied: 0,
    dueOrReplied: 0,
    repliedOnTime: 0,
    replyDaysSum: 0,
    replyDaysMax: null,
    replyBuckets: new Array(REPLY_DAYS.columns.length).fill(0),
    evaluated: 0,
    adopted: 0,
    partiallyAdopted: 0,
    implemented: 0,
    itemsAnswered: 0,
    itemsAdopt: 0,
    itemsPartial: 0,
    awaitingSign: 0,
    overdueSign: 0,
    awaitingReply: 0,
    overdueReply: 0,
    implementing: 0,
    overdueFollowUp: 0,
  };
}

const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const numberOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export function addCounters(a: Counters, b: Counters): Counters {
  const out = emptyCounters();
  for (const [k] of SUM_COLUMNS) out[k] = a[k] + b[k];
  out.signBuckets = a.signBuckets.map((v, i) => v + b.signBuckets[i]);
  out.replyBuckets = a.replyBuckets.map((v, i) => v + b.replyBuckets[i]);
  out.signHoursMax = maxOf(a.signHoursMax, b.signHoursMax);
  out.replyDaysMax = maxOf(a.replyDaysMax, b.replyDaysMax);
  return out;
}

/** A row of summed rollup measures: one value per MEASURE_COLUMNS column (pg sends sums as numeric strings). */
export type MeasureRow = Readonly<Record<string, string | number | null>>;

/** One row of the rollup (snake_case, numeric strings from pg) → Counters. */
export function countersFromRow(row: MeasureRow): Counters {
  const c = emptyCounters();
  for (const [k, col] of SUM_COLUMNS) c[k] = Number(row[col] ?? 0);
  c.signBuckets = SIGN_BUCKET_COLUMNS.map((col) => Number(row[col] ?? 0));
  c.replyBuckets = REPLY_DAYS.columns.map((col) => Number(row[col] ?? 0));
  c.signHoursMax = numberOrNull(row.sign_hours_max);
  c.replyDaysMax = numberOrNull(row.reply_days_max);
  return c;
}
