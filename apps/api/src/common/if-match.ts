import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { AppException } from '@app/core';

/** `3`, `"3"` or `W/"3"`: the version the client last read. `*` (any version) asks for nothing. */
const VERSION_TAG = /^(?:W\/)?"?(\d{1,9})"?$/;

/**
 * The version a PATCH expects, from the body's `version` or the `If-Match` header (API.md: either
 * one). A malformed header is 400 VALIDATION_FAILED; a header and a body version that disagree
 * cannot both be current: 409 VERSION_CONFLICT, like any stale version.
 */
export function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined): number | undefined {
  const raw = ifMatch?.trim();
  if (!raw || raw === '*') return bodyVersion;
  const m = VERSION_TAG.exec(raw);
  if (!m) throw AppException.validation([{ field: 'If-Match', message: 'must be the version number, e.g. "3"' }]);
  const version = Number(m[1]);
  if (bodyVersion !== undefined && bodyVersion !== null && bodyVersion !== version) throw AppException.versionConflict();
  return version;
}

/** The raw `If-Match` header of the request. */
export const IfMatch = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | undefined => {
  const header: unknown = ctx.switchToHttp().getRequest().headers['if-match'];
  return typeof header === 'string' ? header : undefined;
});

/** Documents the header on a PATCH route (the handler reads it with @IfMatch() and expectedVersion). */
export const ApiIfMatch = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The version the edit is based on (`"3"`), instead of `version` in the body; a stale one → 409 VERSION_CONFLICT',
    }),
  );
