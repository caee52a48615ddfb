/** Calendar helpers of the case figures: business dates and whole months ('YYYY-MM-01'). */

import { businessDate } from '@app/core';

/** 'YYYY-MM-DD' of an instant in the business time zone (libs/core businessDate). */
export const dayIn = businessDate;

/** The first day of the month of a 'YYYY-MM-DD' or 'YYYY-MM' date. */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** A month ('YYYY-MM-01') moved by `n` months. */
export function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${yy}-${String(mm + 1).padStart(2, '0')}-01`;
}

/** Whole months from `from` (inclusive) to `to` (exclusive), both 'YYYY-MM-01'. */
export function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** The period label of a month at a granularity: 2025-03, 2025-Q1, 2025. */
export function periodOf(month: string, granularity: 'month' | 'quarter' | 'year'): string {
  if (granularity === 'year') return month.slice(0, 4);
  if (granularity === 'quarter') return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
  return month.slice(0, 7);
}

/** Relative change (after − before) / before, rounded to 4 decimals; null when before is 0. */
export function changeOf(before: number, after: number): number | null {
  return before > 0 ? Math.round(((after - before) / before) * 10000) / 10000 : null;
}
