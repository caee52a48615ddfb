import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Inject } from '@nestjs/common';
import { AppConfig, APP_CONFIG, AppException, bindNamed, escapeLike, Page } from '@app/core';
import { AttachmentsService } from '@app/attachments';
import { DeliveryQueryService, TimelineEntry, TimelineService } from '@app/deliveries';
import { Jurisdiction, JurisdictionService, VisibilityScope } from '@app/directory';
import { Principal } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';
import { districtCheck } from './district';
import { SuggestionRow, SuggestionSummaryView, SuggestionView, SUGGESTION_FROM, SUGGESTION_SELECT, toSummary } from './suggestion-view';

export interface SuggestionFilter {
  status?: string;
  category?: string;
  courtId?: string;
  q?: string;
  /** Issue-date range, `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** Reads of letters, always through the caller's VisibilityScope (JurisdictionService.visibleLetters; invisible = 404). */
/** A `suggestion_recipients` row with the organization's name. */
interface RecipientRow {
  organization_id: string;
  name: string;
  kind: 'MAIN' | 'COPY';
}

/** A `committee_decisions` row (审判委员会 decision; meeting date as text). */
interface CommitteeDecisionRow {
  id: string;
  meeting_date: string;
  resolution: string;
  recorded_by_name: string | null;
  recorded_at: Date;
}

/** A `consultations` row with the organization's name (date as text). */
interface ConsultationRow {
  id: string;
  date: string;
  organization_id: string;
  name: string;
  summary: string;
  recorded_by_name: string | null;
  recorded_at: Date;
}

@Injectable()
export class SuggestionQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jurisdiction: JurisdictionService,
    private readonly deliveries: DeliveryQueryService,
    private readonly timeline: TimelineService,
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async visibleRow(m: EntityManager, p: Principal, id: string, j?: Jurisdiction, unscoped = false): Promise<SuggestionRow | null> {
    const scope = unscoped
      ? { sql: 'TRUE', params: {} }
      : this.jurisdiction.visibleLetters(j ? this.jurisdiction.asScope(j) : await this.jurisdiction.resolve(p), 's');
    const [sql, values] = bindNamed(`SELECT ${SUGGESTION_SELECT} FROM ${SUGGESTION_FROM} WHERE s.id = :id AND ${scope.sql}`, { ...scope.params, id });
    return (await m.query<SuggestionRow[]>(sql, values))[0] ?? null;
  }

  /** Throws 404 unless the caller may see the letter; answers whether they see it only as a recipient. */
  async assertVisible(p: Principal, id: string): Promise<{ recipientOnly: boolean }> {
    const j = await this.jurisdiction.resolve(p);
    const row = await this.visibleRow(this.dataSource.manager, p, id, j);
    if (!row) throw AppException.notFound('Suggestion');
    return { recipientOnly: this.recipientOnly(j, row) };
  }

  /** The letter's timeline; a recipient sees its own deliveries' steps and the public letter steps. */
  async timelineOf(p: Principal, id: string): Promise<TimelineEntry[]> {
    const { recipientOnly } = await this.assertVisible(p, id);
    return this.timeline.list(id, p, recipientOnly);
  }

  /** Field rule: internal comments are the court's — court staff and supervisors see a letter whole, a recipient only its public part. */
  private recipientOnly(j: Jurisdiction, row: SuggestionRow): boolean {
    const v = this.jurisdiction.asScope(j);
    if (v.fields.internalFields) return false;
    return v.letters === 'recipient' && row.court_id !== v.principal.organizationId;
  }

  /**
   * The letter as the caller sees it; 404 when not visible. `afterOwnAction`: the caller has just
   * acted on it and may have moved it out of their sight (the higher court returning an escalated
   * letter) — they still get the answer to their own action.
   */
  async get(
    p: Principal,
    id: string,
    m: EntityManager = this.dataSource.manager,
    jurisdiction?: Jurisdiction,
    afterOwnAction = false,
  ): Promise<SuggestionView> {
    const j = jurisdiction ?? (await this.jurisdiction.resolve(p));
    const r = await this.visibleRow(m, p, id, j, afterOwnAction);
    if (!r) throw AppException.notFound('Suggestion');
    // Internal fields (committee, consultations, every file) of letters of the caller's courts; the
    // originating court reads a letter its higher court adopted like the public does, plus its deliveries.
    const internal = !this.recipientOnly(j, r) && this.jurisdiction.asScope(j).courtIds.includes(r.court_id);
    // One after another: inside a transaction they share one connection.
    const items = await m.query<SuggestionView['items']>(
      `SELECT index, problem, recommendation FROM suggestion_items WHERE suggestion_id = $1 ORDER BY index`,
      [id],
    );
    const recipients = await m.query<RecipientRow[]>(
      `SELECT r.organization_id, o.name, r.kind FROM suggestion_recipients r JOIN organizations o ON o.id = r.organization_id WHERE r.suggestion_id = $1 ORDER BY r.kind DESC, r.position`,
      [id],
    );
    const thread = await this.thread(m, r);
    const district =
      internal && p.organizationId === r.court_id
        ? await districtCheck(
            m,
            r.court_id,
            recipients.filter((x: { kind: string }) => x.kind === 'MAIN').map((x: { organization_id: string }) => x.organization_id),
          )
        : null;
    const deliveries = await this.deliveries.forLetter(m, p, id, j);
    const files = (await this.attachments.listFor(id, null, m)).filter((f) => internal || f.purpose === 'LETTER');
    const committee = internal
      ? await m.query<CommitteeDecisionRow[]>(
          `SELECT id, meeting_date::text AS meeting_date, resolution, recorded_by_name, recorded_at FROM committee_decisions WHERE suggestion_id = $1 ORDER BY recorded_at`,
          [id],
        )
      : [];
    const consultations = internal
      ? await m.query<ConsultationRow[]>(
          `SELECT c.id, c.date::text AS date, c.organization_id, o.name, c.summary, c.recorded_by_name, c.recorded_at FROM consultations c JOIN organizations o ON o.id = c.organization_id WHERE c.suggestion_id = $1 ORDER BY c.date, c.recorded_at`,
          [id],
        )
      : [];
    return {
      ...toSummary(p, r),
      background: r.background,
      causeAnalysis: r.cause_analysis ?? '',
      legalBasis: r.legal_basis,
      sourceCases: r.source_cases ?? [],
      contactName: r.contact_name ?? null,
      contactPhone: r.contact_phone ?? null,
      withdrawnAt: r.withdrawn_at ?? null,
      withdrawReason: r.withdraw_reason ?? null,
      // Review and sign-off comments stay in the issuing court (as on the timeline: timelineEntryFor).
      lastComment: p.organizationId === r.court_id ? (r.last_comment ?? null) : null,
      escalatedFromCourtId: r.escalated_from_court_id ?? null,
      escalatedToCourtId: r.escalated_to_court_id ?? null,
      adoptedFromId: r.adopted_from_id ?? null,
      adoptedAsId: r.adopted_as_id ?? null,
      originalId: r.adopted_from_id ?? null,
      ...thread,
      district,
      items,
      recipients: recipients.map((x) => ({ organizationId: x.organization_id, organizationName: x.name, kind: x.kind })),
      deliveries,
      attachments: files,
      committeeDecisions: committee.map((x) => ({
        id: x.id,
        meetingDate: x.meeting_date,
        resolution: x.resolution,
        recordedBy: x.recorded_by_name,
        recordedAt: x.recorded_at,
      })),
      consultations: consultations.map((x) => ({
        id: x.id,
        date: x.date,
        organizationId: x.organization_id,
        organizationName: x.name,
        summary: x.summary,
        recordedBy: x.recorded_by_name,
        recordedAt: x.recorded_at,
      })),
    };
  }

  /** Both ends of an Art. 3 adoption, as the links on each letter show them. */
  private async thread(m: EntityManager, r: SuggestionRow): Promise<Pick<SuggestionView, 'original' | 'adoptedAs'>> {
    const ids = [r.adopted_from_id, r.adopted_as_id].filter(Boolean);
    if (!ids.length) return { original: null, adoptedAs: null };
    const rows: { id: string; title: string; doc_number: string | null; issued: boolean; court_name: string }[] = await m.query(
      `SELECT s.id, s.title, s.doc_number, s.issued_at IS NOT NULL AS issued, c.name AS court_name FROM suggestions s JOIN organizations c ON c.id = s.court_id WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    const of = (id: string | null) => rows.find((x) => x.id === id);
    const o = of(r.adopted_from_id);
    const a = of(r.adopted_as_id);
    return {
      original: o ? { id: o.id, courtName: o.court_name, title: o.title } : null,
      adoptedAs: a ? { id: a.id, courtName: a.court_name, docNumber: a.doc_number, issued: a.issued } : null,
    };
  }

  async list(p: Principal, f: SuggestionFilter): Promise<Page<SuggestionSummaryView>> {
    const v: VisibilityScope = await this.jurisdiction.resolve(p);
    // Index-shaped: `s.court_id = ANY(…)` (ix_suggestions_court_status_issued for the count, the
    // newest letters by ix_suggestions_created or one court's by ix_suggestions_court_created).
    const scope = this.jurisdiction.visibleLetters(v, 's');
    const params: Record<string, unknown> = { ...scope.params, tz: this.config.businessTz };
    const where = [scope.sql];
    if (f.status) {
      where.push('s.status = :status');
      params.status = f.status;
    }
    if (f.category) {
      where.push('s.category = :category');
      params.category = f.category;
    }
    if (f.courtId) {
      where.push('s.court_id = :courtId');
      params.courtId = f.courtId;
    }
    if (f.q) {
      where.push(`(s.title ILIKE :q OR s.doc_number ILIKE :q)`);
      params.q = `%${escapeLike(f.q)}%`;
    }
    if (f.from) {
      where.push(`s.issued_at >= (:from::date)::timestamp AT TIME ZONE :tz`);
      params.from = f.from;
    }
    if (f.to) {
      where.push(`s.issued_at < ((:to::date) + 1)::timestamp AT TIME ZONE :tz`);
      params.to = f.to;
    }
    const whereSql = where.join(' AND ');
    const [countSql, countValues] = bindNamed(`SELECT count(*)::int AS n FROM suggestions s WHERE ${whereSql}`, params);
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(countSql, countValues);
    const [sql, values] = bindNamed(
      `SELECT ${SUGGESTION_SELECT} FROM ${SUGGESTION_FROM} WHERE ${whereSql} ORDER BY s.created_at DESC, s.id LIMIT :limit OFFSET :offset`,
      { ...params, limit: f.pageSize, offset: (f.page - 1) * f.pageSize },
    );
    const rows: SuggestionRow[] = await this.dataSource.query(sql, values);
    return { items: rows.map((r) => toSummary(p, r)), total: n, page: f.page, pageSize: f.pageSize };
  }
}
