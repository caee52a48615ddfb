import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A notice in one user's in-app inbox (a letter arrived, a reply came back, a message…). */
@Entity({ name: 'in_app_notifications' })
@Index('ix_in_app_notifications_user', ['userId', 'createdAt'])
export class InAppNotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** e.g. `delivery.created`, `delivery.replied`, `message.posted`. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId: string | null;

  @Column({ name: 'delivery_id', type: 'uuid', nullable: true })
  deliveryId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
