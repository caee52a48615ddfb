import { AppException } from '../errors/app.exception';

/** Throws 409 VERSION_CONFLICT when the client's `version` is not the stored one. */
export function assertVersion(expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== null && expected !== actual) throw AppException.versionConflict(actual);
}
