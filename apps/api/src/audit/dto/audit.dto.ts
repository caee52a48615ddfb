import { ApiProperty } from '@nestjs/swagger';

export class AuditProblemDto {
  @ApiProperty({ nullable: true, type: String, description: 'the row concerned (null: a checkpoint signature)' }) id: string | null;
  @ApiProperty({ nullable: true, type: Number }) chain: number | null;
  @ApiProperty({ nullable: true, type: String }) checkpointId: string | null;
  @ApiProperty() reason: string;
}

export class AuditVerificationDto {
  @ApiProperty() valid: boolean;
  @ApiProperty() checked: number;
  @ApiProperty({ nullable: true, type: String, description: 'id of the lowest row found broken' }) firstBrokenId: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ description: 'checkpoints checked' }) checkpoints: number;
  @ApiProperty({ type: [AuditProblemDto] }) problems: AuditProblemDto[];
}

export class CheckpointHeadDto {
  @ApiProperty() chain: number;
  @ApiProperty({ description: 'id of the last row of the chain ("0": empty)' }) lastId: string;
  @ApiProperty() hash: string;
}

export class AuditCheckpointDto {
  @ApiProperty() id: string;
  @ApiProperty() takenAt: string;
  @ApiProperty({ type: [CheckpointHeadDto] }) heads: CheckpointHeadDto[];
  @ApiProperty({ description: 'Ed25519 over the canonical JSON of {heads, id, takenAt}, base64' }) signature: string;
}

export class AuditPublicKeyDto {
  @ApiProperty({ example: 'Ed25519' }) algorithm: string;
  @ApiProperty({ description: 'SPKI PEM' }) pem: string;
  @ApiProperty({ description: 'raw 32-byte key, base64' }) raw: string;
  @ApiProperty({ description: 'SHA-256 of the raw key, hex' }) fingerprint: string;
}

/** One audit row as GET /audit answers it (rows the caller reads only in part have no actor and only public data). */
export class AuditEventDto {
  @ApiProperty({ example: '1042', description: 'Row number (bigint, as a string)' }) id: string;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '周承办' }) actorName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorOrgId: string | null;
  @ApiProperty({ example: 'suggestion.approved' }) action: string;
  @ApiProperty({ example: 'suggestion' }) entityType: string;
  @ApiProperty({ type: String, nullable: true }) entityId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What happened (fields by action)' }) data: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: String, nullable: true }) correlationId: string | null;
  @ApiProperty({ description: 'HMAC of this row over the previous one (hex)' }) hash: string;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

export class AuditCheckpointPageDto {
  @ApiProperty({ type: [AuditCheckpointDto] }) items: AuditCheckpointDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}
