/**
 * Turns `:name` placeholders (the style JurisdictionService returns) into `$n` for `query()`.
 * Casts (`::text`) are left alone; names missing from `params` are left as they are.
 */
export function bindNamed(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const index = new Map<string, number>();
  const out = sql.replace(/(?<![:\w]):([a-zA-Z_][a-zA-Z0-9_]*)/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    if (!index.has(name)) {
      values.push(params[name]);
      index.set(name, values.length);
    }
    return `$${index.get(name)}`;
  });
  return [out, values];
}

/**
 * Rows of an `UPDATE|DELETE … RETURNING` (TypeORM's postgres driver answers those as
 * `[rows, affectedCount]`, INSERT/SELECT as plain rows).
 */
export async function queryReturning<T = Record<string, any>>(
  m: { query: (sql: string, params?: unknown[]) => Promise<any> },
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const res = await m.query(sql, params);
  if (Array.isArray(res) && res.length === 2 && Array.isArray(res[0]) && typeof res[1] === 'number') return res[0] as T[];
  return res as T[];
}
