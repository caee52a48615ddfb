import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, assertVersion, Clock, FieldError, isIsoDate } from '@app/core';
import { AuditService } from '@app/audit';
import { actorOf, Principal } from '@app/identity';
import { CalendarRow, loadCalendarRow, loadCalendarRows } from './calendar.repository';
import { DeadlineErrorCode } from './deadline-error-codes';
import { DeadlineService } from './deadline.service';
import { isWeekend } from './legal-calendar';

export interface CalendarInput {
  holidays: string[];
  workdays: string[];
  /** The version the administrator edited; a stale one is refused with 409. */
  version?: number;
}

const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Checks one year's lists; every problem is named (field `holidays.3`, `workdays.0`). */
export function validateCalendar(year: number, input: Pick<CalendarInput, 'holidays' | 'workdays'>): FieldError[] {
  const problems: FieldError[] = [];
  const check = (list: 'holidays' | 'workdays', d: string, i: number): boolean => {
    if (!isIsoDate(d)) {
      problems.push({ field: `${list}.${i}`, message: `"${d}" is not a YYYY-MM-DD date` });
      return false;
    }
    if (Number(d.slice(0, 4)) !== year) {
      problems.push({ field: `${list}.${i}`, message: `${d} does not belong to ${year}` });
      return false;
    }
    return true;
  };
  const holidays = new Set<string>();
  input.holidays.forEach((d, i) => check('holidays', d, i) && holidays.add(d));
  input.workdays.forEach((d, i) => {
    if (!check('workdays', d, i)) return;
    if (holidays.has(d)) problems.push({ field: `workdays.${i}`, message: `${d} is listed both as a holiday and as a working day` });
    else if (!isWeekend(d)) {
      const dow = WEEKDAY[new Date(`${d}T00:00:00Z`).getUTCDay()];
      problems.push({ field: `workdays.${i}`, message: `${d} is a ${dow}; only a Saturday or Sunday can be a 调休 working day` });
    }
  });
  return problems;
}

/** Reads and maintains the legal calendar (SYS_ADMIN writes; everyone signed in reads). */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<CalendarRow[]> {
    return loadCalendarRows(this.dataSource);
  }

  /** One year; 404 CALENDAR_NOT_LOADED when nobody has entered it. */
  async get(year: number): Promise<CalendarRow> {
    const row = await loadCalendarRow(this.dataSource, year);
    if (!row) throw new AppException(404, DeadlineErrorCode.CALENDAR_NOT_LOADED, `No legal calendar is loaded for ${year}`, { year });
    return row;
  }

  /** Creates or replaces one year's calendar, audited in the same transaction. */
  async put(actor: Principal, year: number, input: CalendarInput): Promise<CalendarRow> {
    const problems = validateCalendar(year, input);
    if (problems.length > 0) throw AppException.validation(problems, `The calendar for ${year} is not valid`);
    const holidays = [...new Set(input.holidays)].sort();
    const workdays = [...new Set(input.workdays)].sort();
    const now = this.clock.now();
    const saved = await this.dataSource.transaction(async (m) => {
      const before = await loadCalendarRow(m, year, true);
      if (before) {
        assertVersion(input.version, before.version);
        await m.query(
          `UPDATE legal_calendars SET holidays = $2::date[], workdays = $3::date[], version = version + 1, updated_at = $4, updated_by = $5 WHERE year = $1`,
          [year, holidays, workdays, now, actor.userId],
        );
      } else {
        if (input.version !== undefined && input.version !== null) throw AppException.versionConflict(0);
        await m.query(
          `INSERT INTO legal_calendars (year, holidays, workdays, version, updated_at, updated_by) VALUES ($1, $2::date[], $3::date[], 1, $4, $5)`,
          [year, holidays, workdays, now, actor.userId],
        );
      }
      const after = (await loadCalendarRow(m, year))!;
      const added = (a: string[], b: string[]) => a.filter((d) => !b.includes(d));
      await this.audit.record(m, actorOf(actor), {
        action: before ? 'calendar.update' : 'calendar.create',
        entityType: 'legal_calendar',
        entityId: String(year),
        data: {
          year,
          version: after.version,
          holidaysAdded: added(after.holidays, before?.holidays ?? []),
          holidaysRemoved: added(before?.holidays ?? [], after.holidays),
          workdaysAdded: added(after.workdays, before?.workdays ?? []),
          workdaysRemoved: added(before?.workdays ?? [], after.workdays),
        },
      });
      return after;
    });
    this.deadlines.invalidate();
    return saved;
  }
}
