import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, assertVersion, Clock, queryPrepared, runBatch, SqlStatement } from '@app/core';
import { AuditRecordInput, AuditService } from '@app/audit';
import { actorOf, Principal, Role } from '@app/identity';
import { NoticeInput, NoticesService } from '@app/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Jurisdiction, JurisdictionService } from '@app/directory';
import { DeliveryQueryService } from './delivery-query.service';
import { contextOf, DeliveryRow, DeliveryView } from './delivery-row';
import { DeliveryContext, DELIVERY_TRANSITIONS } from './delivery-transitions';
import { DeliveryEntity } from './delivery.entity';
import { DeliveryAction, DeliveryStatus } from './delivery.types';
import { TransitionRule } from '@app/core';
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
  /** The action's audit events, appended in this order as the transaction's last statements. */
  audits: AuditRecordInput[];
  /** Read with the locks, for a reply: the letter's item numbers, whether the recipient's replies need a leader's approval. */
  facts: { itemIndexes: number[]; replyNeedsApproval: boolean };
}

type Notice = Omit<NoticeInput, 'suggestionId' | 'deliveryId'>;

/**
 * Runs one delivery action in one transaction: the letter row is locked first (so letter closing
 * and parallel actions serialize), then the delivery row; visibility is checked (404), the
 * transition table decides (403/409), the version is compared (409), then the action writes rows,
 * timeline, notices, outbox; the answer is read back; the audit events go last.
 *
 * Round trips are what an action costs (each one holds a pooled connection and the letter lock),
 * so the locks and the delivery row come in one statement, and writes that do not depend on each
 * other go out together (runBatch). The audit append waits until everything else is done because
 * its chain stays locked until commit.
 */
@Injectable()
export class DeliveryRunner {
  private lockSql?: string;

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
      const [locked] = await queryPrepared<Record<string, unknown>>(m, this.lockStatement(), [id]);
      if (!locked) throw AppException.notFound('Delivery');
      const row = await this.query.visibleRow(m, p, id, j);
      if (!row) throw AppException.notFound('Delivery');
      const { _itemIndexes: itemIndexes, _replyNeedsApproval: replyNeedsApproval, ...columns } = locked;
      const d = Object.assign(new DeliveryEntity(), columns as Partial<DeliveryEntity>);
      const ctx = contextOf(p, row);
      const rule = DELIVERY_TRANSITIONS.check(action, d.status, ctx);
      assertVersion(version, d.version);
      const facts = { itemIndexes: itemIndexes as number[], replyNeedsApproval: replyNeedsApproval === true };
      const x: ActionScope = { m, p, d, row, ctx, rule, now: this.clock.now(), j, audits: [], facts };
      const result = await body(x);
      for (const event of x.audits) await this.audit.record(m, actorOf(p), event);
      return result;
    });
  }

  /**
   * Locks the letter (FOR NO KEY UPDATE, in a materialized CTE so it is taken first) and then
   * the delivery (FOR UPDATE), answering the delivery's current row as DeliveryEntity properties
   * and the facts (items are fixed once a letter is issued; the approval setting is read as of
   * the statement's start, as good as any moment before the action).
   */
  private lockStatement(): string {
    if (!this.lockSql) {
      const columns = this.dataSource
        .getMetadata(DeliveryEntity)
        .columns.map((c) => `d.${c.databaseName}${c.type === 'date' ? '::text' : ''} AS "${c.propertyName}"`);
      this.lockSql = `
        WITH letter AS MATERIALIZED (
          SELECT s.id FROM suggestions s JOIN deliveries d ON d.suggestion_id = s.id WHERE d.id = $1 FOR NO KEY UPDATE OF s)
        SELECT ${columns.join(', ')},
               ARRAY(SELECT i.index FROM suggestion_items i WHERE i.suggestion_id = d.suggestion_id ORDER BY i.index) AS "_itemIndexes",
               (SELECT o.reply_needs_approval FROM organizations o WHERE o.id = d.organization_id) AS "_replyNeedsApproval"
          FROM deliveries d JOIN letter ON letter.id = d.suggestion_id WHERE d.id = $1 FOR UPDATE OF d`;
    }
    return this.lockSql;
  }

  /** Another delivery as the caller sees it, read inside the action's transaction. */
  view(p: Principal, id: string, x: ActionScope): Promise<DeliveryView> {
    return this.query.get(p, id, x.m, x.j);
  }

  /** Updates the delivery (bumping its version) and writes its timeline event. */
  async change(x: ActionScope, patch: Partial<DeliveryEntity>, timelineAction: string, data: Record<string, unknown> = {}): Promise<void> {
    await runBatch(x.m, this.changeStatements(x, patch, timelineAction, data));
  }

  /** `change` as statements, for batching with the action's other writes; `x.d` is updated now. */
  changeStatements(x: ActionScope, patch: Partial<DeliveryEntity>, timelineAction: string, data: Record<string, unknown> = {}): SqlStatement[] {
    const from = x.d.status;
    const values = Object.fromEntries(Object.entries({ ...patch, updatedAt: x.now, version: x.d.version + 1 }).filter(([, v]) => v !== undefined));
    const [sql, params] = x.m
      .createQueryBuilder()
      .update(DeliveryEntity)
      .set(values as QueryDeepPartialEntity<DeliveryEntity>)
      .where('id = :id', { id: x.d.id })
      .updateEntity(false)
      .getQueryAndParameters();
    Object.assign(x.d, patch, { version: x.d.version + 1 });
    return [
      { sql, params },
      this.timeline.statement(x.p, {
        suggestionId: x.d.suggestionId,
        deliveryId: x.d.id,
        action: timelineAction,
        fromStatus: from,
        toStatus: patch.status ?? from,
        data,
      }),
    ];
  }

  /** The last write of an action (appended after the answer is read, see runRaw). */
  async auditLast(x: ActionScope, action: string, data: Record<string, unknown> = {}): Promise<void> {
    this.auditEvent(x, {
      action,
      entityType: 'delivery',
      entityId: x.d.id,
      organizationId: x.d.organizationId,
      data: { suggestionId: x.d.suggestionId, status: x.d.status, ...data },
    });
  }

  /**
   * The action's audit event as a statement, for an action that sends it with its last writes in
   * one round trip (it must be the batch's last statement); then the chain stays locked for the
   * read of the answer too. Instead of `auditLast`, not with it.
   */
  auditStatement(x: ActionScope, action: string, data: Record<string, unknown> = {}): SqlStatement {
    return this.audit.statement(actorOf(x.p), {
      action,
      entityType: 'delivery',
      entityId: x.d.id,
      organizationId: x.d.organizationId,
      data: { suggestionId: x.d.suggestionId, status: x.d.status, ...data },
    });
  }

  /** Queues any audit event of the action, stamped now, appended in order at the end. */
  auditEvent(x: ActionScope, event: AuditRecordInput): void {
    x.audits.push({ ...event, at: event.at ?? this.clock.now() });
  }

  /** Tells the issuing court: the letter's author and the court's admins. */
  async notifyCourt(x: ActionScope, n: Notice): Promise<void> {
    await runBatch(x.m, [this.courtNotice(x, n)]);
  }

  courtNotice(x: ActionScope, n: Notice): SqlStatement {
    return this.notices.statement([{ organizationId: x.row.court_id, roles: [Role.COURT_ADMIN] }], [x.row.author_id], {
      ...n,
      suggestionId: x.d.suggestionId,
      deliveryId: x.d.id,
    });
  }

  /**
   * Art. 3 follow-through: on a letter a higher court adopted, tells the court it came from — the
   * original's author and that court's admins — what happened (each reply and evaluation). No
   * statement for any other letter.
   */
  originNotices(x: ActionScope, n: Notice): SqlStatement[] {
    if (!x.row.escalated_from_court_id) return [];
    return [
      this.notices.statementFromQuery(
        (at) =>
          `FROM suggestions a JOIN suggestions o ON o.id = a.adopted_from_id
             JOIN users u ON u.active AND (u.id = o.author_id OR (u.organization_id = o.court_id AND u.roles && ARRAY['${Role.COURT_ADMIN}']::text[]))
            WHERE a.id = ${at(x.d.suggestionId)}`,
        { ...n, suggestionId: x.d.suggestionId, deliveryId: x.d.id },
      ),
    ];
  }

  /** Tells the recipient organization's users. */
  async notifyRecipient(x: ActionScope, n: Notice): Promise<void> {
    await runBatch(x.m, [this.notices.statement([{ organizationId: x.d.organizationId }], [], { ...n, suggestionId: x.d.suggestionId, deliveryId: x.d.id })]);
  }
}
