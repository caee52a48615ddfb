import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { AppException, Clock, Page, TransitionTable } from '@app/core';
import { actorOf, Principal } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';
import { addMonths } from './case-dates';
import { CaseErrorCode } from './case-errors';
import { CaseScopeService } from './case-scope';
import { causeByCode } from './cause-catalogue';
import { draftFromLead, LeadDraft } from './lead-draft';
import { DetectionResult } from './lead-detection.service';
import { LEAD_TABLE, LeadAction, LeadStatus } from './lead-transitions';

/** What a lead was detected from (written by LeadDetectionService). */
export interface LeadEvidence {
  monthly: { month: string; cases: number }[];
  cases: number;
  previousCases: number;
  change: number | null;
  topParties: { name: string; cases: number }[];
  topCauses: { code: string; name: string; cases: number }[];
  sampleCaseNumbers: string[];
}

export interface LeadView {
  id: string;
  courtId: string;
  courtName: string;
  kind: 'CAUSE_GROWTH' | 'PARTY';
  cause: { code: string; name: string } | null;
  keyword: string | null;
  partyName: string | null;
  /** The 12 months the figures cover: first and last month ('YYYY-MM'). */
  periodFrom: string;
  periodTo: string;
  cases: number;
  previousCases: number;
  growth: number | null;
  evidence: LeadEvidence;
  authority: string | null;
  suggestedOrganization: { id: string; name: string } | null;
  answeredBy: { id: string; title: string; docNumber: string | null; status: string } | null;
  status: LeadStatus;
  dismissReason: string | null;
  draftId: string | null;
  detectedAt: string;
  version: number;
  allowedActions: LeadAction[];
}

const SELECT = `
  SELECT l.*, l.period_from::text AS period_from, l.period_to::text AS period_to, o.name AS court_name, so.name AS suggested_name, cc.name AS cause_name,
         a.title AS answered_title, a.doc_number AS answered_doc_number, a.status AS answered_status
    FROM case_leads l JOIN organizations o ON o.id = l.court_id
    LEFT JOIN organizations so ON so.id = l.suggested_organization_id
    LEFT JOIN case_causes cc ON cc.code = l.cause_code
    LEFT JOIN suggestions a ON a.id = l.answered_by_id`;

/** Class-case leads: listing, dismissing and drafting from them (detection: LeadDetectionService). */
@Injectable()
export class LeadsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scope: CaseScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Leads of one court (`courtId`, in scope), else the caller's own court's (a court) or every court of the region (人大). */
  async list(p: Principal, f: { courtId?: string; status?: LeadStatus; page: number; pageSize: number }): Promise<Page<LeadView>> {
    const s = await this.scope.resolve(p, { courtId: f.courtId });
    const courts = f.courtId ? [f.courtId] : s.visibility.ownCourtId ? [s.visibility.ownCourtId] : s.courtIds;
    const params: unknown[] = [courts];
    let cond = 'l.court_id = ANY($1::uuid[])';
    if (f.status) {
      params.push(f.status);
      cond += ` AND l.status = $2`;
    }
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM case_leads l WHERE ${cond}`, params);
    const rows = await this.ds.query(
      `${SELECT} WHERE ${cond} ORDER BY (l.status = 'NEW') DESC, l.detected_at DESC, l.cases DESC, l.id LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
      params,
    );
    return { items: rows.map((r: Record<string, unknown>) => this.view(p, r)), total, page: f.page, pageSize: f.pageSize };
  }

  /** The courts whose areas a court's refresh covers: its own and every court below it. */
  async ownArea(p: Principal): Promise<string[]> {
    const s = await this.scope.resolve(p);
    if (!s.visibility.ownCourtId) throw AppException.forbidden('Only a court refreshes its leads');
    return s.courtIds;
  }

  async auditRefresh(p: Principal, result: DetectionResult): Promise<void> {
    await this.ds.transaction((m) =>
      this.audit.record(m, actorOf(p), {
        action: 'case_leads.refresh',
        entityType: 'case_leads',
        organizationId: p.organizationId,
        data: { asOf: result.asOf, candidates: result.candidates, upserted: result.upserted },
      }),
    );
  }

  async get(p: Principal, id: string): Promise<LeadView> {
    return this.view(p, await this.load(p, id));
  }

  async dismiss(p: Principal, id: string, reason: string, version?: number): Promise<LeadView> {
    const row = await this.load(p, id);
    const rule = LEAD_TABLE.check(LeadAction.DISMISS, row.status as LeadStatus, { principal: p, courtId: row.court_id as string });
    await this.ds.transaction(async (m) => {
      await this.transition(m, row, version, TransitionTable.target(rule, LeadStatus.DISMISSED), { dismiss_reason: reason.trim() }, p);
      await this.audit.record(m, actorOf(p), {
        action: 'case_lead.dismiss',
        entityType: 'case_lead',
        entityId: id,
        organizationId: row.court_id as string,
        data: { reason: reason.trim() },
      });
    });
    return this.get(p, id);
  }

  /**
   * What a draft from the lead holds (checked against the table first). `recipientId` overrides the
   * suggested agency. The draft itself is created by the letter's own service, which calls
   * {@link markDrafted} in its transaction.
   */
  async prepareDraft(p: Principal, id: string, recipientId?: string): Promise<{ lead: LeadView; draft: LeadDraft }> {
    const row = await this.load(p, id);
    LEAD_TABLE.check(LeadAction.DRAFT, row.status as LeadStatus, { principal: p, courtId: row.court_id as string });
    const [{ area }] = await this.ds.query(`SELECT EXISTS (SELECT 1 FROM organizations WHERE parent_id = $1 AND type = 'COURT') AS area`, [row.court_id]);
    const [mapping] = await this.ds.query(`SELECT domain FROM case_authorities WHERE authority = $1 AND domain IS NOT NULL LIMIT 1`, [row.authority]);
    const recipient = recipientId ?? (row.suggested_organization_id as string | null);
    if (!recipient)
      throw new AppException(422, CaseErrorCode.LEAD_NOT_OPEN, 'No recipient: the lead suggests no agency; name one', [
        { field: 'organizationId', message: '该线索没有建议的收件单位，请选择主送单位' },
      ]);
    const draft = draftFromLead(
      {
        kind: row.kind as 'CAUSE_GROWTH' | 'PARTY',
        causeCode: row.cause_code as string,
        keyword: row.keyword as string,
        partyName: row.party_name as string,
        periodFrom: row.period_from as string,
        periodTo: row.period_to as string,
        cases: row.cases as number,
        previousCases: row.previous_cases as number,
        growth: row.growth === null ? null : Number(row.growth),
        evidence: row.evidence as LeadDraftEvidence,
        domain: (mapping?.domain as string | undefined) ?? (row.keyword as string) ?? null,
        courtIsArea: area,
      },
      recipient,
    );
    return { lead: this.view(p, row), draft };
  }

  /** In the draft's transaction: the lead becomes DRAFTED and the letter carries its 案由 (for impact and "already answered"). */
  async markDrafted(m: EntityManager, p: Principal, leadId: string, draftId: string, draft: LeadDraft): Promise<void> {
    const done = await m.query(
      `UPDATE case_leads SET status = 'DRAFTED', draft_id = $2, decided_by = $3, decided_at = $4, version = version + 1 WHERE id = $1 AND status = 'NEW' RETURNING id`,
      [leadId, draftId, p.userId, this.clock.now()],
    );
    if (!done.length) throw new AppException(409, CaseErrorCode.LEAD_NOT_OPEN, 'This lead was drafted or dismissed meanwhile');
    if (draft.causeCode)
      await m.query(`INSERT INTO suggestion_causes (suggestion_id, cause_code, keyword, lead_id) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [
        draftId,
        draft.causeCode,
        draft.keyword,
        leadId,
      ]);
    await this.audit.record(m, actorOf(p), {
      action: 'case_lead.draft',
      entityType: 'case_lead',
      entityId: leadId,
      organizationId: p.organizationId,
      data: { suggestionId: draftId },
    });
  }

  private async load(p: Principal, id: string): Promise<Record<string, unknown>> {
    const s = await this.scope.resolve(p);
    const [row] = await this.ds.query(`${SELECT} WHERE l.id = $1 AND l.court_id = ANY($2::uuid[])`, [id, s.courtIds]);
    if (!row) throw AppException.notFound('Lead');
    return row;
  }

  private async transition(
    m: EntityManager,
    row: Record<string, unknown>,
    version: number | undefined,
    to: LeadStatus,
    set: Record<string, unknown>,
    p: Principal,
  ) {
    if (version !== undefined && version !== row.version) throw AppException.versionConflict(row.version as number);
    const keys = Object.keys(set);
    const done = await m.query(
      `UPDATE case_leads SET status = $2, decided_by = $3, decided_at = $4, version = version + 1${keys.map((k, i) => `, ${k} = $${i + 6}`).join('')}
        WHERE id = $1 AND version = $5 RETURNING id`,
      [row.id, to, p.userId, this.clock.now(), row.version, ...keys.map((k) => set[k])],
    );
    if (!done.length) throw AppException.versionConflict();
  }

  private view(p: Principal, r: Record<string, unknown>): LeadView {
    const causeCode = r.cause_code as string;
    return {
      id: r.id as string,
      courtId: r.court_id as string,
      courtName: r.court_name as string,
      kind: r.kind as LeadView['kind'],
      cause: causeCode ? { code: causeCode, name: (r.cause_name as string) ?? causeByCode(causeCode)?.name ?? causeCode } : null,
      keyword: (r.keyword as string) || null,
      partyName: (r.party_name as string) || null,
      periodFrom: (r.period_from as string).slice(0, 7),
      periodTo: addMonths(r.period_to as string, -1).slice(0, 7),
      cases: r.cases as number,
      previousCases: r.previous_cases as number,
      growth: r.growth === null ? null : Number(r.growth),
      evidence: r.evidence as LeadEvidence,
      authority: (r.authority as string | null) ?? null,
      suggestedOrganization: r.suggested_organization_id ? { id: r.suggested_organization_id as string, name: r.suggested_name as string } : null,
      answeredBy: r.answered_by_id
        ? {
            id: r.answered_by_id as string,
            title: r.answered_title as string,
            docNumber: (r.answered_doc_number as string | null) ?? null,
            status: r.answered_status as string,
          }
        : null,
      status: r.status as LeadStatus,
      dismissReason: (r.dismiss_reason as string | null) ?? null,
      draftId: (r.draft_id as string | null) ?? null,
      detectedAt: new Date(r.detected_at as string).toISOString(),
      version: r.version as number,
      allowedActions: LEAD_TABLE.allowed(r.status as LeadStatus, { principal: p, courtId: r.court_id as string }),
    };
  }
}

type LeadDraftEvidence = Parameters<typeof draftFromLead>[0]['evidence'];
