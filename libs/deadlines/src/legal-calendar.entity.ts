import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * One year of the legal calendar (table `legal_calendars`): statutory holidays and 调休 weekend
 * working days. Read through {@link CalendarService} (dates come back as `YYYY-MM-DD` strings).
 */
@Entity({ name: 'legal_calendars' })
export class LegalCalendarEntity {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'date', array: true })
  holidays: string[];

  /** 调休: weekend days that are working days. */
  @Column({ type: 'date', array: true })
  workdays: string[];

  @VersionColumn()
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;
}
