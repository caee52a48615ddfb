import { NamedStatements } from './named-statements';
import { bindNamed } from './named-params';

describe('NamedStatements', () => {
  const sql = `SELECT :a::text, x FROM t WHERE id = :id AND (org = :org OR :a = 'x') AND y = :missing AND z = '12:30'`;

  it('binds exactly as bindNamed does, first call and later calls with other values', () => {
    const s = new NamedStatements();
    for (const params of [
      { id: 1, org: 'o1', a: 'A' },
      { id: 2, org: 'o2', a: 'B' },
      { a: null, org: undefined, id: 3 },
    ]) {
      expect(s.bind('k', params, () => sql)).toEqual(bindNamed(sql, params));
    }
  });

  it('tells apart the same text with another set of parameter names', () => {
    const s = new NamedStatements();
    expect(s.bind('k', { id: 1, org: 'o' }, () => sql)).toEqual(bindNamed(sql, { id: 1, org: 'o' }));
    expect(s.bind('k', { id: 1, org: 'o', missing: 'm' }, () => sql)).toEqual(bindNamed(sql, { id: 1, org: 'o', missing: 'm' }));
    expect(s.bind('k', { id: 1, org: 'o' }, () => sql)).toEqual(bindNamed(sql, { id: 1, org: 'o' }));
  });

  it('builds the text once per key and set of parameter names', () => {
    const s = new NamedStatements();
    let builds = 0;
    const build = () => (builds++, sql);
    s.bind('k', { id: 1, org: 'o' }, build);
    s.bind('k', { id: 2, org: 'p' }, build);
    s.bind('k', { id: 2, org: 'p', a: 'x' }, build);
    expect(builds).toBe(2);
  });

  it('still binds correctly once it keeps no more texts', () => {
    const s = new NamedStatements(1);
    expect(s.bind('a', { a: 1 }, () => 'SELECT :a')).toEqual(['SELECT $1', [1]]);
    expect(s.bind('ba', { a: 1, b: 2 }, () => 'SELECT :b, :a')).toEqual(['SELECT $1, $2', [2, 1]]);
    expect(s.bind('ba', { a: 3, b: 4 }, () => 'SELECT :b, :a')).toEqual(['SELECT $1, $2', [4, 3]]);
  });
});
