import { AuditHashInput } from './audit-hash';

/** An audit_events row as SQL returns it (for verification and re-chaining; pg returns bigint ids as strings). */
export interface AuditRow {
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

export const AUDIT_ROW_COLUMNS =
  'id, occurred_at, actor_user_id, actor_name, actor_org_id, action, entity_type, entity_id, organization_id, data, ip, correlation_id, chain, prev_hash, hash';

/** The fields of a stored row that its hash covers. */
export function rowContent(row: AuditRow): AuditHashInput {
  return {
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    actorOrgId: row.actor_org_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    organizationId: row.organization_id,
    data: row.data,
    ip: row.ip,
    correlationId: row.correlation_id,
  };
}
