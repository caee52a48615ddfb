import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AdvisoryLockKey, Clock } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { AuditActor, AuditRecordInput, AuditVerification } from './audit.types';

/**
 * Writes audit events inside the caller's transaction (so the event commits with the change
 * it records, or not at all) and verifies the hash chain.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends one event. Must run inside a transaction: the chain head is serialized with a
   * transaction-scoped advisory lock that is released at commit. Call it as the last write of
   * the transaction to keep the lock short.
   */
  async record(manager: EntityManager, actor: AuditActor, input: AuditRecordInput): Promise<AuditEventEntity> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must be called inside a transaction');
    }
    const [k1, k2] = AdvisoryLockKey.AUDIT_CHAIN;
    await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [k1, k2]);
    const last: { hash: string }[] = await manager.query('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const event = manager.create(AuditEventEntity, {
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
      prevHash,
    });
    event.hash = auditHash(prevHash, event);
    return manager.save(AuditEventEntity, event);
  }

  /** Records an event in a transaction of its own (e.g. a failed login, which changes nothing else). */
  async recordAlone(actor: AuditActor, input: AuditRecordInput): Promise<void> {
    await this.dataSource.transaction((m) => this.record(m, actor, input).then(() => undefined));
  }

  /** Walks the whole chain in id order and names the first row whose links or hash do not hold. */
  async verify(batchSize = 5000): Promise<AuditVerification> {
    let prevHash = GENESIS_HASH;
    let lastId = '0';
    let checked = 0;
    for (;;) {
      const rows = await this.dataSource
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.id > :lastId', { lastId })
        .orderBy('e.id', 'ASC')
        .limit(batchSize)
        .getMany();
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.prevHash !== prevHash) {
          return { valid: false, checked, firstBrokenId: row.id, reason: 'prev_hash does not match the previous row (a row was removed, inserted or changed before it)' };
        }
        if (auditHash(row.prevHash, row) !== row.hash) {
          return { valid: false, checked, firstBrokenId: row.id, reason: 'the row content does not match its hash (the row was changed)' };
        }
        prevHash = row.hash;
        lastId = row.id;
        checked++;
      }
    }
    return { valid: true, checked, firstBrokenId: null, reason: null };
  }
}
