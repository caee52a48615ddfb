import { FixedClock, loadConfig } from '@app/core';
import { DataSource } from 'typeorm';
import { STATE_COUNCIL_CALENDARS } from '../../../migrations/1763777100000-LegalCalendar';
import { colourOn } from './colour-rule';
import { DeadlineService } from './deadline.service';

/** A stand-in for Postgres that answers the calendar query with the seeded rows and counts reads. */
function fakeDb(rows = STATE_COUNCIL_CALENDARS.map((c) => ({ ...c, version: 1, updatedAt: new Date(), updatedBy: null }))) {
  const db = {
    reads: 0,
    rows,
    query: async () => {
      db.reads++;
      return db.rows;
    },
  };
  return db;
}

function service(env: Record<string, string> = {}, db = fakeDb()) {
  const clock = new FixedClock(new Date('2025-09-30T16:30:00Z')); // 2025-10-01 00:30 in Shanghai
  return { svc: new DeadlineService(clock, loadConfig({ APP_ENV: 'test', ...env }), db as unknown as DataSource), db, clock };
}

describe('DeadlineService', () => {
  it('dates in the business time zone', () => {
    const { svc } = service();
    expect(svc.today()).toBe('2025-10-01');
    expect(svc.dateOf(new Date('2025-09-26T17:00:00Z'))).toBe('2025-09-27');
  });

  it('computes sign-for and reply due dates on the loaded calendar', async () => {
    const { svc } = service();
    // delivered Friday 2025-09-26 10:00 Shanghai: Sun 09-28 (worked) is day 1
    expect(await svc.signDueDate(new Date('2025-09-26T02:00:00Z'))).toBe('2025-09-30');
    // delivered Monday 2025-09-29 20:00 Shanghai: 09-30 is day 1, then the holiday week
    expect(await svc.signDueDate(new Date('2025-09-29T12:00:00Z'))).toBe('2025-10-10');
    expect(await svc.replyDueDate('2025-08-01', 2)).toBe('2025-10-09');
    expect(await svc.isWorkingDay('2025-10-11')).toBe(true);
    expect(await svc.nextWorkingDayOnOrAfter('2025-10-04')).toBe('2025-10-09');
  });

  it('caches the calendar and re-reads it after invalidate()', async () => {
    const { svc, db } = service();
    await svc.isWorkingDay('2025-10-01');
    await svc.isWorkingDay('2025-10-02');
    expect(db.reads).toBe(1);
    db.rows = [{ year: 2025, holidays: [], workdays: [], version: 2, updatedAt: new Date(), updatedBy: null }];
    expect(await svc.isWorkingDay('2025-10-01')).toBe(false);
    svc.invalidate();
    expect(await svc.isWorkingDay('2025-10-01')).toBe(true);
    expect(db.reads).toBe(2);
  });

  it('throws CALENDAR_NOT_LOADED for a year nobody entered', async () => {
    const { svc } = service();
    await expect(svc.replyDueDate('2026-12-01', 2)).rejects.toMatchObject({ code: 'CALENDAR_NOT_LOADED', details: { year: 2027 } });
  });

  it('colours per clock: reply by DUE_SOON_DAYS, follow-up by FOLLOW_UP_DUE_SOON_DAYS, sign-for on its last working day', async () => {
    const { svc } = service(); // today 2025-10-01, inside the National Day week (10-01..08 off)
    const rule = await svc.colourRule();
    expect(colourOn(rule, 'REPLY', '2025-10-08')).toBe('YELLOW');
    expect(colourOn(rule, 'REPLY', '2025-10-09')).toBe('GREEN');
    expect(colourOn(rule, 'REPLY', '2025-09-30')).toBe('RED');
    expect(colourOn(rule, 'FOLLOW_UP', '2025-10-08')).toBe('YELLOW');
    expect(colourOn(rule, null, null)).toBe('GREEN');
    // A sign-for clock due in 2 days is green (it was yellow for every fresh delivery under one 7-day rule).
    expect(colourOn(rule, 'SIGN', '2025-10-03')).toBe('GREEN');
    expect(colourOn(rule, 'SIGN', '2025-10-01')).toBe('YELLOW');
    const { svc: tuned } = service({ DUE_SOON_DAYS: '2', FOLLOW_UP_DUE_SOON_DAYS: '0', SIGN_DUE_SOON_WORKING_DAYS: '2' });
    const t = await tuned.colourRule();
    expect(colourOn(t, 'REPLY', '2025-10-03')).toBe('YELLOW');
    expect(colourOn(t, 'REPLY', '2025-10-04')).toBe('GREEN');
    expect(colourOn(t, 'FOLLOW_UP', '2025-10-02')).toBe('GREEN');
    // Two working days: today (a holiday) counts none, the next working day is 10-09.
    expect(t.yellowUntil.SIGN).toBe('2025-10-09');
    expect(colourOn(t, 'SIGN', '2025-10-09')).toBe('YELLOW');
    expect(colourOn(t, 'SIGN', '2025-10-10')).toBe('GREEN');
    const { svc: never } = service({ SIGN_DUE_SOON_WORKING_DAYS: '0' });
    expect(colourOn(await never.colourRule(), 'SIGN', '2025-10-01')).toBe('GREEN');
  });
});
