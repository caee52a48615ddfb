import { bindNamed } from './sql';

describe('bindNamed', () => {
  it('numbers each name once and leaves casts and unknown names alone', () => {
    const [sql, values] = bindNamed(`a = :x AND b::text = :y AND c = :x AND d = :unknown`, { x: 1, y: 'two' });
    expect(sql).toBe(`a = $1 AND b::text = $2 AND c = $1 AND d = :unknown`);
    expect(values).toEqual([1, 'two']);
  });
});
