import { addDays, AppException, daysBetween, isIsoDate } from '@app/core';
import { DeadlineErrorCode } from './deadline-error-codes';

/** One year of the legal calendar: statutory holidays and 调休 weekend working days. */
export interface CalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
}

/** WORKDAY (Mon–Fri), ADJUSTED_WORKDAY (调休: a weekend day that is worked), REST_DAY (weekend), HOLIDAY. */
export type DayKind = 'WORKDAY' | 'ADJUSTED_WORKDAY' | 'REST_DAY' | 'HOLIDAY';

export interface DueDateResult {
  dueDate: string;
  /** True when the plain count (date + N months, or N calendar days) was moved by the calendar. */
  adjusted: boolean;
  reason?: string;
}

export function calendarNotLoaded(year: number): AppException {
  return new AppException(
    422,
    DeadlineErrorCode.CALENDAR_NOT_LOADED,
    `No legal calendar is loaded for ${year}: a system administrator must enter its holidays and 调休 working days (PUT /api/v1/calendar/${year}) before due dates in ${year} can be computed`,
    { year },
  );
}

/** Calendar months, clamped to the month's last day (01-31 + 1 month = 02-28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function isWeekend(date: string): boolean {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
}

function yearOf(date: string): number {
  if (!isIsoDate(date)) throw AppException.validation([{ field: 'date', message: `"${date}" is not a YYYY-MM-DD date` }]);
  return Number(date.slice(0, 4));
}

/**
 * The legal calendar as pure data and arithmetic (no I/O). A working day is a weekday that is
 * not a statutory holiday, or a listed 调休 working weekend day. Any question about a day of a
 * year that is not loaded throws CALENDAR_NOT_LOADED: the calendar never guesses.
 */
export class LegalCalendar {
  private readonly holidays = new Set<string>();
  private readonly workdays = new Set<string>();
  private readonly loaded = new Set<number>();

  constructor(years: Iterable<CalendarYear>) {
    for (const y of years) {
      this.loaded.add(y.year);
      for (const d of y.holidays) this.holidays.add(d);
      for (const d of y.workdays) this.workdays.add(d);
    }
  }

  hasYear(year: number): boolean {
    return this.loaded.has(year);
  }

  years(): number[] {
    return [...this.loaded].sort((a, b) => a - b);
  }

  kindOf(date: string): DayKind {
    const year = yearOf(date);
    if (!this.loaded.has(year)) throw calendarNotLoaded(year);
    if (this.holidays.has(date)) return 'HOLIDAY';
    if (this.workdays.has(date)) return 'ADJUSTED_WORKDAY';
    return isWeekend(date) ? 'REST_DAY' : 'WORKDAY';
  }

  isWorkingDay(date: string): boolean {
    const k = this.kindOf(date);
    return k === 'WORKDAY' || k === 'ADJUSTED_WORKDAY';
  }

  /** The date itself when it is a working day, else the first working day after it. */
  nextWorkingDayOnOrAfter(date: string): string {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** The N-th working day after `from` (`from` itself is not counted; N = 0 gives `from`). */
  addWorkingDays(from: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new Error(`addWorkingDays: n must be a non-negative integer (got ${n})`);
    let d = from;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /**
   * A period of N months from `from` (the day of receipt is not counted): it ends on the same
   * day N months later (clamped to the month's end); a last day that is a statutory holiday or a
   * rest day moves to the first working day after it (民事诉讼法 第85条).
   */
  monthsDue(from: string, months: number): DueDateResult {
    yearOf(from);
    const nominal = addMonths(from, months);
    const kind = this.kindOf(nominal);
    if (kind === 'WORKDAY' || kind === 'ADJUSTED_WORKDAY') return { dueDate: nominal, adjusted: false };
    const dueDate = this.nextWorkingDayOnOrAfter(nominal);
    const what = kind === 'HOLIDAY' ? 'a statutory holiday' : 'a rest day';
    return {
      dueDate,
      adjusted: true,
      reason: `${nominal} is ${what}; the period ends on the first working day after it, ${dueDate} (民事诉讼法 第85条)`,
    };
  }

  /** N working days after `from`: rest days and holidays are skipped, 调休 working weekend days count. */
  workingDaysDue(from: string, n: number): DueDateResult {
    yearOf(from);
    const dueDate = this.addWorkingDays(from, n);
    const span = daysBetween(from, dueDate);
    if (span === n) return { dueDate, adjusted: false };
    let holidays = 0;
    let rest = 0;
    for (let d = addDays(from, 1); d < dueDate; d = addDays(d, 1)) {
      const k = this.kindOf(d);
      if (k === 'HOLIDAY') holidays++;
      else if (k === 'REST_DAY') rest++;
    }
    return {
      dueDate,
      adjusted: true,
      reason: `${n} working days after ${from}: ${holidays} statutory holiday(s) and ${rest} rest day(s) in between are not counted`,
    };
  }
}
