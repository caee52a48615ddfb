import { timeOrderedUuid } from './time-ordered-id';

describe('timeOrderedUuid', () => {
  it('is a version-7 UUID carrying the current millisecond', () => {
    const before = Date.now();
    const id = timeOrderedUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('increases strictly within a process, also many times within one millisecond, and never repeats', () => {
    const ids = Array.from({ length: 20_000 }, () => timeOrderedUuid());
    expect(ids.findIndex((x, i) => i > 0 && x <= ids[i - 1])).toBe(-1);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
