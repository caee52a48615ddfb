import { Client } from 'pg';
import { ConfigError } from '../config/load-config';
import { databaseName } from './database-url';
import { ensureDatabase } from './ensure-database';

function describe(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}/${databaseName(url)}`;
}

/**
 * Start-up check: the database server answers, and the database exists (created if missing).
 * Failure is reported as a configuration error that names DATABASE_URL.
 */
export async function preflightDatabase(url: string, create = true): Promise<void> {
  try {
    if (create) await ensureDatabase(url);
    const c = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    await c.connect();
    await c.query('SELECT 1');
    await c.end();
  } catch (e) {
    const err = e as { code?: string; message?: string };
    throw new ConfigError([`DATABASE_URL: cannot use the database at ${describe(url)} (${err.code ?? ''} ${err.message ?? e})`.replace(/\s+/g, ' ').trim()]);
  }
}
