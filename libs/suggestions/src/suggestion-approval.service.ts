import { Injectable } from '@nestjs/common';
import { AppException, queryReturning, runBatch } from '@app/core';
import { AuditService } from '@app/audit';
import { DeadlineService } from '@app/deadlines';
import { DeliveryFactory, DeliveryKind, TimelineService } from '@app/deliveries';
import { OrganizationEntity } from '@app/directory';
import { actorOf, Principal, Role } from '@app/identity';
import { NoticesService } from '@app/notifications';
import { districtCheck } from './district';
import { DocNumberService } from './doc-number.service';
import { SuggestionQueryService } from './suggestion-query.service';
import { LetterScope, SuggestionRunner } from './suggestion-runner.service';
import { SuggestionView } from './suggestion-view';
import { SuggestionAction as A, SuggestionErrorCode, SuggestionStatus as S } from './suggestion.types';

/** Sign-off by the court leader (issue or Art. 3 escalation), withdrawal and archiving. */
@Injectable()
export class SuggestionApprovalService {
  constructor(
    private readonly runner: SuggestionRunner,
    private readonly query: SuggestionQueryService,
    private readonly docNumbers: DocNumberService,
    private readonly factory: DeliveryFactory,
    private readonly deadlines: DeadlineService,
    private readonly timeline: TimelineService,
    private readonly notices: NoticesService,
    private readonly audit: AuditService,
  ) {}

  async approve(p: Principal, id: string, decision: 'APPROVE' | 'RETURN', comment: string | undefined, version?: number): Promise<SuggestionView> {
    if (decision === 'RETURN') {
      if (!comment?.trim()) throw AppException.validation([{ field: 'comment', message: 'a comment is required when returning' }]);
      return this.runner.act(p, id, A.APPROVAL_RETURN, version, async (x) => {
        await this.runner.change(x, { status: S.RETURNED, lastComment: comment }, 'suggestion.approval_returned', { comment });
        await this.notices.notifyUser(x.m, x.s.authorId, {
          kind: 'suggestion.returned',
          title: `司法建议被院领导退回：《${x.s.title}》`,
          body: comment,
          suggestionId: id,
        });
        await this.runner.auditLast(x, 'suggestion.approval_return', { comment });
      });
    }
    return this.runner.act(p, id, A.APPROVE, version, async (x) => {
      const court = await x.m.findOneByOrFail(OrganizationEntity, { id: x.s.courtId });
      const recipients: { organization_id: string; kind: DeliveryKind }[] = await x.m.query(
        `SELECT r.organization_id, r.kind FROM suggestion_recipients r WHERE r.suggestion_id = $1 ORDER BY r.kind DESC, r.position`,
        [id],
      );
      const district = await districtCheck(
        x.m,
        court.id,
        recipients.filter((r) => r.kind === DeliveryKind.MAIN).map((r) => r.organization_id),
      );
      if (district.outside.length)
        await this.escalate(
          x,
          court,
          district.outside.map((r) => r.organizationName),
          comment,
        );
      else await this.issue(x, court, recipients, comment);
    });
  }

  /** Art. 3: a main recipient outside the district — the letter goes up to the higher court, unnumbered. */
  private async escalate(x: LetterScope, court: OrganizationEntity, outside: string[], comment?: string): Promise<void> {
    if (!court.parentId) {
      throw AppException.conflict(SuggestionErrorCode.NO_HIGHER_COURT, 'A main recipient lies outside the district and there is no higher court to decide', {
        outside,
      });
    }
    await this.runner.change(x, { status: S.ESCALATED, escalatedToCourtId: court.parentId, lastComment: comment ?? null }, 'suggestion.escalated', {
      outsideRecipients: outside,
      toCourtId: court.parentId,
      comment,
    });
    await this.notices.notifyOrganization(
      x.m,
      { organizationId: court.parentId, roles: [Role.COURT_ADMIN] },
      {
        kind: 'suggestion.escalated',
        title: `下级法院报送司法建议（工作建议）：《${x.s.title}》`,
        body: `主送单位不在${court.name}辖区：${outside.join('、')}`,
        suggestionId: x.s.id,
      },
    );
    await this.runner.auditLast(x, 'suggestion.escalate', { toCourtId: court.parentId, outsideRecipients: outside });
  }

  /** Number, deliveries (with clocks, notices, outbox), timeline and audit — one transaction. */
  private async issue(
    x: LetterScope,
    court: OrganizationEntity,
    recipients: { organization_id: string; kind: DeliveryKind }[],
    comment?: string,
  ): Promise<void> {
    const year = Number(this.deadlines.today().slice(0, 4));
    const seq = await this.docNumbers.next(x.m, court.id, year);
    const docNumber = DocNumberService.format(court.shortName, year, seq);
    await this.runner.change(
      x,
      { status: S.ISSUED, docNumber, docYear: year, docSeq: seq, issuedAt: x.now, lastComment: comment ?? null },
      'suggestion.issued',
      { docNumber, comment },
    );
    const letter = { id: x.s.id, title: x.s.title, docNumber, replyPeriodMonths: x.s.replyPeriodMonths };
    const deliveries: { id: string; organizationId: string; kind: DeliveryKind }[] = [];
    for (const r of recipients) {
      const d = await this.factory.create(x.m, x.p, letter, r.organization_id, r.kind);
      deliveries.push({ id: d.id, organizationId: r.organization_id, kind: r.kind });
    }
    await this.notices.notifyUser(x.m, x.s.authorId, { kind: 'suggestion.issued', title: `司法建议已签发：${docNumber}`, suggestionId: x.s.id });
    if (x.s.adoptedFromId) await this.notifyOrigin(x, docNumber);
    for (const d of deliveries) {
      await this.audit.record(x.m, actorOf(x.p), {
        action: 'delivery.create',
        entityType: 'delivery',
        entityId: d.id,
        organizationId: d.organizationId,
        data: { suggestionId: x.s.id, kind: d.kind },
      });
    }
    await this.runner.auditLast(x, 'suggestion.issue', { docNumber, deliveries: deliveries.length });
  }

  /**
   * An adopted letter is issued in the higher court's name: now (not at adoption) the originating
   * court learns that its 工作建议 went out — the original's author and the court's admins.
   */
  private async notifyOrigin(x: LetterScope, docNumber: string): Promise<void> {
    const [o]: { id: string; court_id: string; author_id: string; title: string }[] = await x.m.query(
      `SELECT id, court_id, author_id, title FROM suggestions WHERE id = $1`,
      [x.s.adoptedFromId],
    );
    if (!o) return;
    const court = await x.m.findOneByOrFail(OrganizationEntity, { id: x.s.courtId });
    await runBatch(x.m, [
      this.notices.statement([{ organizationId: o.court_id, roles: [Role.COURT_ADMIN] }], [o.author_id], {
        kind: 'suggestion.adopted_issued',
        title: `工作建议经${court.name}采用并签发：${docNumber}《${x.s.title}》`,
        body: `原建议《${o.title}》由${court.name}修改后以其名义发出，回复与评价将同步告知本院。`,
        suggestionId: x.s.id,
      }),
    ]);
  }

  /** Only while no main recipient has signed; open deliveries close. */
  async withdraw(p: Principal, id: string, reason: string, version?: number): Promise<SuggestionView> {
    return this.runner.act(p, id, A.WITHDRAW, version, async (x) => {
      const closed = await queryReturning<{ id: string; organization_id: string }>(
        x.m,
        `UPDATE deliveries SET status = 'CLOSED', closed_at = $2, closed_reason = 'WITHDRAWN', updated_at = $2, version = version + 1
          WHERE suggestion_id = $1 AND status = 'DELIVERED' RETURNING id, organization_id`,
        [id, x.now],
      );
      for (const d of closed) {
        await this.timeline.record(x.m, p, {
          suggestionId: id,
          deliveryId: d.id,
          action: 'delivery.withdrawn',
          fromStatus: 'DELIVERED',
          toStatus: 'CLOSED',
          data: { reason },
        });
        await this.notices.notifyOrganization(
          x.m,
          { organizationId: d.organization_id },
          { kind: 'suggestion.withdrawn', title: `司法建议已撤回：${x.s.docNumber ?? ''}《${x.s.title}》`, body: reason, suggestionId: id, deliveryId: d.id },
        );
      }
      await this.runner.change(x, { status: S.WITHDRAWN, withdrawnAt: x.now, withdrawReason: reason }, 'suggestion.withdrawn', {
        reason,
        closedDeliveries: closed.length,
      });
      await this.runner.auditLast(x, 'suggestion.withdraw', { reason, closedDeliveries: closed.map((d) => d.id) });
    });
  }

  async archive(p: Principal, id: string, version?: number): Promise<SuggestionView> {
    return this.runner.act(p, id, A.ARCHIVE, version, async (x) => {
      await this.runner.change(x, { status: S.ARCHIVED, archivedAt: x.now }, 'suggestion.archived');
      await this.runner.auditLast(x, 'suggestion.archive');
    });
  }
}
