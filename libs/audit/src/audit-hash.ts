import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields an audit hash covers: everything but the row id and the hashes themselves. */
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

export function auditHash(prevHash: string, e: AuditHashInput): string {
  const payload = canonicalJson({
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
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
}
