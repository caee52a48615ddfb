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

/** One thing `/audit/verify` found wrong: a row (`id`) or a checkpoint (`checkpointId`). */
export interface AuditProblem {
  /** The row it is about (the lowest such row is `firstBrokenId`); null for a checkpoint's own signature. */
  id: string | null;
  chain: number | null;
  checkpointId: string | null;
  reason: string;
}

export interface AuditVerification {
  valid: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
  /** How many checkpoints were checked (their signatures, and every chain against their heads). */
  checkpoints: number;
  /** Everything found wrong, row problems in id order then checkpoint problems (at most 100). */
  problems: AuditProblem[];
}

/** The head of one chain when a checkpoint was taken: its last row (`"0"` and the genesis hash when empty). */
export interface CheckpointHead {
  chain: number;
  lastId: string;
  hash: string;
}

/** A signed checkpoint: `signature` is Ed25519 over `checkpointPayload` (id, takenAt, heads), base64. */
export interface AuditCheckpoint {
  id: string;
  takenAt: string;
  heads: CheckpointHead[];
  signature: string;
}
