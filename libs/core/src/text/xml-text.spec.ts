import { xmlSafe, xmlSafeData } from './xml-text';

describe('xmlSafe', () => {
  it('drops exactly the characters XML 1.0 forbids', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000be\u000cf\u000eg\u001fh\ufffei\uffffj')).toBe('abcdefghij');
    expect(xmlSafe('tab\tline\ncr\r end')).toBe('tab\tline\ncr\r end');
    expect(xmlSafe('emoji 😀 and 𠀋, \u007f \u0085 \ufffd')).toBe('emoji 😀 and 𠀋, \u007f \u0085 \ufffd');
    expect(xmlSafe('lone \ud800 high, lone \udc00 low, reversed \udc00\ud800.')).toBe('lone  high, lone  low, reversed .');
  });

  it('cleans every string of nested data and leaves dates, numbers and nulls alone', () => {
    const at = new Date('2031-03-03T00:00:00Z');
    expect(xmlSafeData({ a: 'x\u0001', b: [{ c: '\u001fy' }], d: at, e: 3, f: null })).toEqual({ a: 'x', b: [{ c: 'y' }], d: at, e: 3, f: null });
  });
});
