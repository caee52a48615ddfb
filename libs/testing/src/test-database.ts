import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseName, quoteIdent, withDatabase } from '@app/core';

/** The server tests use, and the migrated template every test database is cloned from. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sifa_jianyi_test';
export const TEMPLATE_DATABASE = `${databaseName(TEST_DATABASE_URL)}_template`;

/** Refuses any database whose name does not say `test`: the suite drops and creates databases. */
export function assertTestDatabase(url: string): void {
  const name = databaseName(url);
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test"`);
  }
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: withDatabase(TEST_DATABASE_URL, 'postgres') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A fresh database for one test file, cloned from the migrated template (fast: a file copy). */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  assertTestDatabase(TEST_DATABASE_URL);
  const worker = process.env.JEST_WORKER_ID ?? '0';
  const name = `${databaseName(TEST_DATABASE_URL)}_w${worker}_${randomBytes(4).toString('hex')}`;
  assertTestDatabase(withDatabase(TEST_DATABASE_URL, name));
  await admin(async (c) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(TEMPLATE_DATABASE)}`);
        return;
      } catch (e) {
        // Another worker is cloning the template at this instant ("source database is being accessed").
        if ((e as { code?: string }).code !== '55006' || attempt > 50) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  const url = withDatabase(TEST_DATABASE_URL, name);
  return {
    url,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Drops and re-creates the template, then migrates it (Jest global setup). */
export async function prepareTemplate(migrate: (url: string) => Promise<void>): Promise<void> {
  assertTestDatabase(TEST_DATABASE_URL);
  const url = withDatabase(TEST_DATABASE_URL, TEMPLATE_DATABASE);
  await admin(async (c) => {
    // Leftovers of killed runs.
    const stale = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${databaseName(TEST_DATABASE_URL)}_w%`]);
    for (const r of stale.rows) await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(r.datname)} WITH (FORCE)`).catch(() => undefined);
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(TEMPLATE_DATABASE)} WITH (FORCE)`);
  });
  await migrate(url);
}
