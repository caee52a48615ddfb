import { businessDate } from './business-date';

describe('businessDate', () => {
  it('gives the date in the zone on both sides of its midnight', () => {
    expect(businessDate(new Date('2025-09-30T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2025-09-30');
    expect(businessDate(new Date('2025-09-30T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2025-10-01');
  });

  it('answers each zone for itself when calls for several zones interleave within one second', () => {
    const at = new Date('2025-12-31T20:30:00.250Z');
    expect(businessDate(at, 'Asia/Shanghai')).toBe('2026-01-01');
    expect(businessDate(at, 'UTC')).toBe('2025-12-31');
    expect(businessDate(new Date('2025-12-31T20:30:00.900Z'), 'Asia/Shanghai')).toBe('2026-01-01');
    expect(businessDate(new Date('2025-12-31T20:30:00.900Z'), 'America/New_York')).toBe('2025-12-31');
  });

  it('moves to the next date when the next call falls after midnight', () => {
    expect(businessDate(new Date('2026-03-01T15:59:59.500Z'), 'Asia/Shanghai')).toBe('2026-03-01');
    expect(businessDate(new Date('2026-03-01T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2026-03-02');
    expect(businessDate(new Date('2026-03-01T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-03-01');
  });

  it('rejects an unknown zone and an invalid instant', () => {
    expect(() => businessDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => businessDate(new Date(NaN), 'Asia/Shanghai')).toThrow(RangeError);
  });
});
