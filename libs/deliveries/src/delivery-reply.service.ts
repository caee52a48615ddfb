import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppException, isIsoDate, queryReturning, runBatch, SqlStatement } from '@app/core';
import { AttachmentsService } from '@app/attachments';
import { AuditService } from '@app/audit';
import { addMonths, DeadlineService } from '@app/deadlines';
import { hasRole, isPerson, Principal, Role } from '@app/identity';
import { NoticesService, OutboxService } from '@app/notifications';
import { DeliveryView } from './delivery-row';
import { ActionScope, DeliveryRunner } from './delivery-runner.service';
import { LetterClosing } from './letter-closing';
import {
  DeliveryAction as A,
  DeliveryErrorCode,
  DeliveryStatus as S,
  EVALUATION_RESULT_LABEL,
  EvaluationItem,
  EvaluationResult,
  ImplementationStatus,
  ItemStance,
} from './delivery.types';
import { TimelineService } from './timeline.service';

export interface ReplyInput {
  /** Required unless `draft`. */
  content?: string;
  measures?: string;
  items: { index: number; stance: ItemStance; note?: string }[];
  attachmentIds?: string[];
  /** 暂存: save without submitting (the items may be incomplete); nobody is told. */
  draft?: boolean;
  version?: number;
}

export interface EvaluationInput {
  result: EvaluationResult;
  comment?: string;
  followUpDate?: string;
  /** The court's judgement of each recommendation; left out, every item takes the overall result. */
  items?: { index: number; result: EvaluationResult; note?: string }[];
  version?: number;
}

/** The item numbers given, sorted, must be exactly the letter's (one each); 422 `code` naming `field` otherwise. */
function assertEveryItem(indexes: number[], given: number[], code: string, message: string): void {
  const sorted = [...given].sort((a, b) => a - b);
  if (sorted.length !== indexes.length || sorted.some((v, i) => v !== indexes[i])) {
    throw new AppException(422, code, message, [{ field: 'items', message: `expected indexes ${indexes.join(',')}` }]);
  }
}

export interface ImplementationInput {
  status: ImplementationStatus;
  note?: string;
  attachmentIds?: string[];
  version?: number;
}

/** Answering a letter and following it up: reply (+ leader approval), evaluation, implementation, closing. */
@Injectable()
export class DeliveryReplyService {
  constructor(
    private readonly runner: DeliveryRunner,
    private readonly deadlines: DeadlineService,
    private readonly attachments: AttachmentsService,
    private readonly timeline: TimelineService,
    private readonly notices: NoticesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly letters: LetterClosing,
  ) {}

  reply(p: Principal, id: string, input: ReplyInput): Promise<DeliveryView> {
    return this.runner.run(p, id, A.REPLY, input.version, async (x) => {
      const indexes = x.facts.itemIndexes;
      const given = input.items.map((i) => i.index);
      if (input.draft) {
        // A saved draft may be incomplete, but each stance it has is for an item of the letter, once.
        if (new Set(given).size !== given.length || given.some((i) => !indexes.includes(i)))
          throw new AppException(422, DeliveryErrorCode.REPLY_ITEMS_MISMATCH, 'Stances may only be given for items of the letter, once each', [
            { field: 'items', message: `expected indexes among ${indexes.join(',')}` },
          ]);
      } else {
        assertEveryItem(indexes, given, DeliveryErrorCode.REPLY_ITEMS_MISMATCH, 'Give exactly one stance for every item of the letter');
        if (!input.content?.trim()) throw AppException.validation([{ field: 'content', message: 'should not be empty' }]);
      }
      // A leader's own reply needs no second approval; an API token's always waits for a named leader.
      const needsApproval = x.facts.replyNeedsApproval && !(isPerson(p) && hasRole(p, Role.AGENCY_LEADER));
      // Before any write: a bad attachment id (422) then changes nothing.
      await this.attachments.attach(x.m, p, input.attachmentIds ?? [], { suggestionId: x.d.suggestionId, deliveryId: x.d.id, purpose: 'REPLY' });
      // A saved or returned draft is replaced, on its own: the new row may not coexist with it
      // (ux_delivery_replies_current), and parts of one statement run in no fixed order.
      if (x.row.reply && x.row.reply.status !== 'SUBMITTED')
        await x.m.query(`UPDATE delivery_replies SET status = 'SUPERSEDED' WHERE delivery_id = $1 AND status IN ('DRAFT','RETURNED')`, [x.d.id]);
      if (input.draft) return this.saveDraft(x, input);
      const items = input.items.map((i) => ({ index: i.index, stance: i.stance, note: i.note ?? '' })).sort((a, b) => a.index - b.index);
      const stances = items.map((i) => i.stance);
      const replyId = randomUUID();
      const insert: SqlStatement = {
        sql: `INSERT INTO delivery_replies (id, delivery_id, status, content, measures, items, written_by, written_by_name, written_at, approved_by, approved_by_name, submitted_at)
              VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        params: [
          replyId,
          x.d.id,
          needsApproval ? 'PENDING_APPROVAL' : 'SUBMITTED',
          input.content ?? '',
          input.measures ?? '',
          JSON.stringify(items),
          p.userId,
          p.displayName || p.username,
          x.now,
          needsApproval ? null : p.userId,
          needsApproval ? null : p.displayName || p.username,
          needsApproval ? null : x.now,
        ],
      };
      // The reply row, the delivery, its timeline, the notices and the audit event: one round trip.
      const writes = needsApproval
        ? [
            ...this.runner.changeStatements(x, {}, 'delivery.reply_drafted', { replyId, stances }),
            this.notices.statement([{ organizationId: x.d.organizationId, roles: [Role.AGENCY_LEADER] }], [], {
              kind: 'delivery.reply_pending_approval',
              title: `回复待审批：《${x.row.suggestion_title}》`,
              suggestionId: x.d.suggestionId,
              deliveryId: x.d.id,
            }),
          ]
        : this.submitted(x, replyId, stances);
      await runBatch(x.m, [insert, ...writes, this.runner.auditStatement(x, needsApproval ? 'delivery.reply_draft' : 'delivery.reply', { replyId, stances })]);
    });
  }

  /** 暂存: the reply is kept for its agency (status DRAFT); nobody is told, the reply clock runs on. */
  private async saveDraft(x: ActionScope, input: ReplyInput): Promise<void> {
    const replyId = randomUUID();
    const items = input.items.map((i) => ({ index: i.index, stance: i.stance, note: i.note ?? '' })).sort((a, b) => a.index - b.index);
    await runBatch(x.m, [
      {
        sql: `INSERT INTO delivery_replies (id, delivery_id, status, content, measures, items, written_by, written_by_name, written_at)
              VALUES ($1, $2, 'DRAFT', $3, $4, $5, $6, $7, $8)`,
        params: [replyId, x.d.id, input.content ?? '', input.measures ?? '', JSON.stringify(items), x.p.userId, x.p.displayName || x.p.username, x.now],
      },
      ...this.runner.changeStatements(x, {}, 'delivery.reply_saved', { replyId }),
      this.runner.auditStatement(x, 'delivery.reply_save', { replyId }),
    ]);
  }

  /** The agency leader sends the reply awaiting approval back to its writer with a comment (四眼原则 as for approval). */
  returnReply(p: Principal, id: string, comment: string, version?: number): Promise<DeliveryView> {
    return this.runner.run(p, id, A.RETURN_REPLY, version, async (x) => {
      const [reply] = await queryReturning<{ id: string; written_by: string | null }>(
        x.m,
        `UPDATE delivery_replies SET status = 'RETURNED', return_comment = $2, returned_by = $3, returned_by_name = $4, returned_at = $5
          WHERE delivery_id = $1 AND status = 'PENDING_APPROVAL' RETURNING id, written_by`,
        [x.d.id, comment, p.userId, p.displayName || p.username, x.now],
      );
      const writes: SqlStatement[] = [...this.runner.changeStatements(x, {}, 'delivery.reply_returned', { replyId: reply.id, comment })];
      if (reply.written_by)
        writes.push(
          this.notices.statement([], [reply.written_by], {
            kind: 'delivery.reply_returned',
            title: `回复被单位负责人退回：《${x.row.suggestion_title}》`,
            body: comment,
            suggestionId: x.d.suggestionId,
            deliveryId: x.d.id,
          }),
        );
      await runBatch(x.m, [...writes, this.runner.auditStatement(x, 'delivery.reply_return', { replyId: reply.id, comment })]);
    });
  }

  approveReply(p: Principal, id: string, version?: number): Promise<DeliveryView> {
    return this.runner.run(p, id, A.APPROVE_REPLY, version, async (x) => {
      const [reply] = await queryReturning<{ id: string; items: { stance: string }[] }>(
        x.m,
        `UPDATE delivery_replies SET status = 'SUBMITTED', approved_by = $2, approved_by_name = $3, submitted_at = $4
          WHERE delivery_id = $1 AND status = 'PENDING_APPROVAL' RETURNING id, items`,
        [x.d.id, p.userId, p.displayName || p.username, x.now],
      );
      await runBatch(
        x.m,
        this.submitted(
          x,
          reply.id,
          (reply.items as { stance: string }[]).map((i) => i.stance),
        ),
      );
      await this.runner.auditLast(x, 'delivery.reply_approve', { replyId: reply.id });
    });
  }

  /** The writes of a reply going out: delivery → REPLIED (+ timeline), the court told. */
  private submitted(x: ActionScope, replyId: string, stances: string[]): SqlStatement[] {
    return [
      ...this.runner.changeStatements(x, { status: S.REPLIED, repliedAt: x.now }, 'delivery.replied', {
        replyId,
        stances,
        onTime: !x.d.replyDueDate || this.deadlines.dateOf(x.now) <= x.d.replyDueDate,
      }),
      this.runner.courtNotice(x, { kind: 'delivery.replied', title: `${x.row.organization_name} 已回复《${x.row.suggestion_title}》` }),
      ...this.runner.originNotices(x, {
        kind: 'delivery.replied',
        title: `${x.row.organization_name} 已回复上级法院采用的工作建议《${x.row.suggestion_title}》`,
      }),
    ];
  }

  evaluate(p: Principal, id: string, input: EvaluationInput): Promise<DeliveryView> {
    return this.runner.run(p, id, A.EVALUATE, input.version, async (x) => {
      const indexes = x.facts.itemIndexes;
      if (input.items)
        assertEveryItem(
          indexes,
          input.items.map((i) => i.index),
          DeliveryErrorCode.EVALUATION_ITEMS_MISMATCH,
          'Judge every item of the letter exactly once',
        );
      const items: EvaluationItem[] = input.items
        ? input.items.map((i) => ({ index: i.index, result: i.result, note: i.note ?? '' })).sort((a, b) => a.index - b.index)
        : indexes.map((index) => ({ index, result: input.result, note: '' }));
      const adopted = input.result !== EvaluationResult.NOT_ADOPTED;
      const today = this.deadlines.today();
      let followUpDate: string | null = null;
      if (adopted) {
        followUpDate = input.followUpDate ?? (await this.deadlines.nextWorkingDayOnOrAfter(addMonths(today, 3)));
        if (!isIsoDate(followUpDate) || followUpDate < today) {
          throw new AppException(422, DeliveryErrorCode.DUE_DATE_INVALID, 'The follow-up date must be today or later', [
            { field: 'followUpDate', message: `must be on or after ${today}` },
          ]);
        }
      }
      const status = adopted ? S.IMPLEMENTING : S.NOT_ADOPTED;
      await this.runner.change(
        x,
        {
          status,
          evaluationResult: input.result,
          evaluationComment: input.comment ?? null,
          evaluatedAt: x.now,
          evaluatedByName: p.displayName || p.username,
          evaluationItems: items,
          followUpDate,
        },
        'delivery.evaluated',
        { result: input.result, comment: input.comment, followUpDate, items },
      );
      await this.outbox.add(x.m, {
        topic: 'delivery.evaluated',
        dedupeKey: `delivery.evaluated:${x.d.id}:${x.d.version}`,
        payload: { deliveryId: x.d.id, result: input.result },
      });
      await this.runner.notifyRecipient(x, {
        kind: 'delivery.evaluated',
        title: `法院已评价回复：${EVALUATION_RESULT_LABEL[input.result]}《${x.row.suggestion_title}》`,
        body: followUpDate ? `请于 ${followUpDate} 前报告落实情况。${input.comment ?? ''}` : (input.comment ?? ''),
      });
      await runBatch(
        x.m,
        this.runner.originNotices(x, {
          kind: 'delivery.evaluated',
          title: `${x.row.court_name}评价${x.row.organization_name}的回复：${EVALUATION_RESULT_LABEL[input.result]}《${x.row.suggestion_title}》`,
          body: input.comment ?? '',
        }),
      );
      await this.runner.auditLast(x, 'delivery.evaluate', {
        result: input.result,
        followUpDate,
        items: items.map((i) => ({ index: i.index, result: i.result })),
      });
    });
  }

  reportImplementation(p: Principal, id: string, input: ImplementationInput): Promise<DeliveryView> {
    return this.runner.run(p, id, A.REPORT_IMPLEMENTATION, input.version, async (x) => {
      await this.attachments.attach(x.m, p, input.attachmentIds ?? [], { suggestionId: x.d.suggestionId, deliveryId: x.d.id, purpose: 'IMPLEMENTATION' });
      await this.runner.change(
        x,
        { implementationStatus: input.status, implementationNote: input.note ?? null, implementationReportedAt: x.now },
        'delivery.implementation_reported',
        { status: input.status, note: input.note },
      );
      await this.runner.notifyCourt(x, {
        kind: 'delivery.implementation_reported',
        title: `${x.row.organization_name} 报告落实情况：${input.status === 'IMPLEMENTED' ? '已落实' : '落实中'}`,
        body: input.note ?? '',
      });
      await this.runner.auditLast(x, 'delivery.implementation_report', { status: input.status });
    });
  }

  confirmImplementation(p: Principal, id: string, comment?: string, version?: number): Promise<DeliveryView> {
    return this.runner.run(p, id, A.CONFIRM_IMPLEMENTATION, version, async (x) => {
      await this.runner.change(x, { status: S.IMPLEMENTED, implementationConfirmedAt: x.now }, 'delivery.implementation_confirmed', { comment });
      await this.runner.notifyRecipient(x, { kind: 'delivery.implementation_confirmed', title: `法院已确认落实：《${x.row.suggestion_title}》` });
      await this.runner.auditLast(x, 'delivery.implementation_confirm', { comment });
    });
  }

  /** Closes a finished delivery; the letter's library then closes the letter if this was its last open main delivery (through the letter's table). */
  close(p: Principal, id: string, comment?: string, version?: number): Promise<DeliveryView> {
    return this.runner.run(p, id, A.CLOSE, version, async (x) => {
      await this.runner.change(
        x,
        { status: S.CLOSED, closedAt: x.now, closedReason: x.d.status === S.NOT_ADOPTED ? 'NOT_ADOPTED' : 'IMPLEMENTED' },
        'delivery.closed',
        { comment },
      );
      const letterClosed = await this.letters.get().mainDeliveryClosed(x.m, p, { suggestionId: x.d.suggestionId, deliveryId: x.d.id }, x.now);
      await this.runner.auditLast(x, 'delivery.close', { comment });
      if (letterClosed) this.runner.auditEvent(x, letterClosed);
    });
  }
}
