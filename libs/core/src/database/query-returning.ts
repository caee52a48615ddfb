import { SqlRunner } from './prepared-query';

/**
 * Rows of an `UPDATE|DELETE … RETURNING` (TypeORM's postgres driver answers those as
 * `[rows, affectedCount]`, INSERT/SELECT as plain rows). `T` is the row the RETURNING list gives.
 */
export async function queryReturning<T>(m: SqlRunner, sql: string, params: unknown[]): Promise<T[]> {
  const res: unknown = await m.query(sql, params);
  if (Array.isArray(res) && res.length === 2 && Array.isArray(res[0]) && typeof res[1] === 'number') return res[0] as T[];
  return res as T[];
}
