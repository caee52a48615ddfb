import { bindNamed, escapeLike, SqlParams } from './named-params';

describe('bindNamed', () => {
  it('numbers each name once and leaves casts, times and unknown names alone', () => {
    const [sql, values] = bindNamed(`a = :x AND b::text = :y AND c = :x AND d = :unknown AND t = '12:30'`, { x: 1, y: 'two' });
    expect(sql).toBe(`a = $1 AND b::text = $2 AND c = $1 AND d = :unknown AND t = '12:30'`);
    expect(values).toEqual([1, 'two']);
  });
});

describe('SqlParams', () => {
  it('numbers named fragments after the positional values already collected', () => {
    const p = new SqlParams();
    expect(p.add('first')).toBe('$1');
    expect(p.named({ sql: 'o = :org OR p = :org OR q = :q', params: { org: 'o1', q: 7 } })).toBe('o = $2 OR p = $2 OR q = $3');
    expect(p.values).toEqual(['first', 'o1', 7]);
  });
});

describe('escapeLike', () => {
  it('escapes the LIKE wildcards and the escape character itself', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    expect(escapeLike('普通文本')).toBe('普通文本');
  });
});
