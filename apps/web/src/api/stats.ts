import { get, qs } from './client';
import type { ImpactRanking, OverduePage, Overview, Ranking, Trend } from './types';

export interface StatsFilter {
  from?: string;
  to?: string;
  courtId?: string;
  category?: string;
  domain?: string;
  organizationId?: string;
}

export const overview = (f: StatsFilter) => get<Overview>(`/stats/overview${qs(f)}`);
export const byAgency = (f: StatsFilter, sort?: string) => get<Ranking>(`/stats/by-agency${qs({ ...f, sort })}`);
export const byCourt = (f: StatsFilter, sort?: string) => get<Ranking>(`/stats/by-court${qs({ ...f, sort })}`);
export const trend = (f: StatsFilter) => get<Trend>(`/stats/trend${qs({ ...f, granularity: 'month' })}`);
export const overdue = (f: StatsFilter & { step?: string; page?: number; pageSize?: number }) => get<OverduePage>(`/stats/overdue${qs(f)}`);
export const exportPath = (f: StatsFilter) => `/stats/export.xlsx${qs(f)}`;
export const exportCsvPath = (f: StatsFilter) => `/stats/export.csv${qs(f)}`;
export const annualReportPath = (courtId: string, year: number) => `/stats/annual-report.xlsx${qs({ courtId, year })}`;

export const impactRanking = (f: StatsFilter) => get<ImpactRanking>(`/stats/impact${qs(f)}`);
