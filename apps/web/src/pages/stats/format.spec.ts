import { formatRate, ratePercent } from './format';

/** The statistics screens show rates as the xlsx exports do (number format 0.00%). */
describe('formatRate', () => {
  it('shows two decimals, as the xlsx exports', () => {
    expect(formatRate(0.995)).toBe('99.50%');
    expect(formatRate(1)).toBe('100.00%');
    expect(formatRate(0)).toBe('0.00%');
    expect(formatRate(1 / 3)).toBe('33.33%');
    expect(formatRate(2 / 3)).toBe('66.67%');
  });

  it('rounds half away from zero like the spreadsheet, not down from binary fractions', () => {
    expect(formatRate(0.87235)).toBe('87.24%');
    expect(formatRate(0.01005)).toBe('1.01%');
    expect(formatRate(0.00125)).toBe('0.13%');
  });

  it('shows — when there is nothing to divide', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(undefined)).toBe('—');
    expect(formatRate(Number.NaN)).toBe('—');
  });

  it('gives the charts the same two-decimal percent', () => {
    expect(ratePercent(0.87235)).toBe(87.24);
    expect(ratePercent(null)).toBeNull();
  });
});
