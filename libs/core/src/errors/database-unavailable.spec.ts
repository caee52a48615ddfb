import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });
const failed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it('recognises a lost or unreachable server, bare or inside TypeORM QueryFailedError', () => {
    for (const e of [
      pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      pgError('ECONNRESET', 'read ECONNRESET'),
      pgError('EPIPE', 'write EPIPE'),
      pgError('57P01', 'terminating connection due to administrator command'), // a restart
      pgError('57P03', 'the database system is starting up'),
      pgError('53300', 'sorry, too many clients already'),
      pgError('08006', 'connection failure'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Connection terminated due to connection timeout'),
      new Error('Client has encountered a connection error and is not queryable'),
    ]) {
      expect(isDatabaseUnavailable(e)).toBe(true);
      expect(isDatabaseUnavailable(failed(e))).toBe(true);
    }
  });

  it('leaves statement errors and everything else alone', () => {
    for (const e of [
      pgError('23505', 'duplicate key value violates unique constraint'),
      pgError('22P02', 'invalid input syntax for type uuid'),
      pgError('40P01', 'deadlock detected'),
      pgError('08P01', 'protocol violation'),
      new Error('Suggestion not found'),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      undefined,
      null,
      'a string',
    ]) {
      expect(isDatabaseUnavailable(e)).toBe(false);
      if (e instanceof Error) expect(isDatabaseUnavailable(failed(e))).toBe(false);
    }
  });
});
