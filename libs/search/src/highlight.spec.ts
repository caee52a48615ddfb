import { bigramsOf, highlight, queryTerms } from './highlight';

describe('search highlighting', () => {
  it('wraps every match in <em> and escapes everything else', () => {
    expect(highlight('物业<script>纠纷</script>多发，物业公司', ['物业'])).toBe('<em>物业</em>&lt;script&gt;纠纷&lt;/script&gt;多发，<em>物业</em>公司');
  });

  it('cuts a window around the first match with ellipses', () => {
    const text = `${'甲'.repeat(200)}充电桩${'乙'.repeat(200)}`;
    const out = highlight(text, ['充电桩'], 60);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('<em>充电桩</em>');
    expect(out.replace(/<\/?em>|…/g, '').length).toBe(60);
  });

  it('matches case-insensitively and prefers the longer overlapping term', () => {
    expect(highlight('WiFi 与 wifi', ['wifi'])).toBe('<em>WiFi</em> 与 <em>wifi</em>');
    expect(highlight('人脸识别', ['人脸', '人脸识别'])).toBe('<em>人脸识别</em>');
  });
});

describe('query parsing', () => {
  it('splits terms, lower-cases and de-duplicates', () => {
    expect(queryTerms('  物业  Wifi 物业 ')).toEqual(['物业', 'wifi']);
  });
  it('bigrams of a term as the index stores them', () => {
    expect(bigramsOf('物业')).toEqual(['物业']);
    expect(bigramsOf('充电桩')).toEqual(['充电', '电桩']);
    expect(bigramsOf('x')).toEqual([]);
  });
});
