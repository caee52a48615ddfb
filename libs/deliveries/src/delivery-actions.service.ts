import { Injectable } from '@nestjs/common';
import { AppException, isIsoDate } from '@app/core';
import { AttachmentsService } from '@app/attachments';
import { ClockedDeliveryRow, DeadlineService, DUE_DATE_FIELD, RunningClockKind, runningClockOfRow } from '@app/deadlines';
import { OrganizationEntity, regionInside } from '@app/directory';
import { Principal } from '@app/identity';
import { DeliveryFactory } from './delivery-factory.service';
import { DeliveryView } from './delivery-row';
import { DeliveryRunner } from './delivery-runner.service';
import { DeliveryEntity } from './delivery.entity';
import { DeliveryAction as A, DeliveryErrorCode, DeliveryKind, DeliveryStatus as S } from './delivery.types';

/** Receiving a letter: sign for, read (copies), reject as misdelivered, re-route, extensions. */
/** The pending `delivery_extensions` row a decision reads (dates as text). */
interface PendingExtensionRow {
  id: string;
  clock: RunningClockKind;
  old_due_date: string | null;
  requested_due_date: string;
}

@Injectable()
export class DeliveryActionsService {
  constructor(
    private readonly runner: DeliveryRunner,
    private readonly deadlines: DeadlineService,
    private readonly factory: DeliveryFactory,
    private readonly attachments: AttachmentsService,
  ) {}

  sign(p: Principal, id: string, version?: number): Promise<DeliveryView> {
    return this.runner.run(p, id, A.SIGN, version, async (x) => {
      const replyDueDate = await this.deadlines.replyDueDate(this.deadlines.dateOf(x.now), x.row.reply_period_months);
      await this.runner.change(
        x,
        { status: S.SIGNED, signedAt: x.now, signedBy: p.userId, signedByName: p.displayName || p.username, replyDueDate },
        'delivery.signed',
        { replyDueDate },
      );
      await this.runner.notifyCourt(x, {
        kind: 'delivery.signed',
        title: `${x.row.organization_name} 已签收《${x.row.suggestion_title}》`,
        body: `回复期限 ${replyDueDate}`,
      });
      await this.runner.auditLast(x, 'delivery.sign', { replyDueDate });
    });
  }

  read(p: Principal, id: string, version?: number): Promise<DeliveryView> {
    return this.runner.run(p, id, A.READ, version, async (x) => {
      await this.runner.change(x, { status: S.READ, readAt: x.now }, 'delivery.read');
      await this.runner.auditLast(x, 'delivery.read');
    });
  }

  reject(p: Principal, id: string, reason: string, version?: number): Promise<DeliveryView> {
    return this.runner.run(p, id, A.REJECT, version, async (x) => {
      await this.runner.change(x, { status: S.REJECTED_BY_RECIPIENT, rejectedAt: x.now, rejectedReason: reason }, 'delivery.rejected', { reason });
      await this.runner.notifyCourt(x, { kind: 'delivery.rejected', title: `${x.row.organization_name} 退回《${x.row.suggestion_title}》`, body: reason });
      await this.runner.auditLast(x, 'delivery.reject', { reason });
    });
  }

  /** A rejected delivery goes on to another organization as a new delivery; the old one stays. */
  reroute(p: Principal, id: string, organizationId: string, version?: number): Promise<DeliveryView> {
    return this.runner.run(p, id, A.REROUTE, version, async (x) => {
      const org = await x.m.findOneBy(OrganizationEntity, { id: organizationId });
      if (!org || !org.active || org.id === x.row.court_id) {
        throw new AppException(422, DeliveryErrorCode.REROUTE_TARGET_INVALID, 'Re-route to an active organization other than the court', [
          { field: 'organizationId', message: 'unknown or inactive organization' },
        ]);
      }
      // Art. 3, exactly as at sign-off (SuggestionApprovalService.approve): a MAIN recipient lies in
      // the court's district. A re-route may not send the letter where the leader could not have.
      if (x.d.kind === DeliveryKind.MAIN) {
        const court = await x.m.findOneByOrFail(OrganizationEntity, { id: x.row.court_id });
        if (!regionInside(org.regionCode, court.regionCode)) {
          throw new AppException(
            422,
            DeliveryErrorCode.OUT_OF_DISTRICT,
            'A main recipient must lie in the court’s district (Art. 3); a letter to an authority outside it goes up to the higher court',
            [{ field: 'organizationId', message: `${org.name}（${org.regionCode}）不在${court.name}（${court.regionCode}）辖区内` }],
          );
        }
      }
      const taken = await x.m.query(`SELECT 1 FROM deliveries WHERE suggestion_id = $1 AND organization_id = $2 AND status <> 'REJECTED_BY_RECIPIENT'`, [
        x.d.suggestionId,
        org.id,
      ]);
      if (taken.length) {
        throw new AppException(422, DeliveryErrorCode.REROUTE_TARGET_INVALID, 'That organization already holds this letter', [
          { field: 'organizationId', message: 'already a recipient' },
        ]);
      }
      const next = await this.factory.create(
        x.m,
        p,
        { id: x.d.suggestionId, title: x.row.suggestion_title, docNumber: x.row.doc_number, replyPeriodMonths: x.row.reply_period_months },
        org.id,
        x.d.kind,
        x.d.id,
      );
      await this.runner.change(x, { reroutedToId: next.id }, 'delivery.rerouted', {
        toDeliveryId: next.id,
        toOrganizationId: org.id,
        toOrganizationName: org.name,
      });
      await this.runner.auditLast(x, 'delivery.reroute', { toDeliveryId: next.id, toOrganizationId: org.id });
    });
  }

  /**
   * Art. 9: the court copies a main delivery's letter to the recipient's superior organization — its
   * directory parent, or the one the court names — as a new COPY delivery carrying the court's note
   * (shown with the copy and printed on its 司法建议书). Answers the new copy.
   */
  copySuperior(p: Principal, id: string, input: { organizationId?: string; note: string; version?: number }): Promise<DeliveryView> {
    return this.runner.runRaw(p, id, A.COPY_SUPERIOR, input.version, async (x) => {
      const invalid = (message: string) =>
        new AppException(422, DeliveryErrorCode.COPY_TARGET_INVALID, message, [
          { field: 'organizationId', message: 'unknown, inactive or already a recipient' },
        ]);
      const recipient = await x.m.findOneByOrFail(OrganizationEntity, { id: x.d.organizationId });
      const targetId = input.organizationId?.toLowerCase() ?? recipient.parentId;
      if (!targetId) {
        throw new AppException(422, DeliveryErrorCode.NO_SUPERIOR, 'The recipient has no superior organization in the directory; name one', [
          { field: 'organizationId', message: 'required: the recipient has no parent organization' },
        ]);
      }
      const target = await x.m.findOneBy(OrganizationEntity, { id: targetId });
      if (!target || !target.active || target.id === x.row.court_id || target.id === x.d.organizationId)
        throw invalid('Copy to an active organization other than the recipient and the court');
      const taken = await x.m.query(`SELECT 1 FROM deliveries WHERE suggestion_id = $1 AND organization_id = $2 AND status <> 'REJECTED_BY_RECIPIENT'`, [
        x.d.suggestionId,
        target.id,
      ]);
      if (taken.length) throw invalid('That organization already holds this letter');
      const copy = await this.factory.create(
        x.m,
        p,
        { id: x.d.suggestionId, title: x.row.suggestion_title, docNumber: x.row.doc_number, replyPeriodMonths: x.row.reply_period_months },
        target.id,
        DeliveryKind.COPY,
        null,
        { note: input.note, ofDeliveryId: x.d.id, courtName: x.row.court_name },
      );
      await this.runner.change(x, {}, 'delivery.superior_copied', {
        copyDeliveryId: copy.id,
        toOrganizationId: target.id,
        toOrganizationName: target.name,
        note: input.note,
      });
      await this.runner.auditLast(x, 'delivery.copy_superior', {
        copyDeliveryId: copy.id,
        toOrganizationId: target.id,
        parent: target.id === recipient.parentId,
        note: input.note,
      });
      this.runner.auditEvent(x, {
        action: 'delivery.create',
        entityType: 'delivery',
        entityId: copy.id,
        organizationId: target.id,
        data: { suggestionId: x.d.suggestionId, kind: DeliveryKind.COPY, copyOfDeliveryId: x.d.id },
      });
      return this.runner.view(p, copy.id, x);
    });
  }

  requestExtension(p: Principal, id: string, reason: string, requestedDueDate: string, version?: number, attachmentIds: string[] = []): Promise<DeliveryView> {
    return this.runner.run(p, id, A.REQUEST_EXTENSION, version, async (x) => {
      // REQUEST_EXTENSION is open only where a clock runs (a MAIN delivery DELIVERED, SIGNED or IMPLEMENTING).
      const { kind: clock, dueDate: oldDue } = runningClockOfRow(x.row as ClockedDeliveryRow);
      if (!isIsoDate(requestedDueDate) || (oldDue && requestedDueDate <= oldDue)) {
        throw new AppException(422, DeliveryErrorCode.DUE_DATE_INVALID, 'The requested date must be a valid date after the current due date', [
          { field: 'requestedDueDate', message: `must be after ${oldDue}` },
        ]);
      }
      const [ext] = await x.m.query<{ id: string }[]>(
        `INSERT INTO delivery_extensions (delivery_id, clock, status, reason, old_due_date, requested_due_date, requested_by, requested_by_name, requested_at)
         VALUES ($1, $2, 'PENDING', $3, $4, $5, $6, $7, $8) RETURNING id`,
        [x.d.id, clock, reason, oldDue, requestedDueDate, p.userId, p.displayName || p.username, x.now],
      );
      await this.attachments.attach(x.m, p, attachmentIds, { suggestionId: x.d.suggestionId, deliveryId: x.d.id, purpose: 'EXTENSION' });
      await this.runner.change(x, {}, 'delivery.extension_requested', { extensionId: ext.id, clock, oldDueDate: oldDue, requestedDueDate, reason });
      await this.runner.notifyCourt(x, {
        kind: 'delivery.extension_requested',
        title: `${x.row.organization_name} 申请延期至 ${requestedDueDate}`,
        body: reason,
      });
      await this.runner.auditLast(x, 'delivery.extension_request', { extensionId: ext.id, clock, oldDueDate: oldDue, requestedDueDate });
    });
  }

  decideExtension(
    p: Principal,
    id: string,
    approve: boolean,
    dueDate: string | undefined,
    comment: string | undefined,
    version?: number,
  ): Promise<DeliveryView> {
    return this.runner.run(p, id, A.DECIDE_EXTENSION, version, async (x) => {
      const [ext] = await x.m.query<PendingExtensionRow[]>(
        `SELECT id, clock, old_due_date::text AS old_due_date, requested_due_date::text AS requested_due_date FROM delivery_extensions WHERE delivery_id = $1 AND status = 'PENDING' FOR UPDATE`,
        [x.d.id],
      );
      const newDue = approve ? (dueDate ?? ext.requested_due_date) : null;
      if (newDue && (!isIsoDate(newDue) || (ext.old_due_date && newDue <= ext.old_due_date))) {
        throw new AppException(422, DeliveryErrorCode.DUE_DATE_INVALID, 'The new due date must be after the old one', [
          { field: 'dueDate', message: `must be after ${ext.old_due_date}` },
        ]);
      }
      await x.m.query(
        `UPDATE delivery_extensions SET status = $2, new_due_date = $3, decided_by = $4, decided_by_name = $5, decided_at = $6, decision_comment = $7 WHERE id = $1`,
        [ext.id, approve ? 'APPROVED' : 'REFUSED', newDue, p.userId, p.displayName || p.username, x.now, comment ?? null],
      );
      const patch: Partial<DeliveryEntity> = {};
      if (newDue) patch[DUE_DATE_FIELD[ext.clock]] = newDue;
      await this.runner.change(x, patch, approve ? 'delivery.extension_granted' : 'delivery.extension_refused', {
        extensionId: ext.id,
        clock: ext.clock,
        oldDueDate: ext.old_due_date,
        newDueDate: newDue,
        comment,
      });
      await this.runner.notifyRecipient(x, {
        kind: 'delivery.extension_decided',
        title: approve ? `延期申请已批准，新期限 ${newDue}` : '延期申请未获批准',
        body: comment ?? '',
      });
      await this.runner.auditLast(x, approve ? 'delivery.extension_grant' : 'delivery.extension_refuse', {
        extensionId: ext.id,
        oldDueDate: ext.old_due_date,
        newDueDate: newDue,
      });
    });
  }
}
