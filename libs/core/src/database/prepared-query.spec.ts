import { queryPrepared } from './prepared-query';

describe('queryPrepared', () => {
  it('names a statement after its text: the same text the same name, another text another name', async () => {
    const seen: { name: string; text: string; params: unknown[] }[] = [];
    const runner = {
      query: async (q: unknown, params?: unknown[]) => (seen.push({ ...(q as { name: string; text: string }), params: params ?? [] }), [{ ok: 1 }]),
    };
    expect(await queryPrepared(runner, 'SELECT $1::int AS ok', [1])).toEqual([{ ok: 1 }]);
    await queryPrepared(runner, 'SELECT $1::int AS ok', [2]);
    await queryPrepared(runner, 'SELECT $1::int AS ok ', [3]);
    expect(seen.map((s) => s.params)).toEqual([[1], [2], [3]]);
    expect(seen[0].text).toBe('SELECT $1::int AS ok');
    expect(seen[0].name).toMatch(/^sj_[0-9a-f]{24}$/);
    expect(seen[1].name).toBe(seen[0].name);
    expect(seen[2].name).not.toBe(seen[0].name);
  });
});
