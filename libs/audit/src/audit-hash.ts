import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * How many hash chains the audit trail has (the AuditChains migration's CHECK allows 0–31).
 * More chains let more transactions append at once; each chain is verified on its own.
 */
export const AUDIT_CHAINS = 32;

/**
 * Where chain `k` starts. Chain 0 holds the rows written before there were several chains and
 * starts at GENESIS_HASH; the others each start at a hash of their own, so a row moved to another
 * chain never links. Same formula as the SQL function audit_chain_genesis.
 */
export function chainGenesis(k: number): string {
  return k === 0 ? GENESIS_HASH : createHash('sha256').update(`sifa-jianyi audit chain ${k}`).digest('hex');
}

/**
 * The chain for an event about `key` (entity type and id): FNV-1a, stable across processes and
 * releases, so one entity's events spread nowhere but different entities spread over all chains.
 */
export function chainFor(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % AUDIT_CHAINS;
}

/** The fields an audit hash covers: everything but the row id, its chain and the hashes themselves. */
export interface AuditHashInput {
  occurredAt: Date;
  actorUserId: string | null;
  actorName: string | null;
  actorOrgId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  organizationId: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  correlationId: string | null;
}

/** The canonical text of an event that its hash covers. */
export function auditPayload(e: AuditHashInput): string {
  return canonicalJson({
    occurredAt: e.occurredAt.toISOString(),
    actorUserId: e.actorUserId,
    actorName: e.actorName,
    actorOrgId: e.actorOrgId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    organizationId: e.organizationId,
    data: e.data ?? {},
    ip: e.ip,
    correlationId: e.correlationId,
  });
}

/**
 * The keyed chain (AuditKeyedChains migration). Each event's *seal* is HMAC-SHA256(AUDIT_HMAC_KEY,
 * payload), computed in Node — the key never reaches PostgreSQL — and never stored; the row's hash
 * is SHA-256(prev_hash ‖ '\n' ‖ seal), computed by audit_append under the chain's lock. Without
 * the key nobody can produce the seal of a forged or changed row, nor relink the rows after a
 * removed one (their seals are not in the database).
 */
export function auditSeal(key: Buffer | string, payload: string): string {
  return createHmac('sha256', key).update(payload, 'utf8').digest('hex');
}

/** SHA-256(prev ‖ '\n' ‖ seal): the link audit_append stores as `hash`. */
export function linkHash(prevHash: string, seal: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(seal).digest('hex');
}

/** The hash of an event after `prevHash`, under `key`. */
export function auditHash(key: Buffer | string, prevHash: string, e: AuditHashInput): string {
  return linkHash(prevHash, auditSeal(key, auditPayload(e)));
}

/** The unkeyed hash of rows written before the AuditKeyedChains migration: SHA-256(prev ‖ '\n' ‖ payload). */
export function legacyAuditHash(prevHash: string, e: AuditHashInput): string {
  return createHash('sha256').update(prevHash).update('\n').update(auditPayload(e)).digest('hex');
}
