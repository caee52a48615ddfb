import { createHash } from 'node:crypto';

/** What runs SQL: a DataSource, an EntityManager (possibly in a transaction) or a QueryRunner. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const names = new Map<string, string>();
/** Distinct texts remembered; beyond this a name is still derived from the text, just not kept. */
const NAMES_KEPT = 1_000;

function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `sj_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (names.size < NAMES_KEPT) names.set(sql, name);
  }
  return name;
}

/**
 * Runs `sql` as a named prepared statement, for hot reads whose planning costs more than their
 * execution (the delivery read plans in ~1 ms and runs in ~0.1 ms). Each pooled connection parses
 * it once; PostgreSQL then keeps a generic plan when that is no worse than planning each call
 * (plan_cache_mode auto), so a parameter-sensitive query still gets a plan per call. The name is a
 * hash of the text, so one text always has one name and two texts never share one. It goes
 * through TypeORM's query runner like any `query()`: same pool, transaction, rows and errors.
 *
 * Only for statements whose result columns are fixed by the text (no `SELECT *`): a prepared
 * statement whose result type changes under it (a column's type altered) fails until reconnect.
 */
export function queryPrepared<T = any>(runner: SqlRunner, sql: string, params: unknown[]): Promise<T[]> {
  // eslint-disable-line @typescript-eslint/no-explicit-any
  // TypeORM hands the query to node-postgres as it is, and node-postgres takes a config object.
  return runner.query({ name: statementName(sql), text: sql } as unknown as string, params);
}
