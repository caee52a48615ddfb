import { DataSource, QueryRunner } from 'typeorm';

/** Stable advisory-lock keys (two int4 halves avoid clashing with other applications). */
export const AdvisoryLockKey = {
  MIGRATIONS: [0x51fa, 1],
  AUDIT_CHAIN: [0x51fa, 2],
  /** Class-case lead detection: one run at a time (a second one waits, then finds the leads already written). */
  LEAD_DETECTION: [0x51fa, 3],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * Runs `fn` while holding a session-level advisory lock on one dedicated connection.
 * TypeORM has no migration lock of its own; this is it.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: readonly [number, number], fn: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1, $2)', [key[0], key[1]]);
    try {
      return await fn(runner);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1, $2)', [key[0], key[1]]);
    }
  } finally {
    await runner.release();
  }
}
