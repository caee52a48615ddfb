/** Returns the database name of a Postgres URL. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** The same server, another database (used to reach `postgres` for CREATE DATABASE). */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

/** Quotes an identifier for SQL (database names in CREATE/DROP DATABASE). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
