import { assertTestDatabase } from './test-database';

describe('the test suite guards real databases', () => {
  it('refuses a database whose name lacks "test"', () => {
    expect(() => assertTestDatabase('postgres://postgres@127.0.0.1:5432/sifa_jianyi')).toThrow(/must contain "test"/);
    expect(() => assertTestDatabase('postgres://postgres@127.0.0.1:5432/production')).toThrow();
  });
  it('accepts test databases', () => {
    expect(() => assertTestDatabase('postgres://postgres@127.0.0.1:5432/sifa_jianyi_test')).not.toThrow();
  });
});
