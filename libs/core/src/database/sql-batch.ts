import { queryPrepared, SqlRunner } from './prepared-query';

/** One parameterized statement (`$1…` placeholders), to run alone or in a batch. */
export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/**
 * Runs independent writes as one statement — `WITH w1 AS (…), w2 AS (…) <last>` — so an action
 * pays one round trip instead of one per row it writes. Postgres runs every data-modifying WITH
 * part exactly once, all against the same snapshot, so the parts must not depend on each other's
 * effects (no part may read or change a row another part writes); triggers and foreign-key
 * checks still run, at the end of the statement. Placeholders are renumbered, so the SQL must
 * not contain `$n` anywhere but as parameters (no dollar-quoted text). The statement is prepared
 * (queryPrepared): an action's batch has the same text every time.
 */
export async function runBatch(m: SqlRunner, statements: SqlStatement[]): Promise<void> {
  if (statements.length === 0) return;
  if (statements.length === 1) {
    await queryPrepared(m, statements[0].sql, statements[0].params);
    return;
  }
  const params: unknown[] = [];
  const parts = statements.map((s) => {
    const offset = params.length;
    params.push(...s.params);
    return s.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  });
  const last = parts.pop()!;
  await queryPrepared(m, `WITH ${parts.map((p, i) => `w${i} AS (${p})`).join(', ')} ${last}`, params);
}
