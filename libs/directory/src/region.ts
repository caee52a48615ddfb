/**
 * 行政区划 codes are 6 digits: province `33 00 00`, city `33 07 00`, county `33 07 81`.
 * A region's prefix drops its trailing zero pairs; "inside" is a prefix match.
 */
export function regionPrefix(code: string): string {
  if (!/^\d{6}$/.test(code)) throw new Error(`not a region code: ${code}`);
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** True when `inner` is `outer` or lies inside it (330781 inside 330700 inside 330000). */
export function regionInside(inner: string, outer: string): boolean {
  return inner.startsWith(regionPrefix(outer));
}

export function isRegionCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}
