import { Client } from 'pg';
import { databaseName, quoteIdent, withDatabase } from './database-url';

/**
 * Creates the database named in `url` if it does not exist yet. Connects to the server's
 * `postgres` maintenance database to do so. Safe to call from several processes at once.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  const admin = new Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await admin.query(`CREATE DATABASE ${quoteIdent(name)} ENCODING 'UTF8' TEMPLATE template0`);
      return true;
    } catch (e) {
      // Created meanwhile by a sibling: 42P04, or 23505 when both CREATE DATABASE ran at the same instant.
      const code = (e as { code?: string }).code;
      if (code === '42P04' || code === '23505') return false;
      throw e;
    }
  } finally {
    await admin.end();
  }
}
