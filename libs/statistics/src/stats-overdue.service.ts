import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JurisdictionService } from '@app/directory';
import { Principal } from '@app/identity';
import { AppConfig, APP_CONFIG, Page, SqlParams } from '@app/core';
import { courtCondition } from './stats-query.service';
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

const STEP_SQL: Record<OverdueStep, { cond: string; due: string }> = {
  sign: { cond: `d.status = 'DELIVERED' AND d.sign_due_date < $TODAY`, due: 'd.sign_due_date' },
  reply: { cond: `d.status = 'SIGNED' AND d.replied_at IS NULL AND d.reply_due_date < $TODAY`, due: 'd.reply_due_date' },
  followUp: { cond: `d.status = 'IMPLEMENTING' AND d.follow_up_date < $TODAY`, due: 'd.follow_up_date' },
};

/**
 * Deliveries overdue now, live from the deliveries table (the partial indexes on the open clocks
 * serve it), with the same filters as the figures and the letter visibility rule on top.
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
    const j = await this.jurisdiction.resolve(principal);
    const today = this.refresher.today();
    const p = new SqlParams();
    const t = p.add(today);
    const steps = (opts.step ? [opts.step] : (Object.keys(STEP_SQL) as OverdueStep[])).map((k) => ({ k, ...STEP_SQL[k] }));
    const where = [
      `d.kind = 'MAIN'`,
      `s.status IN ('ISSUED','CLOSED','ARCHIVED')`,
      `(${steps.map((x) => `(${x.cond.replace('$TODAY', `${t}::date`)})`).join(' OR ')})`,
    ];
    const court = courtCondition(s.courts, 's.court_id', p);
    if (court) where.push(court);
    if (s.organizationId) where.push(`d.organization_id = ${p.add(s.organizationId)}`);
    if (s.category) where.push(`s.category = ${p.add(s.category)}`);
    if (s.domain) where.push(`coalesce(s.domain, '') = ${p.add(s.domain)}`);
    if (s.from) where.push(`(s.issued_at AT TIME ZONE ${p.add(this.tz())})::date >= ${p.add(s.from)}::date`);
    if (s.to) where.push(`(s.issued_at AT TIME ZONE ${p.add(this.tz())})::date <= ${p.add(s.to)}::date`);
    where.push(p.named(this.jurisdiction.deliveryScope(j, 'd', 's')));
    const stepCase = `CASE ${steps.map((x) => `WHEN ${x.cond.replace('$TODAY', `${t}::date`)} THEN '${x.k}'`).join(' ')} END`;
    const dueCase = `CASE ${steps.map((x) => `WHEN ${x.cond.replace('$TODAY', `${t}::date`)} THEN ${x.due}`).join(' ')} END`;
    const from = `FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id JOIN organizations o ON o.id = d.organization_id JOIN organizations c ON c.id = s.court_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total ${from}`, p.values);
    const limit = p.add(opts.pageSize);
    const offset = p.add((opts.page - 1) * opts.pageSize);
    const rows = await this.db.query(
      `SELECT d.id, d.suggestion_id, s.doc_number, s.title, s.court_id, c.name AS court_name, d.organization_id, o.name AS org_name, d.status, s.major,
              ${stepCase} AS step, (${dueCase})::text AS due, (${t}::date - ${dueCase}) AS days
         ${from} ORDER BY days DESC, d.id LIMIT ${limit} OFFSET ${offset}`,
      p.values,
    );
    return {
      asOf: today,
      total,
      page: opts.page,
      pageSize: opts.pageSize,
      items: rows.map((r: Record<string, unknown>) => ({
        deliveryId: r.id,
        suggestionId: r.suggestion_id,
        docNumber: r.doc_number ?? null,
        title: r.title,
        courtId: r.court_id,
        courtName: r.court_name,
        organizationId: r.organization_id,
        organizationName: r.org_name,
        status: r.status,
        step: r.step,
        dueDate: r.due,
        daysOverdue: Number(r.days),
        major: r.major,
      })) as OverdueItem[],
    };
  }

  private tz(): string {
    return this.config.businessTz;
  }
}
