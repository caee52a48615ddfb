import { DataSource, EntityManager } from 'typeorm';

export interface CalendarRow {
  year: number;
  holidays: string[];
  workdays: string[];
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

const SELECT = `SELECT year, holidays::text[] AS holidays, workdays::text[] AS workdays, version, updated_at AS "updatedAt", updated_by AS "updatedBy" FROM legal_calendars`;

function sortRow(r: CalendarRow): CalendarRow {
  return { ...r, holidays: [...r.holidays].sort(), workdays: [...r.workdays].sort() };
}

/** Every loaded year (a handful of rows). Dates as `YYYY-MM-DD` text, not JS Dates. */
export async function loadCalendarRows(db: DataSource | EntityManager): Promise<CalendarRow[]> {
  const rows: CalendarRow[] = await db.query(`${SELECT} ORDER BY year`);
  return rows.map(sortRow);
}

export async function loadCalendarRow(db: DataSource | EntityManager, year: number, forUpdate = false): Promise<CalendarRow | null> {
  const rows: CalendarRow[] = await db.query(`${SELECT} WHERE year = $1${forUpdate ? ' FOR UPDATE' : ''}`, [year]);
  return rows[0] ? sortRow(rows[0]) : null;
}
