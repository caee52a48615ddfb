/**
 * Types of the api's OpenAPI document (/api/docs-json): Statistics, the overdue list, watch lists
 * and the court admin's work list. Keep in step with the DTOs.
 */
export interface Metric {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export interface OverdueMetrics {
  sign: Metric;
  reply: Metric;
  followUp: Metric;
}

export interface StatsScope {
  viewer: 'court' | 'region' | 'agency';
  courtId: string | null;
  regionPrefix: string | null;
  organizationId: string | null;
  category: string | null;
  domain: string | null;
  from: string | null;
  to: string | null;
}

export interface Overview extends Metrics {
  /** 工作建议被上级采用 (overview only). */
  escalatedAdopted: Metric;
  scope: StatsScope;
  asOf: string | null;
  refreshedAt: string | null;
  definitions: Record<string, MetricDefinition>;
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
  overdue: OverdueMetrics;
  major: Metric;
  copiedToSuperior: Metric;
}

export interface RankedRow {
  rank: number | null;
  id: string;
  name: string | null;
  metrics: Metrics;
}

export interface Ranking {
  scope: StatsScope;
  asOf: string | null;
  refreshedAt: string | null;
  sort: string;
  total: number;
  peers?: string | null;
  items: Array<RankedRow>;
}

export interface TrendPoint {
  period: string;
  metrics: Metrics;
}

export interface Trend {
  scope: StatsScope;
  asOf: string | null;
  refreshedAt: string | null;
  granularity: 'month' | 'quarter' | 'year';
  items: Array<TrendPoint>;
}

export interface OverdueItem {
  deliveryId: string;
  suggestionId: string;
  docNumber: string | null;
  title: string;
  courtId: string;
  courtName: string;
  organizationId: string;
  organizationName: string;
  status: string;
  step: 'sign' | 'reply' | 'followUp';
  dueDate: string;
  daysOverdue: number;
  major: boolean;
}

export interface OverduePage {
  asOf: string;
  items: Array<OverdueItem>;
  total: number;
  page: number;
  pageSize: number;
}

export interface RefreshResult {
  mode: 'full' | 'incremental' | 'skipped';
  asOf: string;
  touchedKeys: number;
  durationMs: number;
}

export interface Watch {
  id: string;
  suggestionId: string;
  deliveryId: string | null;
  note: string;
  createdAt: string;
  docNumber: string | null;
  title: string;
  suggestionStatus: string;
  organizationId: string | null;
  organizationName: string | null;
  deliveryStatus: string | null;
  signDueDate: string | null;
  replyDueDate: string | null;
  followUpDate: string | null;
}

export interface CreateWatch {
  suggestionId: string;
  deliveryId?: string;
  note?: string;
}

export interface WorkNote {
  comment: string;
  authorName: string;
  organizationName: string;
  createdAt: string;
}

export interface WorkWatcher {
  name: string;
  organizationName: string;
  scope: 'LETTER' | 'DELIVERY';
  since: string;
}

export interface WorkSupervision {
  notes: number;
  latestNote: WorkNote | null;
  watched: boolean;
  watchers: Array<WorkWatcher>;
}

export interface WorkItem {
  kind: 'DELIVERY' | 'LETTER';
  type: 'OVERDUE' | 'EXTENSION_PENDING' | 'REJECTED_TO_REROUTE' | 'REPLY_TO_EVALUATE' | 'FOLLOW_UP_DUE' | 'IMPLEMENTATION_TO_CONFIRM' | 'SUPERVISED';
  reasons: Array<'OVERDUE' | 'EXTENSION_PENDING' | 'REJECTED_TO_REROUTE' | 'REPLY_TO_EVALUATE' | 'FOLLOW_UP_DUE' | 'IMPLEMENTATION_TO_CONFIRM' | 'SUPERVISED'>;
  suggestionId: string;
  deliveryId: string | null;
  docNumber: string | null;
  title: string;
  organizationId: string | null;
  organizationName: string | null;
  deliveryStatus: string | null;
  dueDate: string | null;
  colour: 'GREEN' | 'YELLOW' | 'RED';
  supervision: WorkSupervision;
}

export interface WorkList {
  asOf: string;
  /** Items after the type filter, over all pages. */
  total: number;
  page: number;
  pageSize: number;
  counts: Record<string, number>;
  items: Array<WorkItem>;
}

export interface MetricDefinition {
  label: string;
  zh: string;
  en: string;
}

export type WorkType = WorkItem['type'];
