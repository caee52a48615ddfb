import { AppException } from '@app/core';
import { STATE_COUNCIL_CALENDARS } from '../../../migrations/1763777100000-LegalCalendar';
import { addMonths, isWeekend, LegalCalendar } from './legal-calendar';

/** The calendars exactly as the migration seeds them (国务院办公厅 2025 and 2026 notices). */
const cal = new LegalCalendar(STATE_COUNCIL_CALENDARS);

function codeOf(fn: () => unknown): { status: number; code: string; details: unknown } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppException);
    const x = e as AppException;
    return { status: x.getStatus(), code: x.code, details: x.details };
  }
  throw new Error('expected an AppException');
}

describe('the seeded State Council calendars', () => {
  it('hold the published day counts and only weekend 调休 days', () => {
    const [y2025, y2026] = STATE_COUNCIL_CALENDARS;
    expect(y2025.year).toBe(2025);
    expect(y2025.holidays).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
    expect(y2025.workdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(y2026.year).toBe(2026);
    expect(y2026.holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(y2026.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    for (const y of STATE_COUNCIL_CALENDARS) {
      for (const d of y.workdays) expect([d, isWeekend(d)]).toEqual([d, true]);
      for (const d of y.holidays) expect([d, y.workdays.includes(d), d.startsWith(`${y.year}-`)]).toEqual([d, false, true]);
      expect(new Set(y.holidays).size).toBe(y.holidays.length);
    }
  });

  it('knows holidays, rest days, ordinary and 调休 working days', () => {
    expect(cal.kindOf('2025-10-01')).toBe('HOLIDAY');
    expect(cal.kindOf('2025-10-08')).toBe('HOLIDAY');
    expect(cal.kindOf('2025-10-11')).toBe('ADJUSTED_WORKDAY');
    expect(cal.kindOf('2025-10-12')).toBe('REST_DAY');
    expect(cal.kindOf('2025-10-09')).toBe('WORKDAY');
    expect(cal.kindOf('2026-02-17')).toBe('HOLIDAY'); // 正月初一
    expect(cal.kindOf('2026-02-14')).toBe('ADJUSTED_WORKDAY');
    expect(cal.isWorkingDay('2026-01-04')).toBe(true); // Sunday, worked after 元旦
    expect(cal.isWorkingDay('2026-01-02')).toBe(false); // Friday, 元旦 holiday
  });
});

describe('reply due: receipt + N months (民事诉讼法 第85条)', () => {
  it('moves a period ending on National Day to the first working day after the holiday', () => {
    expect(cal.monthsDue('2025-08-01', 2)).toEqual({
      dueDate: '2025-10-09',
      adjusted: true,
      reason: '2025-10-01 is a statutory holiday; the period ends on the first working day after it, 2025-10-09 (民事诉讼法 第85条)',
    });
  });

  it('keeps a period ending on an ordinary working day', () => {
    expect(cal.monthsDue('2025-07-15', 2)).toEqual({ dueDate: '2025-09-15', adjusted: false });
  });

  it('moves a period ending on a plain weekend to the Monday', () => {
    const r = cal.monthsDue('2025-09-13', 2); // 2025-11-13 is a Thursday
    expect(r).toEqual({ dueDate: '2025-11-13', adjusted: false });
    const s = cal.monthsDue('2025-09-15', 2); // 2025-11-15 is a Saturday
    expect(s.dueDate).toBe('2025-11-17');
    expect(s.adjusted).toBe(true);
    expect(s.reason).toMatch(/2025-11-15 is a rest day/);
  });

  it('crosses Spring Festival 2026: a period ending on 正月初一 ends after the 9-day holiday', () => {
    expect(cal.monthsDue('2025-12-17', 2).dueDate).toBe('2026-02-24');
    // a period ending on the 调休 Saturday before the holiday ends that Saturday
    expect(cal.monthsDue('2025-12-14', 2)).toEqual({ dueDate: '2026-02-14', adjusted: false });
  });

  it('clamps to the month end: 2025-12-31 + 2 months is 2026-02-28, a 调休 working Saturday', () => {
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(cal.monthsDue('2025-12-31', 2)).toEqual({ dueDate: '2026-02-28', adjusted: false });
    expect(addMonths('2025-12-31', 1)).toBe('2026-01-31');
    expect(cal.monthsDue('2025-12-31', 1).dueDate).toBe('2026-02-02'); // 01-31 is a Saturday
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('ends on the working day after 劳动节 2026, not on the holiday', () => {
    expect(cal.monthsDue('2026-03-01', 2).dueDate).toBe('2026-05-06');
  });
});

describe('sign-for due: N working days', () => {
  it('counts a 调休 working Sunday: 2025-09-26 (Fri) + 1 working day = 2025-09-28 (Sun)', () => {
    expect(cal.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    const r = cal.workingDaysDue('2025-09-26', 1);
    expect(r.dueDate).toBe('2025-09-28');
    expect(r.adjusted).toBe(true);
  });

  it('counts a 调休 working Saturday: 2025-10-10 (Fri) + 1 working day = 2025-10-11 (Sat)', () => {
    expect(cal.addWorkingDays('2025-10-10', 1)).toBe('2025-10-11');
  });

  it('skips the National Day week', () => {
    expect(cal.addWorkingDays('2025-09-28', 3)).toBe('2025-10-09');
    expect(cal.workingDaysDue('2025-09-28', 3)).toEqual({
      dueDate: '2025-10-09',
      adjusted: true,
      reason: '3 working days after 2025-09-28: 8 statutory holiday(s) and 0 rest day(s) in between are not counted',
    });
  });

  it('crosses Spring Festival 2026 with its working Saturday', () => {
    // Thu 02-12 → Fri 02-13 (1), Sat 02-14 worked (2), holiday 02-15..02-23, Tue 02-24 (3)
    expect(cal.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    // 2026-02-28 (Sat) is worked after the holiday
    expect(cal.addWorkingDays('2026-02-27', 1)).toBe('2026-02-28');
  });

  it('crosses the year end into 2026 (元旦 and the working Sunday 01-04)', () => {
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
  });

  it('gives a plain span when nothing is skipped', () => {
    expect(cal.workingDaysDue('2025-09-01', 3)).toEqual({ dueDate: '2025-09-04', adjusted: false });
  });

  it('nextWorkingDayOnOrAfter keeps a working day and moves a holiday', () => {
    expect(cal.nextWorkingDayOnOrAfter('2025-10-09')).toBe('2025-10-09');
    expect(cal.nextWorkingDayOnOrAfter('2025-01-28')).toBe('2025-02-05');
  });
});

describe('a year with no calendar', () => {
  it('is CALENDAR_NOT_LOADED (422) naming the year, never a guess', () => {
    expect(codeOf(() => cal.isWorkingDay('2027-03-01'))).toEqual({ status: 422, code: 'CALENDAR_NOT_LOADED', details: { year: 2027 } });
    expect(codeOf(() => cal.monthsDue('2026-11-15', 2)).details).toEqual({ year: 2027 });
    expect(codeOf(() => cal.addWorkingDays('2026-12-30', 3)).code).toBe('CALENDAR_NOT_LOADED');
    expect(codeOf(() => cal.kindOf('2024-12-31')).details).toEqual({ year: 2024 });
    expect(() => cal.isWorkingDay('2027-03-01')).toThrow(/2027/);
  });

  it('works once the year is loaded', () => {
    const more = new LegalCalendar([...STATE_COUNCIL_CALENDARS, { year: 2027, holidays: ['2027-01-01'], workdays: [] }]);
    expect(more.monthsDue('2026-11-01', 2).dueDate).toBe('2027-01-04'); // 01-01 holiday, 02/03 weekend
    expect(more.years()).toEqual([2025, 2026, 2027]);
  });

  it('rejects a malformed date with 400', () => {
    expect(codeOf(() => cal.kindOf('2025-02-30')).status).toBe(400);
  });
});
