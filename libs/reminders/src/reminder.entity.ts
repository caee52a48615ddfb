import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audience, ReminderKind } from './reminder-policy';

@Entity({ name: 'reminders' })
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @Column({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @Column({ type: 'text' })
  kind: ReminderKind;

  @Column({ type: 'integer' })
  stage: number;

  @Column({ type: 'integer' })
  period: number;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ name: 'days_overdue', type: 'integer' })
  daysOverdue: number;

  @Column({ type: 'text', array: true })
  audience: Audience[];

  @Column({ name: 'as_of', type: 'date' })
  asOf: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
