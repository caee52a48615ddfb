/** Socket errors of a lost or unreachable server (restart, failover, network partition). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * SQLSTATEs that mean "the server cannot serve you now", not "your statement is wrong": class 08
 * (connection exception, but not 08P01 protocol violation), shutdown/start-up (57P01-57P03) and a
 * full server (53300 too_many_connections).
 */
const SERVER_CODES = /^(08(000|001|003|004|006)|57P0[123]|53300)$/;

/** What node-postgres and its pool say when a connection breaks or cannot be had in time. */
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|is not queryable|connect ECONNREFUSED|read ECONNRESET|write EPIPE/i;

/**
 * True when an error (possibly TypeORM's QueryFailedError around the driver's) says the database
 * is unreachable, so the request may succeed later: the api answers 503, never 500.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let err = e as { code?: unknown; message?: unknown; driverError?: unknown } | undefined, depth = 0; err && depth < 3; depth++) {
    const code = typeof err.code === 'string' ? err.code : '';
    if (NETWORK_CODES.has(code) || SERVER_CODES.test(code)) return true;
    if (typeof err.message === 'string' && MESSAGES.test(err.message)) return true;
    err = err.driverError as typeof err;
  }
  return false;
}
