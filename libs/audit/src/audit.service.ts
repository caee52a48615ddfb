import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, Clock, SqlStatement } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { auditPayload, auditSeal, chainFor } from './audit-hash';
import { AuditActor, AuditRecordInput } from './audit.types';

/**
 * Writes audit events inside the caller's transaction (so the event commits with the change
 * it records, or not at all) and verifies the hash chains.
 *
 * The trail is AUDIT_CHAINS independent hash chains rather than one: a chain's head is
 * serialized by a transaction-scoped lock that is held until commit, so with one chain every
 * audited write in the system committed one at a time. An event goes to the chain of its entity
 * (all events of a transaction go to the chain of its first event); each chain is linked and
 * verified like the single chain was.
 *
 * Each row is sealed with HMAC-SHA256 under AUDIT_HMAC_KEY here, in Node (see `auditSeal`): the key
 * never reaches the database, so a database superuser can neither forge nor relink rows.
 */
@Injectable()
export class AuditService {
  private readonly hmacKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'auditHmacKey'>,
  ) {
    this.hmacKey = Buffer.from(config.auditHmacKey, 'utf8');
  }

  /**
   * Appends one event in one round trip (the SQL function audit_append locks the chain, reads its
   * head, links the event's seal to it and inserts). Must run inside a READ COMMITTED transaction; the chain stays
   * locked until commit, so call it as the last statement of the transaction.
   */
  async record(manager: EntityManager, actor: AuditActor, input: AuditRecordInput): Promise<AuditEventEntity> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must be called inside a transaction');
    }
    const { event, sql, params } = this.prepare(actor, input);
    const [row] = await manager.query(sql, params);
    return Object.assign(event, { id: String(row.event_id), chain: row.event_chain, prevHash: row.event_prev_hash, hash: row.event_hash });
  }

  /**
   * `record` as a statement (a SELECT), for a caller that sends it together with its other writes
   * in one round trip — as the statement's main query, since a SELECT in WITH that nothing reads
   * is never run. Same rules as `record`: inside a transaction, as late as possible.
   */
  statement(actor: AuditActor, input: AuditRecordInput): SqlStatement {
    const { sql, params } = this.prepare(actor, input);
    return { sql, params };
  }

  private prepare(actor: AuditActor, input: AuditRecordInput): { event: AuditEventEntity; sql: string; params: unknown[] } {
    const event = Object.assign(new AuditEventEntity(), {
      occurredAt: input.at ?? this.clock.now(),
      actorUserId: actor.userId,
      actorName: actor.name,
      actorOrgId: actor.organizationId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      organizationId: input.organizationId ?? null,
      data: JSON.parse(JSON.stringify(input.data ?? {})),
      ip: actor.ip ?? null,
      correlationId: actor.correlationId ?? null,
    });
    return {
      event,
      sql: `SELECT event_id, event_chain, event_prev_hash, event_hash FROM audit_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      params: [
        chainFor(`${event.entityType}:${event.entityId ?? ''}`),
        auditSeal(this.hmacKey, auditPayload(event)),
        event.occurredAt,
        event.actorUserId,
        event.actorName,
        event.actorOrgId,
        event.action,
        event.entityType,
        event.entityId,
        event.organizationId,
        JSON.stringify(event.data),
        event.ip,
        event.correlationId,
      ],
    };
  }

  /** Records an event in a transaction of its own (e.g. a failed login, which changes nothing else). */
  async recordAlone(actor: AuditActor, input: AuditRecordInput): Promise<void> {
    await this.dataSource.transaction((m) => this.record(m, actor, input).then(() => undefined));
  }
}
