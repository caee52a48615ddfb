import { Counters } from './counters';
import { percentileFromBuckets, REPLY_DAY_EDGES } from './histogram';

/** Every figure is a fraction; `rate` is null (never NaN, never 0) when the denominator is 0. */
export interface Metric {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export interface Metrics {
  issued: Metric;
  signRate: Metric;
  feedbackRate: Metric;
  onTimeFeedbackRate: Metric;
  adoptionRate: Metric;
  itemAdoptionRate: Metric;
  implementationRate: Metric;
  avgHoursToSign: Metric;
  p90HoursToSign: Metric;
  avgDaysToReply: Metric;
  p90DaysToReply: Metric;
  overdue: { sign: Metric; reply: Metric; followUp: Metric };
  major: Metric;
  copiedToSuperior: Metric;
}

export const METRIC_KEYS = [
  'issued',
  'signRate',
  'feedbackRate',
  'onTimeFeedbackRate',
  'adoptionRate',
  'itemAdoptionRate',
  'implementationRate',
  'avgHoursToSign',
  'p90HoursToSign',
  'avgDaysToReply',
  'p90DaysToReply',
  'overdue.sign',
  'overdue.reply',
  'overdue.followUp',
  'major',
  'copiedToSuperior',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** numerator ÷ denominator; null when the denominator is 0. Ratios keep 6 decimals. */
export function ratio(numerator: number, denominator: number, digits = 6): Metric {
  return { numerator, denominator, rate: denominator === 0 ? null : round(numerator / denominator, digits) };
}

/** An average: numerator = the total (2 decimals), denominator = how many, rate = the mean (2 decimals). */
function average(total: number, count: number): Metric {
  return { numerator: round(total, 2), denominator: count, rate: count === 0 ? null : round(total / count, 2) };
}

/** A percentile: numerator and rate = the value (2 decimals), denominator = how many were measured. */
function percentile(value: number | null, count: number): Metric {
  return { numerator: value === null ? 0 : round(value, 2), denominator: count, rate: value === null ? null : round(value, 2) };
}

/** The metrics of PRODUCT.md from summed counters. */
export function metricsOf(c: Counters): Metrics {
  return {
    issued: ratio(c.issued, c.issued),
    signRate: ratio(c.signed, c.issued),
    feedbackRate: ratio(c.replied, c.dueOrReplied),
    onTimeFeedbackRate: ratio(c.repliedOnTime, c.dueOrReplied),
    adoptionRate: ratio(c.adopted + c.partiallyAdopted, c.evaluated),
    itemAdoptionRate: ratio(c.itemsAdopt + c.itemsPartial, c.itemsAnswered),
    implementationRate: ratio(c.implemented, c.adopted + c.partiallyAdopted),
    avgHoursToSign: average(c.signHoursSum, c.signed),
    p90HoursToSign: percentile(percentileFromBuckets(c.signBuckets, c.signHoursMax), c.signed),
    avgDaysToReply: average(c.replyDaysSum, c.replied),
    p90DaysToReply: percentile(percentileFromBuckets(c.replyBuckets, c.replyDaysMax, 0.9, REPLY_DAY_EDGES), c.replied),
    overdue: {
      sign: ratio(c.overdueSign, c.awaitingSign),
      reply: ratio(c.overdueReply, c.awaitingReply),
      followUp: ratio(c.overdueFollowUp, c.implementing),
    },
    major: ratio(c.major, c.issued),
    copiedToSuperior: ratio(c.copiedSuperior, c.issued),
  };
}

/** Reads a metric by its dotted key ('overdue.reply'). */
export function metricAt(m: Metrics, key: MetricKey): Metric {
  if (key.startsWith('overdue.')) return m.overdue[key.slice(8) as 'sign' | 'reply' | 'followUp'];
  return m[key as Exclude<MetricKey, `overdue.${string}`>] as Metric;
}
