import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, AppConfig, APP_CONFIG, businessDate, Clock } from '@app/core';
import { ColourRule, colourRuleFor } from './colour-rule';
import { DeadlineErrorCode } from './deadline-error-codes';
import { loadCalendarRows } from './calendar.repository';
import { DueDateResult, LegalCalendar } from './legal-calendar';

/** How long a process trusts its cached calendar before re-reading it (other processes' PUTs). */
const CACHE_TTL_MS = 60_000;

/**
 * The one place due dates are computed. Callers pass and receive `YYYY-MM-DD` business dates.
 * Working days come from the legal calendar in `legal_calendars` (statutory holidays and 调休
 * working weekends), cached in-process; a PUT in this process invalidates the cache at once,
 * other processes re-read within a minute. A date in a year with no calendar throws 422
 * CALENDAR_NOT_LOADED.
 */
@Injectable()
export class DeadlineService {
  private cached: { calendar: LegalCalendar; loadedAt: number } | null = null;
  private loading: Promise<LegalCalendar> | null = null;
  private generation = 0;

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Today in the business time zone. */
  today(): string {
    return businessDate(this.clock.now(), this.config.businessTz);
  }

  /** The business date of an instant. */
  dateOf(at: Date): string {
    return businessDate(at, this.config.businessTz);
  }

  /** Sign-for due: N working days after the delivery date. */
  async signDueDate(deliveredAt: Date, workingDays = 3): Promise<string> {
    return this.addWorkingDays(this.dateOf(deliveredAt), workingDays);
  }

  /** Reply due: receipt + N months; a last day that is a holiday or rest day moves to the next working day (民事诉讼法 第85条). */
  async replyDueDate(receivedOn: string, months: number): Promise<string> {
    return (await this.calendar()).monthsDue(receivedOn, months).dueDate;
  }

  /** Like {@link replyDueDate}, saying whether and why the last day moved. */
  async monthsDue(from: string, months: number): Promise<DueDateResult> {
    return (await this.calendar()).monthsDue(from, months);
  }

  /** Like {@link addWorkingDays}, saying whether non-working days were skipped. */
  async workingDaysDue(from: string, n: number): Promise<DueDateResult> {
    return (await this.calendar()).workingDaysDue(from, n);
  }

  async addWorkingDays(from: string, n: number): Promise<string> {
    return (await this.calendar()).addWorkingDays(from, n);
  }

  async nextWorkingDayOnOrAfter(date: string): Promise<string> {
    return (await this.calendar()).nextWorkingDayOnOrAfter(date);
  }

  async isWorkingDay(date: string): Promise<boolean> {
    return (await this.calendar()).isWorkingDay(date);
  }

  /**
   * 三色预警 as of `today`, per clock (see ColourRule): colour each delivery with `colourOn(rule,
   * clock, due)`. Counting the sign-for clock's working days needs the calendar only beyond the
   * due date itself; for a year nobody entered, weekends are the rest days.
   */
  async colourRule(today = this.today()): Promise<ColourRule> {
    return colourRuleFor(today, this.config, async (from, n) => {
      if (n === 0) return from;
      try {
        return (await this.calendar()).addWorkingDays(from, n);
      } catch (e) {
        if ((e as { code?: string }).code !== DeadlineErrorCode.CALENDAR_NOT_LOADED) throw e;
        let d = from;
        for (let left = n; left > 0;) {
          d = addDays(d, 1);
          const day = new Date(`${d}T00:00:00Z`).getUTCDay();
          if (day !== 0 && day !== 6) left--;
        }
        return d;
      }
    });
  }

  /** The calendar as loaded now (cached). */
  async calendar(): Promise<LegalCalendar> {
    if (this.cached && Date.now() - this.cached.loadedAt < CACHE_TTL_MS) return this.cached.calendar;
    if (!this.loading) {
      const generation = this.generation;
      const loading: Promise<LegalCalendar> = loadCalendarRows(this.dataSource)
        .then((rows) => {
          const calendar = new LegalCalendar(rows);
          // A PUT that committed while we were reading must not be hidden by this older read.
          if (generation === this.generation) this.cached = { calendar, loadedAt: Date.now() };
          return calendar;
        })
        .finally(() => {
          if (this.loading === loading) this.loading = null;
        });
      this.loading = loading;
    }
    return this.loading;
  }

  /** Forget the cached calendar (after a PUT commits). */
  invalidate(): void {
    this.generation++;
    this.cached = null;
    this.loading = null;
  }
}
