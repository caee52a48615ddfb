import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JurisdictionService } from '@app/directory';
import { Principal } from '@app/identity';
import { AppConfig, APP_CONFIG, Page, SqlParams } from '@app/core';
import { RunningClockKind } from '@app/deadlines';
import { StatsRefreshService } from './stats-refresh.service';
import { STATS_READER } from './stats-reader';
import { StatsFilters, StatsScope } from './stats-scope';
import { StatsScopeService } from './stats-scope.service';

export type OverdueStep = 'sign' | 'reply' | 'followUp';

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
  step: OverdueStep;
  dueDate: string;
  daysOverdue: number;
  major: boolean;
}

/** Each step is a running clock (deliveries.running_clock, libs/deadlines runningClock). */
const STEP_CLOCK: Record<OverdueStep, RunningClockKind> = { sign: 'SIGN', reply: 'REPLY', followUp: 'FOLLOW_UP' };

interface OverdueRow {
  id: string;
  suggestion_id: string;
  doc_number: string | null;
  title: string;
  court_id: string;
  court_name: string;
  organization_id: string;
  org_name: string;
  status: string;
  major: boolean;
  running_clock: RunningClockKind;
  due: string;
  days: number;
}

/**
 * Deliveries overdue now by their running clock, live from the deliveries table (the partial index
 * on running clocks serves it), with the same filters as the figures and the caller's
 * VisibilityScope on top.
 */
@Injectable()
export class StatsOverdueService {
  constructor(
    private readonly scopes: StatsScopeService,
    private readonly jurisdiction: JurisdictionService,
    private readonly refresher: StatsRefreshService,
    @Inject(STATS_READER) private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(
    principal: Principal,
    f: StatsFilters,
    opts: { step?: OverdueStep; page: number; pageSize: number },
    scope?: StatsScope,
  ): Promise<Page<OverdueItem> & { asOf: string }> {
    const s = scope ?? (await this.scopes.resolve(principal, f));
    const v = await this.jurisdiction.resolve(principal);
    const today = this.refresher.today();
    const p = new SqlParams();
    const t = p.add(today);
    const steps = opts.step ? [opts.step] : (Object.keys(STEP_CLOCK) as OverdueStep[]);
    // Overdue now: the running clock's due date passed (a range on ix_deliveries_running_due or, for
    // one court, ix_deliveries_court_running_due); the caller's VisibilityScope and the filters on `d` first.
    const where = [
      `d.kind = 'MAIN'`,
      `d.running_clock = ANY(${p.add(steps.map((k) => STEP_CLOCK[k]))}::text[])`,
      `d.running_due_date < ${t}::date`,
      `s.status IN ('ISSUED','CLOSED','ARCHIVED')`,
      p.named(this.jurisdiction.visibleDeliveries(v, 'd')),
    ];
    if (s.courtIds) where.push(`d.court_id = ANY(${p.add(s.courtIds)}::uuid[])`);
    if (s.organizationId) where.push(`d.organization_id = ${p.add(s.organizationId)}`);
    if (s.category) where.push(`s.category = ${p.add(s.category)}`);
    if (s.domain) where.push(`coalesce(s.domain, '') = ${p.add(s.domain)}`);
    if (s.from) where.push(`(s.issued_at AT TIME ZONE ${p.add(this.tz())})::date >= ${p.add(s.from)}::date`);
    if (s.to) where.push(`(s.issued_at AT TIME ZONE ${p.add(this.tz())})::date <= ${p.add(s.to)}::date`);
    const from = `FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id JOIN organizations o ON o.id = d.organization_id JOIN organizations c ON c.id = s.court_id WHERE ${where.join(' AND ')}`;
    const [{ total }]: Array<{ total: number }> = await this.db.query(`SELECT count(*)::int AS total ${from}`, p.values);
    const limit = p.add(opts.pageSize);
    const offset = p.add((opts.page - 1) * opts.pageSize);
    const rows: OverdueRow[] = await this.db.query(
      `SELECT d.id, d.suggestion_id, s.doc_number, s.title, s.court_id, c.name AS court_name, d.organization_id, o.name AS org_name, d.status, s.major,
              d.running_clock, d.running_due_date::text AS due, (${t}::date - d.running_due_date) AS days
         ${from} ORDER BY days DESC, d.id LIMIT ${limit} OFFSET ${offset}`,
      p.values,
    );
    const stepOf = Object.fromEntries(Object.entries(STEP_CLOCK).map(([k, c]) => [c, k])) as Record<RunningClockKind, OverdueStep>;
    return {
      asOf: today,
      total,
      page: opts.page,
      pageSize: opts.pageSize,
      items: rows.map((r) => ({
        deliveryId: r.id,
        suggestionId: r.suggestion_id,
        docNumber: r.doc_number ?? null,
        title: r.title,
        courtId: r.court_id,
        courtName: r.court_name,
        organizationId: r.organization_id,
        organizationName: r.org_name,
        status: r.status,
        step: stepOf[r.running_clock],
        dueDate: r.due,
        daysOverdue: Number(r.days),
        major: r.major,
      })),
    };
  }

  private tz(): string {
    return this.config.businessTz;
  }
}
