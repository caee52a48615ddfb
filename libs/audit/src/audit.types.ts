/** Who did something: a user, an organization's API token, or the system itself. */
export interface AuditActor {
  userId: string | null;
  name: string | null;
  organizationId: string | null;
  ip?: string | null;
  correlationId?: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, name: 'system', organizationId: null };

export interface AuditRecordInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  organizationId?: string | null;
  data?: Record<string, unknown>;
  /** When it happened; defaults to the clock's now. */
  at?: Date;
}

export interface AuditVerification {
  valid: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
}
