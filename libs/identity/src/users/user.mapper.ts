import { PublicUser } from '../auth/auth.types';
import { UserEntity } from '../entities/user.entity';

/** The user as the API shows it: never the password hash. */
export function toPublicUser(u: UserEntity): PublicUser {
  return {
    id: u.id,
    organizationId: u.organizationId,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    phone: u.phone,
    roles: u.roles,
    division: u.division,
    active: u.active,
    version: u.version,
  };
}
