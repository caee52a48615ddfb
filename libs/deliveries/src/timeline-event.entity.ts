import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One step in a letter's life (letter-level when deliveryId is null). The timeline endpoint reads these. */
@Entity({ name: 'timeline_events' })
export class TimelineEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'suggestion_id', type: 'uuid' }) suggestionId: string;
  @Column({ name: 'delivery_id', type: 'uuid', nullable: true }) deliveryId: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column({ name: 'actor_org_id', type: 'uuid', nullable: true }) actorOrgId: string | null;
  @Column({ name: 'actor_name', type: 'text', nullable: true }) actorName: string | null;
  @Column({ type: 'text' }) action: string;
  @Column({ name: 'from_status', type: 'text', nullable: true }) fromStatus: string | null;
  @Column({ name: 'to_status', type: 'text', nullable: true }) toStatus: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) data: Record<string, unknown>;
}
