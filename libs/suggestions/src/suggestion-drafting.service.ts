import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppException, businessDate, Clock } from '@app/core';
import { normalizeSourceCases, writeSourceCases } from '@app/cases';
import { AttachmentsService } from '@app/attachments';
import { AuditService } from '@app/audit';
import { TimelineService } from '@app/deliveries';
import { OrganizationEntity } from '@app/directory';
import { actorOf, Principal, Role } from '@app/identity';
import { NoticesService } from '@app/notifications';
import { DataSource, EntityManager, In } from 'typeorm';
import { districtCheck, DistrictCheck } from './district';
import { assertComplete, checkRecipients, ItemInput, RecipientInput, snapshot, writeItems, writeRecipients } from './suggestion-content';
import { SuggestionQueryService } from './suggestion-query.service';
import { LetterScope, SuggestionRunner } from './suggestion-runner.service';
import { SuggestionView } from './suggestion-view';
import { SuggestionEntity } from './suggestion.entity';
import { SuggestionAction as A, SuggestionCategory, SuggestionErrorCode, SuggestionStatus as S } from './suggestion.types';

export interface SuggestionInput {
  title: string;
  category: SuggestionCategory;
  domain?: string | null;
  major?: boolean;
  background?: string;
  causeAnalysis?: string;
  items: ItemInput[];
  sourceCases?: string[];
  legalBasis?: string;
  replyPeriodMonths?: number;
  recipients: RecipientInput[];
  contactName?: string | null;
  contactPhone?: string | null;
  attachmentIds?: string[];
}

export type SuggestionPatch = Partial<SuggestionInput> & { version?: number };

const SCALARS = [
  'title',
  'category',
  'domain',
  'major',
  'background',
  'causeAnalysis',
  'sourceCases',
  'legalBasis',
  'replyPeriodMonths',
  'contactName',
  'contactPhone',
] as const;

/** Drafting inside the court: create, edit (with saved versions), submit, division review, consultations, 审委会. */
@Injectable()
export class SuggestionDraftingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: SuggestionRunner,
    private readonly query: SuggestionQueryService,
    private readonly timeline: TimelineService,
    private readonly notices: NoticesService,
    private readonly attachments: AttachmentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Source cases in the official form (422 CASE_NUMBER_INVALID for anything that is not a 案号). */
  private sourceCasesOf(list: readonly string[]) {
    const year = Number(businessDate(this.clock.now(), this.config.businessTz).slice(0, 4));
    return normalizeSourceCases(list, year);
  }

  /** `within` runs in the draft's transaction once it exists (e.g. a class-case lead marking itself drafted). */
  async create(p: Principal, input: SuggestionInput, within?: (m: EntityManager, id: string) => Promise<void>): Promise<SuggestionView> {
    if (p.organizationType !== 'COURT' || !p.userId) throw AppException.forbidden('Only a judge of a court drafts suggestions');
    const sourceCases = this.sourceCasesOf(input.sourceCases ?? []);
    const id = await this.dataSource.transaction(async (m) => {
      await checkRecipients(m, p.organizationId, input.recipients);
      const now = this.clock.now();
      const s = await m.save(
        SuggestionEntity,
        m.create(SuggestionEntity, {
          courtId: p.organizationId,
          authorId: p.userId!,
          division: p.division ?? null,
          status: S.DRAFT,
          category: input.category,
          domain: input.domain ?? null,
          major: input.major ?? false,
          title: input.title,
          background: input.background ?? '',
          causeAnalysis: input.causeAnalysis ?? '',
          legalBasis: input.legalBasis ?? '',
          sourceCases: sourceCases.map((c) => c.normalized),
          replyPeriodMonths: input.replyPeriodMonths ?? 2,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          createdAt: now,
          updatedAt: now,
          version: 1,
        }),
      );
      await writeItems(m, s.id, input.items);
      await writeRecipients(m, s.id, input.recipients);
      await writeSourceCases(m, s.id, sourceCases);
      await this.attachments.attach(m, p, input.attachmentIds ?? [], { suggestionId: s.id, purpose: 'LETTER' });
      await snapshot(m, s, p, ['*'], now);
      await this.timeline.record(m, p, { suggestionId: s.id, action: 'suggestion.created', toStatus: S.DRAFT, data: { title: s.title, category: s.category } });
      await this.audit.record(m, actorOf(p), {
        action: 'suggestion.create',
        entityType: 'suggestion',
        entityId: s.id,
        organizationId: s.courtId,
        data: { title: s.title, category: s.category },
      });
      if (within) await within(m, s.id);
      return s.id;
    });
    return this.query.get(p, id);
  }

  /**
   * Art. 3 before anything is saved: which of these would-be MAIN recipients lie outside the caller's
   * court's district (the rule sign-off applies), and the court the letter would go up to.
   */
  async districtCheck(p: Principal, organizationIds: string[]): Promise<DistrictCheck> {
    if (p.organizationType !== 'COURT') throw AppException.forbidden('Only court staff draft letters');
    const ids = [...new Set(organizationIds.map((x) => x.toLowerCase()))];
    const found = await this.dataSource.manager.findBy(OrganizationEntity, { id: In(ids), active: true });
    if (found.length !== ids.length) {
      throw new AppException(422, SuggestionErrorCode.RECIPIENT_INVALID, 'Unknown or inactive organization', [
        { field: 'organizationIds', message: 'unknown or inactive organization' },
      ]);
    }
    return districtCheck(this.dataSource.manager, p.organizationId, ids);
  }

  async update(p: Principal, id: string, patch: SuggestionPatch): Promise<SuggestionView> {
    const sourceCases = patch.sourceCases ? this.sourceCasesOf(patch.sourceCases) : null;
    if (sourceCases) patch = { ...patch, sourceCases: sourceCases.map((c) => c.normalized) };
    return this.runner.act(p, id, A.EDIT, patch.version, async (x) => {
      if (sourceCases) await writeSourceCases(x.m, id, sourceCases);
      const changes: Partial<SuggestionEntity> = {};
      const changed: string[] = [];
      for (const k of SCALARS) {
        const v = patch[k];
        if (v !== undefined && JSON.stringify(v) !== JSON.stringify(x.s[k])) {
          (changes as Record<string, unknown>)[k] = v;
          changed.push(k);
        }
      }
      if (patch.items) {
        await writeItems(x.m, id, patch.items);
        changed.push('items');
      }
      if (patch.recipients) {
        await checkRecipients(x.m, x.s.courtId, patch.recipients);
        await writeRecipients(x.m, id, patch.recipients);
        changed.push('recipients');
      }
      if (patch.attachmentIds) {
        // The list is the letter's files from now on: new ids are attached, dropped ones detached.
        const target = { suggestionId: id, purpose: 'LETTER' as const };
        const wanted = new Set(patch.attachmentIds.map((a) => a.toLowerCase()));
        const before = (await this.attachments.listFor(id, null, x.m)).map((f) => f.id);
        await this.attachments.attach(x.m, p, patch.attachmentIds, target);
        const detached = await this.attachments.detach(
          x.m,
          before.filter((f) => !wanted.has(f)),
          target,
        );
        if (detached.length || [...wanted].some((w) => !before.includes(w))) changed.push('attachments');
      }
      await this.runner.change(x, changes, 'suggestion.edited', { changedFields: changed });
      await snapshot(x.m, x.s, p, changed, x.now);
      await this.runner.auditLast(x, 'suggestion.update', { changedFields: changed });
    });
  }

  async submit(p: Principal, id: string, version?: number): Promise<SuggestionView> {
    return this.runner.act(p, id, A.SUBMIT, version, async (x) => {
      await assertComplete(x.m, x.s);
      if (x.s.adoptedFromId) return this.submitAdopted(x);
      await this.runner.change(x, { status: S.IN_REVIEW }, 'suggestion.submitted');
      await this.notices.notifyOrganization(
        x.m,
        { organizationId: x.s.courtId, roles: [Role.DIVISION_HEAD], division: x.s.division },
        {
          kind: 'suggestion.review_requested',
          title: `待审核司法建议：《${x.s.title}》`,
          suggestionId: id,
        },
      );
      await this.runner.auditLast(x, 'suggestion.submit');
    });
  }

  /** A letter adopted from a lower court: the research office has edited it and sends it to the leader. */
  private async submitAdopted(x: LetterScope): Promise<void> {
    await this.runner.change(x, { status: S.IN_APPROVAL }, 'suggestion.submitted');
    await this.notices.notifyOrganization(
      x.m,
      { organizationId: x.s.courtId, roles: [Role.COURT_LEADER] },
      { kind: 'suggestion.approval_requested', title: `待签发（采用下级法院工作建议）：《${x.s.title}》`, suggestionId: x.s.id },
    );
    await this.runner.auditLast(x, 'suggestion.submit', { adoptedFromId: x.s.adoptedFromId });
  }

  /** Deletes a draft never submitted (soft: status DELETED, kept for the audit trail, shown to nobody). */
  async remove(p: Principal, id: string, version?: number): Promise<void> {
    await this.runner.run(p, id, A.DELETE, version, async (x) => {
      await this.runner.change(x, { status: S.DELETED, deletedAt: x.now }, 'suggestion.deleted');
      await this.runner.auditLast(x, 'suggestion.delete', { title: x.s.title });
    });
  }

  async review(p: Principal, id: string, decision: 'APPROVE' | 'RETURN', comment: string | undefined, version?: number): Promise<SuggestionView> {
    if (decision === 'RETURN' && !comment?.trim()) throw AppException.validation([{ field: 'comment', message: 'a comment is required when returning' }]);
    const action = decision === 'APPROVE' ? A.REVIEW_APPROVE : A.REVIEW_RETURN;
    return this.runner.act(p, id, action, version, async (x) => {
      if (decision === 'APPROVE') {
        await this.runner.change(x, { status: S.IN_APPROVAL, lastComment: comment ?? null }, 'suggestion.review_approved', { comment });
        await this.notices.notifyOrganization(
          x.m,
          { organizationId: x.s.courtId, roles: [Role.COURT_LEADER] },
          {
            kind: 'suggestion.approval_requested',
            title: `待签发司法建议：《${x.s.title}》`,
            suggestionId: id,
          },
        );
      } else {
        await this.runner.change(x, { status: S.RETURNED, lastComment: comment! }, 'suggestion.review_returned', { comment });
        await this.notices.notifyUser(x.m, x.s.authorId, {
          kind: 'suggestion.returned',
          title: `司法建议被退回修改：《${x.s.title}》`,
          body: comment,
          suggestionId: id,
        });
      }
      await this.runner.auditLast(x, decision === 'APPROVE' ? 'suggestion.review_approve' : 'suggestion.review_return', { comment });
    });
  }

  /** 审判委员会 decision (Art. 7), required before a governance letter can be approved. */
  async recordCommittee(p: Principal, id: string, meetingDate: string, resolution: string, version?: number): Promise<SuggestionView> {
    return this.runner.act(p, id, A.RECORD_COMMITTEE, version, async (x) => {
      const [row] = await x.m.query<{ id: string }[]>(
        `INSERT INTO committee_decisions (suggestion_id, meeting_date, resolution, recorded_by, recorded_by_name, recorded_at) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
        [id, meetingDate, resolution, p.userId, p.displayName || p.username, x.now],
      );
      await this.runner.change(x, {}, 'suggestion.committee_recorded', { decisionId: row.id, meetingDate, resolution });
      await this.runner.auditLast(x, 'suggestion.committee_record', { decisionId: row.id, meetingDate });
    });
  }

  /** Pre-issue consultation with a recipient (Art. 5). */
  async consult(p: Principal, id: string, date: string, organizationId: string, summary: string, version?: number): Promise<SuggestionView> {
    return this.runner.act(p, id, A.CONSULT, version, async (x) => {
      const org = await x.m.findOneBy(OrganizationEntity, { id: organizationId });
      if (!org)
        throw new AppException(422, SuggestionErrorCode.RECIPIENT_INVALID, 'Unknown organization', [
          { field: 'organizationId', message: 'unknown organization' },
        ]);
      const [row] = await x.m.query<{ id: string }[]>(
        `INSERT INTO consultations (suggestion_id, date, organization_id, summary, recorded_by, recorded_by_name, recorded_at) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
        [id, date, organizationId, summary, p.userId, p.displayName || p.username, x.now],
      );
      await this.runner.change(x, {}, 'suggestion.consulted', { consultationId: row.id, date, organizationId, organizationName: org.name });
      await this.runner.auditLast(x, 'suggestion.consult', { consultationId: row.id, organizationId });
    });
  }
}
