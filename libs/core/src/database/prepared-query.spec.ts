import { statementName } from './prepared-query';

describe('statementName', () => {
  it('names a statement after its text: the same text the same name, another text another name', () => {
    const name = statementName('SELECT $1::int AS ok');
    expect(name).toMatch(/^sj_[0-9a-f]{24}$/);
    expect(statementName('SELECT $1::int AS ok')).toBe(name);
    expect(statementName('SELECT $1::int AS ok ')).not.toBe(name);
  });
});
