import { Injectable } from '@nestjs/common';
import { AttachmentCopier } from '@app/attachments';
import { Principal } from '@app/identity';
import { NoticesService } from '@app/notifications';
import { TimelineService } from '@app/deliveries';
import { snapshot } from './suggestion-content';
import { SuggestionQueryService } from './suggestion-query.service';
import { SuggestionRunner } from './suggestion-runner.service';
import { SuggestionView } from './suggestion-view';
import { SuggestionEntity } from './suggestion.entity';
import { SuggestionAction as A, SuggestionStatus as S } from './suggestion.types';

/**
 * The higher court's answer to an escalated letter (Art. 3): return it to the drafting court, or
 * adopt it — a new DRAFT of the higher court (items, recipients, consultations, files, 案由 and
 * parsed source cases carried over; the adopting person as its author and contact) that its research office edits (the
 * background speaks of the lower court's cases, the contact must be the higher court's), then sends
 * to its own leader for sign-off. The two letters point at each other (`adoptedFromId` /
 * `adoptedAsId`); the originating court is told when the higher court signs, not before.
 */
@Injectable()
export class EscalationService {
  constructor(
    private readonly runner: SuggestionRunner,
    private readonly query: SuggestionQueryService,
    private readonly timeline: TimelineService,
    private readonly notices: NoticesService,
    private readonly copier: AttachmentCopier,
  ) {}

  async returnToCourt(p: Principal, id: string, comment: string, version?: number): Promise<SuggestionView> {
    return this.runner.act(p, id, A.ESCALATION_RETURN, version, async (x) => {
      await this.runner.change(x, { status: S.RETURNED, lastComment: comment }, 'suggestion.escalation_returned', { comment, byCourtId: p.organizationId });
      await this.notices.notifyUser(x.m, x.s.authorId, {
        kind: 'suggestion.returned',
        title: `上级法院退回：《${x.s.title}》`,
        body: comment,
        suggestionId: id,
      });
      await this.runner.auditLast(x, 'suggestion.escalation_return', { comment });
    });
  }

  /** Returns the new letter of the higher court (DRAFT, editable by its research office). */
  async adopt(p: Principal, id: string, comment: string | undefined, version?: number): Promise<SuggestionView> {
    return this.runner.run(p, id, A.ESCALATION_ADOPT, version, async (x) => {
      const o = x.s;
      const [me]: { phone: string | null }[] = await x.m.query(`SELECT phone FROM users WHERE id = $1`, [p.userId]);
      const created = await x.m.save(
        SuggestionEntity,
        x.m.create(SuggestionEntity, {
          courtId: p.organizationId,
          authorId: p.userId!,
          division: null,
          status: S.DRAFT,
          category: o.category,
          domain: o.domain,
          major: o.major,
          title: o.title,
          background: o.background,
          causeAnalysis: o.causeAnalysis,
          legalBasis: o.legalBasis,
          sourceCases: o.sourceCases,
          replyPeriodMonths: o.replyPeriodMonths,
          contactName: p.displayName || p.username,
          contactPhone: me?.phone ?? null,
          escalatedFromCourtId: o.courtId,
          adoptedFromId: o.id,
          lastComment: comment ?? null,
          createdAt: x.now,
          updatedAt: x.now,
          version: 1,
        }),
      );
      await x.m.query(
        `INSERT INTO suggestion_items (suggestion_id, index, problem, recommendation) SELECT $2, index, problem, recommendation FROM suggestion_items WHERE suggestion_id = $1`,
        [o.id, created.id],
      );
      await x.m.query(
        `INSERT INTO suggestion_recipients (suggestion_id, organization_id, kind, position) SELECT $2, organization_id, kind, position FROM suggestion_recipients WHERE suggestion_id = $1`,
        [o.id, created.id],
      );
      await x.m.query(
        `INSERT INTO consultations (suggestion_id, date, organization_id, summary, recorded_by, recorded_by_name, recorded_at) SELECT $2, date, organization_id, summary, recorded_by, recorded_by_name, recorded_at FROM consultations WHERE suggestion_id = $1`,
        [o.id, created.id],
      );
      // What links the letter to case data (its 案由 and parsed source cases), so the adopted letter's 治理成效 is measurable.
      await x.m.query(
        `INSERT INTO suggestion_causes (suggestion_id, cause_code, keyword, lead_id) SELECT $2, cause_code, keyword, lead_id FROM suggestion_causes WHERE suggestion_id = $1`,
        [o.id, created.id],
      );
      await x.m.query(
        `INSERT INTO suggestion_source_cases (suggestion_id, position, case_number, year, court_code, type_word, case_kind, seq)
         SELECT $2, position, case_number, year, court_code, type_word, case_kind, seq FROM suggestion_source_cases WHERE suggestion_id = $1`,
        [o.id, created.id],
      );
      const files = await this.copier.copyLetterFiles(x.m, o.id, created.id);
      await snapshot(x.m, created, p, ['*'], x.now);
      await this.timeline.record(x.m, p, {
        suggestionId: created.id,
        action: 'suggestion.created_by_adoption',
        toStatus: S.DRAFT,
        data: { adoptedFromId: o.id, fromCourtId: o.courtId, comment, files: files.length },
      });
      await this.runner.change(x, { adoptedAsId: created.id }, 'suggestion.adopted_by_higher_court', { adoptedAsId: created.id, comment });
      await this.notices.notifyUser(x.m, o.authorId, {
        kind: 'suggestion.adopted',
        title: `上级法院已采用工作建议：《${o.title}》`,
        body: '上级法院将修改、审核后以其名义签发；签发后本院可查看送达、回复与评价。',
        suggestionId: o.id,
      });
      await this.runner.auditLast(x, 'suggestion.escalation_adopt', { adoptedAsId: created.id });
      return this.query.get(p, created.id, x.m, x.j);
    });
  }
}
