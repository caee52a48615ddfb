import { QueryResult } from 'typeorm';
import { queryRunnerOf, SqlRunner } from './prepared-query';

/**
 * Rows of an `INSERT|UPDATE|DELETE … RETURNING` (or any statement), whatever the command: TypeORM's
 * structured result (`records`), where its plain `query()` answers UPDATE/DELETE as
 * `[rows, affectedCount]`. `T` is the row the RETURNING list gives.
 */
export async function queryReturning<T>(runner: SqlRunner, sql: string, params: unknown[]): Promise<T[]> {
  const { qr, own } = queryRunnerOf(runner);
  try {
    const result = (await qr.query(sql, params, true)) as QueryResult<T>;
    return result.records;
  } finally {
    if (own) await qr.release();
  }
}
