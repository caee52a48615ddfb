import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { addDays, businessDate, daysBetween } from './business-date';

export type Colour = 'GREEN' | 'YELLOW' | 'RED';

/**
 * The one place due dates are computed. Callers pass and receive `YYYY-MM-DD` business dates.
 * (The legal calendar — statutory holidays and 调休 working weekends — plugs in here.)
 */
@Injectable()
export class DeadlineService {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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

  /** Reply due: receipt + N months; a last day that is not a working day moves to the next working day. */
  async replyDueDate(receivedOn: string, months: number): Promise<string> {
    return this.nextWorkingDayOnOrAfter(addMonths(receivedOn, months));
  }

  async addWorkingDays(from: string, n: number): Promise<string> {
    let d = from;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      if (await this.isWorkingDay(d)) left--;
    }
    return d;
  }

  async nextWorkingDayOnOrAfter(date: string): Promise<string> {
    let d = date;
    while (!(await this.isWorkingDay(d))) d = addDays(d, 1);
    return d;
  }

  async isWorkingDay(date: string): Promise<boolean> {
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    return dow !== 0 && dow !== 6;
  }

  /** 三色预警: RED when overdue, YELLOW when due within `yellowDays`, GREEN otherwise (or no due date). */
  colour(dueDate: string | null | undefined, today = this.today(), yellowDays = 7): Colour {
    if (!dueDate) return 'GREEN';
    const left = daysBetween(today, dueDate);
    if (left < 0) return 'RED';
    if (left <= yellowDays) return 'YELLOW';
    return 'GREEN';
  }
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
