import { AppException, PersonCheck } from '@app/core';
import { IdentityErrorCode } from './identity-error-codes';
import { Principal } from './principal';
import { Role } from './roles';

/**
 * Who may act, beyond the role (PRODUCT.md "Who may act"): the rules every transition table and
 * the auth guard share, so that they are written once.
 */

/** A refusal a transition table answers with its own status (it has the shape of a GuardFailure). */
export interface ActorRefusal {
  status: 403;
  code: string;
  message: string;
}

/** Whether the caller is a named person (a logged-in user), not an organization's API token. */
export function isPerson(p: Principal): boolean {
  return p.kind === 'user' && typeof p.userId === 'string' && p.userId.length > 0;
}

/** Throws 403 PERSON_REQUIRED unless the caller is a named person: the acts of a person (transition rules marked `byPerson`: review, sign-off 签发, evaluation, reply approval, adopting a letter) and endpoints that keep per-user state (@PersonOnly). */
export function assertPerson(p: Principal): void {
  if (!isPerson(p)) {
    throw new AppException(
      403,
      IdentityErrorCode.PERSON_REQUIRED,
      'Only a named person may do this; an API token cannot (review, sign-off, evaluation and approvals are acts of a person)',
    );
  }
}

/** The person check every transition table of the application is built with. */
export const PERSON_CHECK: PersonCheck<Principal> = { isPerson, assertPerson };

/**
 * 四眼原则: the one who wrote something does not pass it. Null when `actorUserId` is someone else
 * (or either side is unknown); a 403 SELF_APPROVAL refusal otherwise.
 */
export function notOwnWork(actorUserId: string | null, writerUserId: string | null, what: string): ActorRefusal | null {
  if (!actorUserId || !writerUserId || actorUserId !== writerUserId) return null;
  return { status: 403, code: IdentityErrorCode.SELF_APPROVAL, message: `四眼原则: you wrote this ${what}; someone else must review or approve it` };
}

/**
 * Roles that carry another role's powers (PRODUCT.md: an agency leader may do "everything a clerk
 * can"). Used only to decide which roles a token's creator may grant.
 */
const IMPLIED: Partial<Record<Role, Role[]>> = { [Role.AGENCY_LEADER]: [Role.AGENCY_CLERK] };

/**
 * The roles a person may put on an API token of an organization whose members may hold
 * `organizationRoles`: SYS_ADMIN any of them; anyone else only roles they hold themselves (or
 * that a held role implies). SYS_ADMIN itself is never given to a token.
 */
export function grantableTokenRoles(creator: Principal, organizationRoles: readonly Role[]): Role[] {
  const valid = organizationRoles.filter((r) => r !== Role.SYS_ADMIN);
  if (creator.roles.includes(Role.SYS_ADMIN)) return valid;
  const held = new Set<Role>(creator.roles.flatMap((r) => [r, ...(IMPLIED[r] ?? [])]));
  return valid.filter((r) => held.has(r));
}
