import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException } from '@app/core';
import { API_TOKEN_PREFIX, ApiTokenService } from '../api-tokens/api-token.service';
import { Principal } from '../principal';
import { Role } from '../roles';
import { assertPerson } from '../who-may-act';
import { AuthService } from './auth.service';
import { RequestContext } from './auth.types';

export const IS_PUBLIC = 'auth:isPublic';
export const ROLES_KEY = 'auth:roles';
export const PERSON_ONLY = 'auth:personOnly';

/** Marks a route as reachable without a token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** Restricts a route to callers holding at least one of these roles (403 otherwise). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** Restricts a route to named people: an API token gets 403 PERSON_REQUIRED (per-user state, acts of a person). */
export const PersonOnly = () => SetMetadata(PERSON_ONLY, true);

export function requestContext(req: { ip?: string; id?: string; headers: Record<string, unknown> }): RequestContext {
  const ua = req.headers['user-agent'];
  return { ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua : null, correlationId: req.id ?? null };
}

/**
 * The global guard: every route needs a valid bearer token (a user's access JWT or an
 * organization's API token) unless marked @Public; @Roles narrows it further.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest();
    const header: unknown = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw AppException.unauthenticated('A bearer token is required');
    const token = match[1];
    const ctx = requestContext(req);
    const principal: Principal = token.startsWith(API_TOKEN_PREFIX)
      ? await this.apiTokens.authenticate(token, ctx)
      : await this.auth.authenticateAccessToken(token, ctx);
    req.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles?.length && !principal.roles.some((r) => roles.includes(r))) {
      throw AppException.forbidden(`This action needs one of the roles: ${roles.join(', ')}`);
    }
    if (this.reflector.getAllAndOverride<boolean>(PERSON_ONLY, targets)) assertPerson(principal);
    return true;
  }
}
