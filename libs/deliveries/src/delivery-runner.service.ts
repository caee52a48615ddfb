import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, assertVersion, Clock } from '@app/core';
import { AuditService } from '@app/audit';
import { actorOf, Principal, Role } from '@app/identity';
import { NoticeInput, NoticesService } from '@app/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { Jurisdiction, JurisdictionService } from '@app/directory';
import { DeliveryQueryService } from './delivery-query.service';
import { contextOf, DeliveryRow, DeliveryView } from './delivery-row';
import { DeliveryContext, DELIVERY_TRANSITIONS } from './delivery-transitions';
import { DeliveryEntity } from './delivery.entity';
import { DeliveryAction, DeliveryStatus } from './delivery.types';
import { TransitionRule } from './transition-table';
import { TimelineService } from './timeline.service';

export interface ActionScope {
  m: EntityManager;
  p: Principal;
  d: DeliveryEntity;
  row: DeliveryRow;
  ctx: DeliveryContext;
  rule: TransitionRule<DeliveryStatus, DeliveryAction, DeliveryContext>;
  now: Date;
  j: Jurisdiction;
}

/**
 * Runs one delivery action in one transaction: the letter row is locked first (so letter closing
 * and parallel actions serialize), visibility is checked (404), the transition table decides
 * (403/409), the version is compared (409), then the action writes rows, timeline, outbox, audit.
 */
@Injectable()
export class DeliveryRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: DeliveryQueryService,
    private readonly timeline: TimelineService,
    private readonly notices: NoticesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  async run(p: Principal, id: string, action: DeliveryAction, version: number | undefined, body: (x: ActionScope) => Promise<void>): Promise<DeliveryView> {
    return this.runRaw(p, id, action, version, async (x) => {
      await body(x);
      return this.query.get(p, id, x.m, x.j);
    });
  }

  /** Like `run`, answering whatever the action returns (a message, a note). */
  async runRaw<T>(p: Principal, id: string, action: DeliveryAction, version: number | undefined, body: (x: ActionScope) => Promise<T>): Promise<T> {
    // Resolved before the transaction: inside it, this request uses exactly one pooled connection.
    const j = await this.jurisdiction.resolve(p);
    return this.dataSource.transaction(async (m) => {
      const locked = await m.query(
        `SELECT s.id FROM suggestions s JOIN deliveries d ON d.suggestion_id = s.id WHERE d.id = $1 FOR NO KEY UPDATE OF s`,
        [id],
      );
      if (!locked.length) throw AppException.notFound('Delivery');
      const row = await this.query.visibleRow(m, p, id, j);
      if (!row) throw AppException.notFound('Delivery');
      const d = await m.getRepository(DeliveryEntity).createQueryBuilder('d').setLock('pessimistic_write').where('d.id = :id', { id }).getOneOrFail();
      const ctx = contextOf(p, row);
      const rule = DELIVERY_TRANSITIONS.check(action, d.status, ctx);
      assertVersion(version, d.version);
      return body({ m, p, d, row, ctx, rule, now: this.clock.now(), j });
    });
  }

  /** Updates the delivery (bumping its version) and writes its timeline event. */
  async change(x: ActionScope, patch: Partial<DeliveryEntity>, timelineAction: string, data: Record<string, unknown> = {}): Promise<void> {
    const from = x.d.status;
    await x.m.update(DeliveryEntity, { id: x.d.id }, { ...patch, updatedAt: x.now, version: x.d.version + 1 });
    Object.assign(x.d, patch, { version: x.d.version + 1 });
    await this.timeline.record(x.m, x.p, {
      suggestionId: x.d.suggestionId, deliveryId: x.d.id, action: timelineAction, fromStatus: from, toStatus: patch.status ?? from, data,
    });
  }

  /** The last write of an action. */
  async auditLast(x: ActionScope, action: string, data: Record<string, unknown> = {}): Promise<void> {
    await this.audit.record(x.m, actorOf(x.p), {
      action, entityType: 'delivery', entityId: x.d.id, organizationId: x.d.organizationId, data: { suggestionId: x.d.suggestionId, status: x.d.status, ...data },
    });
  }

  /** Tells the issuing court: the letter's author and the court's admins. */
  async notifyCourt(x: ActionScope, n: Omit<NoticeInput, 'suggestionId' | 'deliveryId'>): Promise<void> {
    const full = { ...n, suggestionId: x.d.suggestionId, deliveryId: x.d.id };
    await this.notices.notifyOrganization(x.m, { organizationId: x.row.court_id, roles: [Role.COURT_ADMIN] }, full);
    await this.notices.notifyUser(x.m, x.row.author_id, full);
  }

  /** Tells the recipient organization's users. */
  async notifyRecipient(x: ActionScope, n: Omit<NoticeInput, 'suggestionId' | 'deliveryId'>): Promise<void> {
    await this.notices.notifyOrganization(x.m, { organizationId: x.d.organizationId }, { ...n, suggestionId: x.d.suggestionId, deliveryId: x.d.id });
  }
}
