import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A message received by the demo's built-in SMTP catcher (table `caught_mails`); every arrival is kept, duplicates included. */
@Entity({ name: 'caught_mails' })
export class CaughtMailEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'message_id', type: 'text', nullable: true }) messageId: string | null;
  @Column({ name: 'mail_from', type: 'text' }) from: string;
  @Column({ name: 'rcpt_to', type: 'text', array: true }) to: string[];
  @Column({ type: 'text' }) subject: string;
  @Column({ name: 'text_body', type: 'text', nullable: true }) text: string | null;
  @Column({ name: 'html_body', type: 'text', nullable: true }) html: string | null;
  @Column({ type: 'jsonb' }) headers: Record<string, string>;
  @Column({ type: 'integer' }) size: number;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
}
