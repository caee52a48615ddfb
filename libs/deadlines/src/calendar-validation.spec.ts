import { loadConfig } from '@app/core';
import { validateCalendar } from './calendar.service';

describe('validateCalendar', () => {
  it('accepts the lists of its own year', () => {
    expect(validateCalendar(2027, { holidays: ['2027-01-01'], workdays: ['2027-02-06'] })).toEqual([]);
  });

  it('names every problem: other year, both lists, weekday 调休, bad date', () => {
    const problems = validateCalendar(2027, {
      holidays: ['2027-01-01', '2026-12-31', '2027-02-30'],
      workdays: ['2027-01-01', '2027-02-08', '2028-01-01'],
    });
    expect(problems).toEqual([
      { field: 'holidays.1', message: '2026-12-31 does not belong to 2027' },
      { field: 'holidays.2', message: '"2027-02-30" is not a YYYY-MM-DD date' },
      { field: 'workdays.0', message: '2027-01-01 is listed both as a holiday and as a working day' },
      { field: 'workdays.1', message: '2027-02-08 is a Monday; only a Saturday or Sunday can be a 调休 working day' },
      { field: 'workdays.2', message: '2028-01-01 does not belong to 2027' },
    ]);
  });
});

describe('DUE_SOON_DAYS', () => {
  it('defaults to 7, is configurable and validated', () => {
    expect(loadConfig({ APP_ENV: 'test' }).dueSoonDays).toBe(7);
    expect(loadConfig({ APP_ENV: 'test', DUE_SOON_DAYS: '3' }).dueSoonDays).toBe(3);
    expect(() => loadConfig({ APP_ENV: 'test', DUE_SOON_DAYS: 'soon' })).toThrow(/DUE_SOON_DAYS/);
  });
});
