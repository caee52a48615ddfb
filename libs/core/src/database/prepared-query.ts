import { createHash } from 'node:crypto';
import type { QueryConfig, QueryResult } from 'pg';
import { DataSource, EntityManager, QueryFailedError, QueryRunner } from 'typeorm';

/** What runs SQL: a DataSource, an EntityManager (possibly in a transaction) or a QueryRunner. */
export type SqlRunner = DataSource | EntityManager | QueryRunner;

/** The node-postgres connection a TypeORM query runner holds (what `QueryRunner.connect()` answers for PostgreSQL). */
interface PgConnection {
  query<R>(config: QueryConfig<unknown[]>): Promise<QueryResult<R & Record<string, unknown>>>;
}

const names = new Map<string, string>();
/** Distinct texts remembered; beyond this a name is still derived from the text, just not kept. */
const NAMES_KEPT = 1_000;

/** The statement's name: a hash of its text, so one text always has one name and two texts never share one. */
export function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `sj_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (names.size < NAMES_KEPT) names.set(sql, name);
  }
  return name;
}

/** The query runner `runner` runs on, and whether it was made for this call (then it is released after). */
export function queryRunnerOf(runner: SqlRunner): { qr: QueryRunner; own: boolean } {
  if (runner instanceof DataSource) return { qr: runner.createQueryRunner(), own: true };
  if (runner instanceof EntityManager) {
    return runner.queryRunner ? { qr: runner.queryRunner, own: false } : { qr: runner.connection.createQueryRunner(), own: true };
  }
  return { qr: runner, own: false };
}

/**
 * Runs `sql` as a named prepared statement, for hot reads whose planning costs more than their
 * execution (the delivery read plans in ~1 ms and runs in ~0.1 ms). Each pooled connection parses
 * it once; PostgreSQL then keeps a generic plan when that is no worse than planning each call
 * (plan_cache_mode auto), so a parameter-sensitive query still gets a plan per call. It runs on
 * the connection of the caller's query runner — the same pool and transaction as any `query()` —
 * through node-postgres' own named-statement call; errors come back as TypeORM's QueryFailedError,
 * as from `query()`. Rows are answered for every command (UPDATE … RETURNING included).
 *
 * Only for statements whose result columns are fixed by the text (no `SELECT *`): a prepared
 * statement whose result type changes under it (a column's type altered) fails until reconnect.
 */
export async function queryPrepared<T>(runner: SqlRunner, sql: string, params: unknown[]): Promise<T[]> {
  const { qr, own } = queryRunnerOf(runner);
  try {
    const connection = (await qr.connect()) as PgConnection;
    try {
      const result = await connection.query<T>({ name: statementName(sql), text: sql, values: params });
      return result.rows;
    } catch (e) {
      throw new QueryFailedError(sql, params, e as Error);
    }
  } finally {
    if (own) await qr.release();
  }
}
