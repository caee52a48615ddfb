import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { DeliveryKind, DeliveryStatus } from './delivery.types';

/** One recipient's copy of an issued letter, with its clocks (indexes: see the ClosedLoop migration). */
@Entity({ name: 'deliveries' })
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'suggestion_id', type: 'uuid' }) suggestionId: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'text' }) kind: DeliveryKind;
  @Column({ type: 'text' }) status: DeliveryStatus;
  @Column({ name: 'delivered_at', type: 'timestamptz' }) deliveredAt: Date;
  @Column({ name: 'sign_due_date', type: 'date', nullable: true }) signDueDate: string | null;
  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true }) signedAt: Date | null;
  @Column({ name: 'signed_by', type: 'uuid', nullable: true }) signedBy: string | null;
  @Column({ name: 'signed_by_name', type: 'text', nullable: true }) signedByName: string | null;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
  @Column({ name: 'reply_due_date', type: 'date', nullable: true }) replyDueDate: string | null;
  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true }) repliedAt: Date | null;
  @Column({ name: 'evaluation_result', type: 'text', nullable: true }) evaluationResult: string | null;
  @Column({ name: 'evaluation_comment', type: 'text', nullable: true }) evaluationComment: string | null;
  @Column({ name: 'evaluated_at', type: 'timestamptz', nullable: true }) evaluatedAt: Date | null;
  @Column({ name: 'evaluated_by_name', type: 'text', nullable: true }) evaluatedByName: string | null;
  @Column({ name: 'follow_up_date', type: 'date', nullable: true }) followUpDate: string | null;
  @Column({ name: 'implementation_status', type: 'text', nullable: true }) implementationStatus: string | null;
  @Column({ name: 'implementation_note', type: 'text', nullable: true }) implementationNote: string | null;
  @Column({ name: 'implementation_reported_at', type: 'timestamptz', nullable: true }) implementationReportedAt: Date | null;
  @Column({ name: 'implementation_confirmed_at', type: 'timestamptz', nullable: true }) implementationConfirmedAt: Date | null;
  @Column({ name: 'rejected_reason', type: 'text', nullable: true }) rejectedReason: string | null;
  @Column({ name: 'rejected_at', type: 'timestamptz', nullable: true }) rejectedAt: Date | null;
  @Column({ name: 'rerouted_from_id', type: 'uuid', nullable: true }) reroutedFromId: string | null;
  @Column({ name: 'rerouted_to_id', type: 'uuid', nullable: true }) reroutedToId: string | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'closed_reason', type: 'text', nullable: true }) closedReason: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
