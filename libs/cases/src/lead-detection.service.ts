import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { addMonths, dayIn, monthOf } from './case-dates';
import { causeByCode } from './cause-catalogue';
import { AuthorityRule, loadAuthorityRules, resolveRecipient, ruleFor } from './lead-authority';
import { LETTER_CAUSES_SQL } from './letter-causes';
import type { LeadEvidence } from './leads.service';

export interface DetectionResult {
  asOf: string;
  periodFrom: string;
  periodTo: string;
  candidates: number;
  /** Leads written or refreshed (NEW ones; drafted and dismissed leads are left as they are). */
  upserted: number;
  durationMs: number;
}

interface Candidate {
  area_id: string;
  kind: 'CAUSE_GROWTH' | 'PARTY';
  cause_code: string;
  keyword: string;
  party_name: string;
  cur: number;
  prev: number;
  monthly: Record<string, number>;
}

/** Courts and their ancestors: a court's area is its subtree (a 中院's includes its 基层 courts). */
const AREAS = `
  SELECT o.id AS court_id, a.area_id::uuid AS area_id
    FROM organizations o CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from o.path), '/')) AS a(area_id)
   WHERE o.type = 'COURT'`;

/**
 * Class-case leads (类案线索), over the rollups: for every court's area, the last 12 complete
 * months against the 12 before —
 * - a 案由 (and a 案由 with a keyword) with at least LEAD_MIN_CASES cases that rose at least
 *   LEAD_MIN_GROWTH % year on year;
 * - an organisation that is a party in at least LEAD_MIN_PARTY_CASES cases.
 * Each lead carries its evidence (monthly counts, change, top parties, sample 案号), the suggested
 * authority from case_authorities and, when an open or recent letter on the same 案由 already went
 * to it, that letter (answered_by_id). Idempotent per (court, kind, cause, keyword, party, period).
 */
@Injectable()
export class LeadDetectionService {
  private readonly logger = new Logger(LeadDetectionService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Detects for the areas of `areaIds` (every court when null). */
  async detect(areaIds: string[] | null = null): Promise<DetectionResult> {
    const started = Date.now();
    const asOf = dayIn(this.clock.now(), this.config.businessTz);
    const curTo = monthOf(asOf); // the current month is not complete: excluded
    const curFrom = addMonths(curTo, -12);
    const prevFrom = addMonths(curTo, -24);
    const areaCond = areaIds ? `AND ar.area_id = ANY($4::uuid[])` : '';
    const base = [prevFrom, curFrom, curTo, ...(areaIds ? [areaIds] : [])];
    const growth: Candidate[] = await this.ds.query(
      `WITH ar AS (${AREAS}),
       per_month AS (
         SELECT ar.area_id, cm.cause_code, cm.keyword, cm.month, sum(cm.cases)::int AS n
           FROM case_monthly cm JOIN ar ON ar.court_id = cm.court_id
          WHERE cm.month >= $1 AND cm.month < $3 ${areaCond}
          GROUP BY 1, 2, 3, 4),
       agg AS (
         SELECT area_id, cause_code, keyword,
                coalesce(sum(n) FILTER (WHERE month >= $2), 0)::int AS cur,
                coalesce(sum(n) FILTER (WHERE month < $2), 0)::int AS prev,
                jsonb_object_agg(to_char(month, 'YYYY-MM'), n) AS monthly
           FROM per_month GROUP BY 1, 2, 3)
       SELECT area_id, 'CAUSE_GROWTH' AS kind, cause_code, keyword, '' AS party_name, cur, prev, monthly FROM agg
        WHERE cur >= $${base.length + 1} AND cur * 100 >= prev * (100 + $${base.length + 2})`,
      [...base, this.config.leadMinCases, this.config.leadMinGrowthPercent],
    );
    const parties: Candidate[] = await this.ds.query(
      `WITH ar AS (${AREAS}),
       per_month AS (
         SELECT ar.area_id, pm.party_name, pm.month, sum(pm.cases)::int AS n
           FROM case_party_monthly pm JOIN ar ON ar.court_id = pm.court_id
          WHERE pm.month >= $1 AND pm.month < $3 ${areaCond}
          GROUP BY 1, 2, 3),
       agg AS (
         SELECT area_id, party_name,
                coalesce(sum(n) FILTER (WHERE month >= $2), 0)::int AS cur,
                coalesce(sum(n) FILTER (WHERE month < $2), 0)::int AS prev,
                jsonb_object_agg(to_char(month, 'YYYY-MM'), n) AS monthly,
                row_number() OVER (PARTITION BY area_id ORDER BY coalesce(sum(n) FILTER (WHERE month >= $2), 0) DESC, party_name) AS rank
           FROM per_month GROUP BY 1, 2)
       SELECT area_id, 'PARTY' AS kind, '' AS cause_code, '' AS keyword, party_name, cur, prev, monthly FROM agg
        WHERE cur >= $${base.length + 1} AND rank <= 20`,
      [...base, this.config.leadMinPartyCases],
    );
    const candidates = [...growth, ...parties];
    const rules = await loadAuthorityRules(this.ds.manager);
    const courts = await this.courtsOf([...new Set(candidates.map((c) => c.area_id))]);
    let upserted = 0;
    for (let i = 0; i < candidates.length; i += 200) {
      await this.ds.transaction(async (m) => {
        for (const c of candidates.slice(i, i + 200)) {
          upserted += await this.write(m, c, courts.get(c.area_id)!, rules, { curFrom, curTo, prevFrom });
        }
      });
    }
    const durationMs = Date.now() - started;
    if (candidates.length) this.logger.log(`lead detection as of ${asOf}: ${candidates.length} candidates, ${upserted} leads in ${durationMs} ms`);
    return { asOf, periodFrom: curFrom, periodTo: addMonths(curTo, 0), candidates: candidates.length, upserted, durationMs };
  }

  private async courtsOf(ids: string[]): Promise<Map<string, { region: string; subtree: string[] }>> {
    if (!ids.length) return new Map();
    const rows: { id: string; region_code: string; subtree: string[] }[] = await this.ds.query(
      `SELECT a.id, a.region_code, ARRAY(SELECT o.id FROM organizations o WHERE o.type = 'COURT' AND o.path LIKE a.path || '%') AS subtree
         FROM organizations a WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { region: r.region_code, subtree: r.subtree }]));
  }

  private async write(
    m: EntityManager,
    c: Candidate,
    court: { region: string; subtree: string[] },
    rules: AuthorityRule[],
    w: { curFrom: string; curTo: string; prevFrom: string },
  ): Promise<number> {
    const months: { month: string; cases: number }[] = [];
    for (let mo = w.prevFrom; mo < w.curTo; mo = addMonths(mo, 1)) months.push({ month: mo.slice(0, 7), cases: c.monthly[mo.slice(0, 7)] ?? 0 });
    let causeCode = c.cause_code;
    let topParties: { name: string; cases: number }[] = [];
    let topCauses: { code: string; name: string; cases: number }[] = [];
    let samples: string[];
    if (c.kind === 'CAUSE_GROWTH') {
      topParties = await m.query(
        `SELECT party_name AS name, sum(cases)::int AS cases FROM case_party_monthly
          WHERE court_id = ANY($1::uuid[]) AND cause_code = $2 AND month >= $3 AND month < $4
          GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`,
        [court.subtree, c.cause_code, w.curFrom, w.curTo],
      );
      samples = (
        await m.query(
          `SELECT case_number FROM cases WHERE court_id = ANY($1::uuid[]) AND cause_code = $2 AND filed_on >= $3 AND filed_on < $4
              AND ($5 = '' OR $5 = ANY(keywords)) ORDER BY filed_on DESC, case_number LIMIT 5`,
          [court.subtree, c.cause_code, w.curFrom, w.curTo, c.keyword],
        )
      ).map((r: { case_number: string }) => r.case_number);
    } else {
      const causes: { code: string; cases: number }[] = await m.query(
        `SELECT cause_code AS code, sum(cases)::int AS cases FROM case_party_monthly
          WHERE court_id = ANY($1::uuid[]) AND party_name = $2 AND month >= $3 AND month < $4 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`,
        [court.subtree, c.party_name, w.curFrom, w.curTo],
      );
      topCauses = causes.map((x) => ({ ...x, name: causeByCode(x.code)?.name ?? x.code }));
      causeCode = causes[0]?.code ?? '';
      samples = (
        await m.query(
          `SELECT case_number FROM cases WHERE party_names @> ARRAY[$2]::text[] AND cardinality(party_names) > 0 AND court_id = ANY($1::uuid[])
              AND filed_on >= $3 AND filed_on < $4
            ORDER BY filed_on DESC, case_number LIMIT 5`,
          [court.subtree, c.party_name, w.curFrom, w.curTo],
        )
      ).map((r: { case_number: string }) => r.case_number);
    }
    const rule = causeCode ? ruleFor(rules, causeCode, c.keyword) : null;
    const recipient = await resolveRecipient(m, rule, court.region);
    const answeredBy = recipient?.organizationId && causeCode ? await this.answeredBy(m, recipient.organizationId, causeCode, c.keyword) : null;
    const growthRate = c.prev > 0 ? Math.round(((c.cur - c.prev) / c.prev) * 10000) / 10000 : null;
    const evidence: LeadEvidence = {
      monthly: months,
      cases: c.cur,
      previousCases: c.prev,
      change: growthRate,
      topParties,
      topCauses,
      sampleCaseNumbers: samples,
    };
    // A lead of an earlier period still untouched is superseded by this one.
    await m.query(
      `DELETE FROM case_leads WHERE court_id = $1 AND kind = $2 AND cause_code = $3 AND keyword = $4 AND party_name = $5 AND status = 'NEW' AND period_to < $6`,
      [c.area_id, c.kind, c.kind === 'PARTY' ? '' : c.cause_code, c.keyword, c.party_name, w.curTo],
    );
    const res = await m.query(
      `INSERT INTO case_leads (court_id, kind, cause_code, keyword, party_name, period_from, period_to, cases, previous_cases, growth, evidence,
                               authority, suggested_organization_id, answered_by_id, detected_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)
       ON CONFLICT ON CONSTRAINT ux_case_leads_key DO UPDATE SET
         cases = excluded.cases, previous_cases = excluded.previous_cases, growth = excluded.growth, evidence = excluded.evidence,
         authority = excluded.authority, suggested_organization_id = excluded.suggested_organization_id, answered_by_id = excluded.answered_by_id,
         detected_at = excluded.detected_at, version = case_leads.version + 1
       WHERE case_leads.status = 'NEW'
       RETURNING id`,
      [
        c.area_id,
        c.kind,
        c.kind === 'PARTY' ? '' : c.cause_code,
        c.keyword,
        c.party_name,
        w.curFrom,
        addMonths(w.curTo, 0),
        c.cur,
        c.prev,
        growthRate,
        JSON.stringify(evidence),
        rule?.authority ?? null,
        recipient?.organizationId ?? null,
        answeredBy,
        this.clock.now(),
      ],
    );
    return res.length;
  }

  /** An open letter, or one issued in the last 24 months, to the agency on the same 案由 (a cause and its children/parents). */
  private async answeredBy(m: EntityManager, organizationId: string, causeCode: string, keyword: string): Promise<string | null> {
    const rows: { id: string }[] = await m.query(
      `WITH letters AS (
         SELECT DISTINCT s.id, s.issued_at FROM suggestions s JOIN deliveries d ON d.suggestion_id = s.id
          WHERE d.organization_id = $1 AND d.kind = 'MAIN' AND s.status IN ('ISSUED','CLOSED','ARCHIVED')
            AND (s.status = 'ISSUED' OR s.issued_at >= $4::timestamptz - interval '24 months')),
       lc AS (${LETTER_CAUSES_SQL('ARRAY(SELECT id FROM letters)')})
       SELECT l.id FROM letters l JOIN lc ON lc.suggestion_id = l.id
        WHERE (starts_with(lc.cause_code, $2) OR starts_with($2, lc.cause_code)) AND (lc.keyword = '' OR $3 = '' OR lc.keyword = $3)
        ORDER BY l.issued_at DESC LIMIT 1`,
      [organizationId, causeCode, keyword, this.clock.now()],
    );
    return rows[0]?.id ?? null;
  }
}
