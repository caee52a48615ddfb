import { AuditService, SYSTEM_ACTOR } from '@app/audit';
import { DataSource } from 'typeorm';

/**
 * Provisional legal calendars for the demo only, so letters issued in the demo near the end of
 * a year can be given due dates in the next one before the State Council has published (or an
 * administrator has loaded) its schedule. Built from the statutory holidays of 《全国年节及纪念日放假办法》
 * (2024 revision) on that year's lunar dates, without 调休 working weekends. A production
 * installation never gets these: the administrator enters the published schedule at
 * 菜单「节假日日历」 (`PUT /api/v1/calendar/:year`), which replaces the provisional one.
 */
const PROVISIONAL: Record<number, string[]> = {
  2027: [
    '2027-01-01',
    '2027-01-02',
    '2027-01-03', // 元旦 (Fri–Sun)
    '2027-02-05',
    '2027-02-06',
    '2027-02-07',
    '2027-02-08',
    '2027-02-09',
    '2027-02-10',
    '2027-02-11',
    '2027-02-12', // 春节 (除夕 2-05)
    '2027-04-03',
    '2027-04-04',
    '2027-04-05', // 清明 (4-05, Mon)
    '2027-05-01',
    '2027-05-02',
    '2027-05-03',
    '2027-05-04',
    '2027-05-05', // 劳动节
    '2027-06-09', // 端午 (Wed)
    '2027-09-15', // 中秋 (Wed)
    '2027-10-01',
    '2027-10-02',
    '2027-10-03',
    '2027-10-04',
    '2027-10-05',
    '2027-10-06',
    '2027-10-07', // 国庆
  ],
};

/** Loads the provisional years the demo's clock can reach that nobody has entered; says which. */
export async function seedProvisionalCalendars(ds: DataSource, audit: AuditService, now = new Date()): Promise<string> {
  const thisYear = now.getUTCFullYear();
  const loaded: number[] = [];
  for (const year of [thisYear, thisYear + 1]) {
    const holidays = PROVISIONAL[year];
    if (!holidays) continue;
    await ds.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO legal_calendars (year, holidays, workdays, version, updated_at, updated_by)
         VALUES ($1, $2::date[], '{}'::date[], 1, $3, NULL) ON CONFLICT (year) DO NOTHING RETURNING year`,
        [year, holidays, now],
      );
      if (inserted.length === 0) return;
      loaded.push(year);
      await audit.record(m, SYSTEM_ACTOR, {
        action: 'calendar.create',
        entityType: 'legal_calendar',
        entityId: String(year),
        data: { year, version: 1, provisional: true, holidaysAdded: holidays, workdaysAdded: [] },
      });
    });
  }
  return loaded.length === 0
    ? 'calendars: as loaded'
    : `calendars: provisional ${loaded.join(', ')} (demo only, no 调休; replace with the State Council schedule at 菜单「节假日日历」)`;
}
