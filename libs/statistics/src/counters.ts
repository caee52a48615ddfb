import { bucketOf, REPLY_DAY_EDGES, REPLY_DAYS, SIGN_BUCKET_COLUMNS, SIGN_BUCKETS } from './histogram';

/**
 * Additive counters over MAIN deliveries: everything the metrics need, summable across courts,
 * agencies, days and months. The rollup tables store exactly these columns (snake_case), and
 * `countersOfFact` computes them for one delivery — the reference the SQL must match.
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

/** One row of the rollup (snake_case, numeric strings from pg) → Counters. */
export function countersFromRow(row: Record<string, unknown>): Counters {
  const c = emptyCounters();
  for (const [k, col] of SUM_COLUMNS) c[k] = Number(row[col] ?? 0);
  c.signBuckets = SIGN_BUCKET_COLUMNS.map((col) => Number(row[col] ?? 0));
  c.replyBuckets = REPLY_DAYS.columns.map((col) => Number(row[col] ?? 0));
  c.signHoursMax = numberOrNull(row.sign_hours_max);
  c.replyDaysMax = numberOrNull(row.reply_days_max);
  return c;
}

export type DeliveryStatusName =
  'DELIVERED' | 'SIGNED' | 'REPLIED' | 'EVALUATED' | 'IMPLEMENTING' | 'IMPLEMENTED' | 'NOT_ADOPTED' | 'CLOSED' | 'REJECTED_BY_RECIPIENT' | 'READ';

/** One MAIN delivery as the statistics see it (dates 'YYYY-MM-DD' in the business time zone). */
export interface DeliveryFact {
  status: DeliveryStatusName;
  major: boolean;
  /** A COPY of the same letter went to this recipient's parent organization. */
  copiedToSuperior: boolean;
  deliveredAt: Date;
  signedAt: Date | null;
  signDueDate: string | null;
  replyDueDate: string | null;
  /** When the reply was submitted (after leader approval where required); null if none. */
  repliedAt: Date | null;
  /** The date of `repliedAt` in the business time zone. */
  repliedOn: string | null;
  evaluationResult: 'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED' | null;
  implementationConfirmed: boolean;
  followUpDate: string | null;
  /** Per-item stances of the submitted reply. */
  itemStances: Array<'ADOPT' | 'PARTIAL' | 'DECLINE'>;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The counters one MAIN delivery contributes, as of `today`. Rejected deliveries contribute nothing. */
export function countersOfFact(f: DeliveryFact, today: string): Counters {
  const c = emptyCounters();
  if (f.status === 'REJECTED_BY_RECIPIENT') return c;
  c.issued = 1;
  c.major = f.major ? 1 : 0;
  c.copiedSuperior = f.copiedToSuperior ? 1 : 0;
  if (f.signedAt) {
    const hours = (f.signedAt.getTime() - f.deliveredAt.getTime()) / HOUR;
    c.signed = 1;
    c.signHoursSum = hours;
    c.signHoursMax = hours;
    c.signBuckets[bucketOf(hours)] = 1;
  }
  const replied = f.repliedAt !== null;
  if (replied) {
    c.replied = 1;
    const days = (f.repliedAt!.getTime() - f.deliveredAt.getTime()) / DAY;
    c.replyDaysSum = days;
    c.replyDaysMax = days;
    c.replyBuckets[bucketOf(days, REPLY_DAY_EDGES)] = 1;
    if (f.replyDueDate === null || (f.repliedOn !== null && f.repliedOn <= f.replyDueDate)) c.repliedOnTime = 1;
  }
  if (replied || (f.replyDueDate !== null && f.replyDueDate < today)) c.dueOrReplied = 1;
  if (f.evaluationResult) {
    c.evaluated = 1;
    if (f.evaluationResult === 'ADOPTED') c.adopted = 1;
    if (f.evaluationResult === 'PARTIALLY_ADOPTED') c.partiallyAdopted = 1;
    if (f.evaluationResult !== 'NOT_ADOPTED' && f.implementationConfirmed) c.implemented = 1;
  }
  if (replied) {
    c.itemsAnswered = f.itemStances.length;
    c.itemsAdopt = f.itemStances.filter((s) => s === 'ADOPT').length;
    c.itemsPartial = f.itemStances.filter((s) => s === 'PARTIAL').length;
  }
  if (f.status === 'DELIVERED') {
    c.awaitingSign = 1;
    if (f.signDueDate !== null && f.signDueDate < today) c.overdueSign = 1;
  }
  if (f.status === 'SIGNED' && !replied) {
    c.awaitingReply = 1;
    if (f.replyDueDate !== null && f.replyDueDate < today) c.overdueReply = 1;
  }
  if (f.status === 'IMPLEMENTING') {
    c.implementing = 1;
    if (f.followUpDate !== null && f.followUpDate < today) c.overdueFollowUp = 1;
  }
  return c;
}

export function countersOfFacts(facts: DeliveryFact[], today: string): Counters {
  return facts.reduce((acc, f) => addCounters(acc, countersOfFact(f, today)), emptyCounters());
}
