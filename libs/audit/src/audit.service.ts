import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, SqlStatement } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { auditHash, auditPayload, chainFor, chainGenesis } from './audit-hash';
import { AuditActor, AuditRecordInput, AuditVerification } from './audit.types';

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_org_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  organization_id: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  correlation_id: string | null;
  chain: number;
  prev_hash: string;
  hash: string;
}

/**
 * Writes audit events inside the caller's transaction (so the event commits with the change
 * it records, or not at all) and verifies the hash chains.
 *
 * The trail is AUDIT_CHAINS independent hash chains rather than one: a chain's head is
 * serialized by a transaction-scoped lock that is held until commit, so with one chain every
 * audited write in the system committed one at a time. An event goes to the chain of its entity
 * (all events of a transaction go to the chain of its first event); each chain is linked and
 * verified like the single chain was.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends one event in one round trip (the SQL function audit_append locks the chain, reads its
   * head, hashes and inserts). Must run inside a READ COMMITTED transaction; the chain stays
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
      params: [chainFor(`${event.entityType}:${event.entityId ?? ''}`), auditPayload(event), event.occurredAt, event.actorUserId, event.actorName, event.actorOrgId,
        event.action, event.entityType, event.entityId, event.organizationId, JSON.stringify(event.data), event.ip, event.correlationId],
    };
  }

  /** Records an event in a transaction of its own (e.g. a failed login, which changes nothing else). */
  async recordAlone(actor: AuditActor, input: AuditRecordInput): Promise<void> {
    await this.dataSource.transaction((m) => this.record(m, actor, input).then(() => undefined));
  }

  /**
   * Walks every row in id order, following each chain from its genesis, and names the first row
   * (lowest id) whose link or hash does not hold. One snapshot for the whole walk: appends to
   * different chains commit out of id order, and a row of a chain is only ever committed after
   * the rows before it in that chain, so within one snapshot every chain is complete.
   */
  async verify(batchSize = 5000): Promise<AuditVerification> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const heads = new Map<number, string>();
      let lastId = '0';
      let checked = 0;
      for (;;) {
        const rows: AuditRow[] = await m.query(
          `SELECT id, occurred_at, actor_user_id, actor_name, actor_org_id, action, entity_type, entity_id, organization_id, data, ip, correlation_id, chain, prev_hash, hash
             FROM audit_events WHERE id > $1 ORDER BY id LIMIT $2`,
          [lastId, batchSize],
        );
        if (rows.length === 0) break;
        for (const row of rows) {
          const id = String(row.id);
          if (row.prev_hash !== (heads.get(row.chain) ?? chainGenesis(row.chain))) {
            return { valid: false, checked, firstBrokenId: id, reason: 'prev_hash does not match the previous row of its chain (a row was removed, inserted, moved or changed before it)' };
          }
          const content = {
            occurredAt: row.occurred_at, actorUserId: row.actor_user_id, actorName: row.actor_name, actorOrgId: row.actor_org_id, action: row.action,
            entityType: row.entity_type, entityId: row.entity_id, organizationId: row.organization_id, data: row.data, ip: row.ip, correlationId: row.correlation_id,
          };
          if (auditHash(row.prev_hash, content) !== row.hash) {
            return { valid: false, checked, firstBrokenId: id, reason: 'the row content does not match its hash (the row was changed)' };
          }
          heads.set(row.chain, row.hash);
          lastId = id;
          checked++;
        }
      }
      return { valid: true, checked, firstBrokenId: null, reason: null };
    });
  }
}
