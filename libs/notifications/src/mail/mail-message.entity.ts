import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MailStatus = 'QUEUED' | 'SENT' | 'FAILED';

/**
 * One logical email (table `mail_messages`). Written with its outbox row in the transaction that
 * causes it; `dedupe_key` makes it exist once, `message_id` is fixed here and reused by every
 * send attempt, so a retry after a crash carries the same Message-ID.
 */
@Entity({ name: 'mail_messages' })
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'dedupe_key', type: 'text' }) dedupeKey: string;
  @Column({ name: 'message_id', type: 'text' }) messageId: string;
  @Column({ type: 'text' }) template: string;
  @Column({ name: 'to_addresses', type: 'text', array: true }) to: string[];
  @Column({ type: 'text' }) subject: string;
  @Column({ name: 'text_body', type: 'text' }) text: string;
  @Column({ name: 'html_body', type: 'text' }) html: string;
  @Column({ type: 'text', default: 'QUEUED' }) status: MailStatus;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'smtp_response', type: 'text', nullable: true }) smtpResponse: string | null;
  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true }) suggestionId: string | null;
  @Column({ name: 'delivery_id', type: 'uuid', nullable: true }) deliveryId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
}
