import { regionInside, regionPrefix } from './region';

describe('region codes', () => {
  it('computes prefixes by level', () => {
    expect(regionPrefix('330000')).toBe('33');
    expect(regionPrefix('330700')).toBe('3307');
    expect(regionPrefix('330781')).toBe('330781');
  });

  it('answers "inside" as PRODUCT.md says (330781 lies inside 330700)', () => {
    expect(regionInside('330781', '330700')).toBe(true);
    expect(regionInside('330700', '330700')).toBe(true);
    expect(regionInside('330781', '330000')).toBe(true);
    expect(regionInside('330700', '330781')).toBe(false);
    expect(regionInside('330102', '330700')).toBe(false);
    expect(regionInside('320700', '330000')).toBe(false);
  });
});
