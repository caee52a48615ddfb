import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG } from '@app/core';
import { DataSource } from 'typeorm';
import { auditPayload, auditSeal, chainGenesis, linkHash } from './audit-hash';
import { AUDIT_ROW_COLUMNS, AuditRow, rowContent } from './audit-row';
import { AuditSigner } from './audit-signer';
import { AuditCheckpoint, AuditProblem, AuditVerification, CheckpointHead } from './audit.types';

const MAX_PROBLEMS = 100;

interface Anchor {
  lastId: bigint;
  hash: string;
  checkpointId: string;
}

/**
 * `/audit/verify`: walks every row in id order, following each chain from its genesis, and checks
 * (1) each row's link to the previous row of its chain, (2) its keyed hash (HMAC seal, so a row
 * forged or changed without AUDIT_HMAC_KEY never verifies), and (3) every chain against the head
 * each signed checkpoint recorded for it — so removing the newest rows of a chain, or rewriting
 * history even with the key, is caught at or before any checkpoint's `lastId`. A checkpoint whose
 * signature fails is reported and not used as an anchor.
 *
 * One snapshot for the whole walk: appends to different chains commit out of id order, and a row
 * of a chain is only ever committed after the rows before it in that chain, so within one snapshot
 * every chain is complete.
 */
@Injectable()
export class AuditVerifier {
  private readonly hmacKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signer: AuditSigner,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'auditHmacKey'>,
  ) {
    this.hmacKey = Buffer.from(config.auditHmacKey, 'utf8');
  }

  async verify(batchSize = 5000): Promise<AuditVerification> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const rowProblems: AuditProblem[] = [];
      const checkpointProblems: AuditProblem[] = [];
      const report = (p: AuditProblem) => (p.id === null ? checkpointProblems : rowProblems).push(p);

      const checkpoints: { id: string; taken_at: Date; heads: CheckpointHead[]; signature: string }[] = await m.query(
        `SELECT id::text AS id, taken_at, heads, signature FROM audit_checkpoints ORDER BY id`,
      );
      const anchors = new Map<number, Anchor[]>();
      for (const c of checkpoints) {
        const cp: AuditCheckpoint = { id: c.id, takenAt: c.taken_at.toISOString(), heads: c.heads, signature: c.signature };
        if (!Array.isArray(cp.heads) || !this.signer.verify(cp)) {
          report({
            id: null,
            chain: null,
            checkpointId: c.id,
            reason: `checkpoint ${c.id}: its signature does not verify with the audit public key (the checkpoint was changed or forged)`,
          });
          continue;
        }
        for (const h of cp.heads) {
          const list = anchors.get(h.chain) ?? [];
          list.push({ lastId: BigInt(h.lastId), hash: h.hash, checkpointId: c.id });
          anchors.set(h.chain, list);
        }
      }
      for (const list of anchors.values()) list.sort((a, b) => (a.lastId < b.lastId ? -1 : a.lastId > b.lastId ? 1 : 0));

      const heads = new Map<number, { id: bigint; hash: string }>();
      const headOf = (chain: number) => heads.get(chain) ?? { id: 0n, hash: chainGenesis(chain) };
      /** Checks chain `chain` against every anchor whose lastId lies below `before` (the chain now holds exactly the rows up to it). */
      const settle = (chain: number, before: bigint | null) => {
        const list = anchors.get(chain);
        while (list?.length && (before === null || list[0].lastId < before)) {
          const a = list.shift()!;
          const head = headOf(chain);
          if (head.id < a.lastId) {
            report({
              id: String(a.lastId),
              chain,
              checkpointId: a.checkpointId,
              reason: `row ${a.lastId}, the last row of chain ${chain} at checkpoint ${a.checkpointId}, is missing (removed, or moved to another chain)`,
            });
          } else if (head.hash.trim() !== a.hash) {
            report({
              id: String(a.lastId),
              chain,
              checkpointId: a.checkpointId,
              reason: `chain ${chain} no longer ends at row ${a.lastId} with the hash checkpoint ${a.checkpointId} signed (a row at or before it was changed, removed or inserted)`,
            });
          }
        }
      };

      let lastId = '0';
      let checked = 0;
      for (;;) {
        const rows: AuditRow[] = await m.query(`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_events WHERE id > $1 ORDER BY id LIMIT $2`, [lastId, batchSize]);
        if (rows.length === 0) break;
        for (const row of rows) {
          const id = BigInt(row.id);
          settle(row.chain, id);
          const head = headOf(row.chain);
          if (row.prev_hash !== head.hash) {
            report({
              id: row.id,
              chain: row.chain,
              checkpointId: null,
              reason: 'prev_hash does not match the previous row of its chain (a row was removed, inserted, moved or changed before it)',
            });
          } else if (linkHash(row.prev_hash, auditSeal(this.hmacKey, auditPayload(rowContent(row)))) !== row.hash) {
            report({
              id: row.id,
              chain: row.chain,
              checkpointId: null,
              reason: 'the row content does not match its keyed hash (the row was changed, or written without the audit key)',
            });
          }
          heads.set(row.chain, { id, hash: row.hash });
          lastId = row.id;
          checked++;
        }
      }
      for (const chain of anchors.keys()) settle(chain, null);

      rowProblems.sort((a, b) => (BigInt(a.id!) < BigInt(b.id!) ? -1 : BigInt(a.id!) > BigInt(b.id!) ? 1 : 0));
      const problems = [...rowProblems, ...checkpointProblems].slice(0, MAX_PROBLEMS);
      const first = problems[0] ?? null;
      return {
        valid: problems.length === 0,
        checked,
        firstBrokenId: first?.id ?? null,
        reason: first?.reason ?? null,
        checkpoints: checkpoints.length,
        problems,
      };
    });
  }
}
