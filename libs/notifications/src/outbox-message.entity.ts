import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OutboxStatus = 'PENDING' | 'ENQUEUED' | 'DONE' | 'FAILED';

/**
 * Work that must happen after a commit (emails, webhooks, notices), written in the same
 * transaction as the change that causes it. A relay moves PENDING rows to BullMQ; Redis can be
 * lost without losing work. `dedupe_key` makes each logical message exist once.
 */
@Entity({ name: 'outbox_messages' })
@Index('ux_outbox_dedupe', ['dedupeKey'], { unique: true })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text', default: 'PENDING' })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'available_at', type: 'timestamptz' })
  availableAt: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
