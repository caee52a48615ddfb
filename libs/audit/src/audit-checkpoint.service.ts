import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { MailService } from '@app/notifications';
import { DataSource } from 'typeorm';
import { auditDigestMail } from './audit-digest.mail';
import { AUDIT_CHAINS, chainGenesis } from './audit-hash';
import { AuditSigner } from './audit-signer';
import { AuditService } from './audit.service';
import { AuditActor, AuditCheckpoint, CheckpointHead } from './audit.types';

/**
 * Checkpoints (cf. Certificate Transparency's signed tree heads): the head of every chain, signed
 * with AUDIT_SIGNING_KEY, stored in the append-only `audit_checkpoints` and mailed as a digest to
 * AUDIT_DIGEST_RECIPIENTS through the outbox. `/audit/verify` then checks every chain against every
 * checkpoint, so rows at or before a checkpoint cannot be removed or rewritten unnoticed — even by
 * someone holding the database and the HMAC key.
 */
@Injectable()
export class AuditCheckpointService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly signer: AuditSigner,
    private readonly mails: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Takes a checkpoint: reads all chain heads in one statement (one snapshot; each chain commits in
   * id order, so each head is a complete prefix), signs, stores, queues the digest email and
   * records `audit.checkpoint` (a row after the heads, covered by the next checkpoint).
   */
  async take(actor: AuditActor): Promise<AuditCheckpoint> {
    return this.dataSource.transaction(async (m) => {
      const rows: { chain: number; last_id: string | null; hash: string | null }[] = await m.query(
        `SELECT k AS chain, e.id::text AS last_id, e.hash
           FROM generate_series(0, ${AUDIT_CHAINS - 1}) k
           LEFT JOIN LATERAL (SELECT id, hash FROM audit_events WHERE chain = k ORDER BY id DESC LIMIT 1) e ON true
          ORDER BY k`,
      );
      const heads: CheckpointHead[] = rows.map((r) => ({ chain: r.chain, lastId: r.last_id ?? '0', hash: r.hash ?? chainGenesis(r.chain) }));
      const [{ id }] = await m.query<{ id: string }[]>(`SELECT nextval('audit_checkpoints_id_seq')::text AS id`);
      const takenAt = this.clock.now().toISOString();
      const signature = this.signer.sign({ id, takenAt, heads });
      const checkpoint: AuditCheckpoint = { id, takenAt, heads, signature };
      await m.query(`INSERT INTO audit_checkpoints (id, taken_at, heads, signature, taken_by) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        takenAt,
        JSON.stringify(heads),
        signature,
        actor.name ?? 'system',
      ]);
      const recipients = this.config.auditDigestRecipients;
      if (recipients.length) {
        await this.mails.enqueue(m, {
          dedupeKey: `audit.checkpoint:${id}`,
          to: recipients,
          content: auditDigestMail(this.config.appUrl, this.config.businessTz, checkpoint, this.signer.publicKey),
        });
      }
      const covered = heads.reduce((n, h) => (BigInt(h.lastId) > n ? BigInt(h.lastId) : n), 0n);
      await this.audit.record(m, actor, {
        action: 'audit.checkpoint',
        entityType: 'audit_checkpoint',
        entityId: id,
        data: { lastId: String(covered), recipients: recipients.length, fingerprint: this.signer.publicKey.fingerprint },
      });
      return checkpoint;
    });
  }

  /** Checkpoints, newest first. */
  async list(page: number, pageSize: number): Promise<{ items: AuditCheckpoint[]; total: number; page: number; pageSize: number }> {
    const rows: { id: string; taken_at: Date; heads: CheckpointHead[]; signature: string }[] = await this.dataSource.query(
      `SELECT id::text AS id, taken_at, heads, signature FROM audit_checkpoints ORDER BY id DESC OFFSET $1 LIMIT $2`,
      [(page - 1) * pageSize, pageSize],
    );
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM audit_checkpoints`);
    return { items: rows.map((r) => ({ id: r.id, takenAt: r.taken_at.toISOString(), heads: r.heads, signature: r.signature })), total, page, pageSize };
  }
}
