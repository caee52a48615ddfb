import { AuditEventEntity } from '@app/audit';
import { OrganizationEntity } from '@app/directory';
import { ApiTokenEntity, AuthSessionEntity, RefreshTokenEntity, UserEntity } from '@app/identity';
import { OutboxMessageEntity } from '@app/notifications';
import { Foundation1763776800000 } from '../../../migrations/1763776800000-Foundation';
import { Outbox1763776900000 } from '../../../migrations/1763776900000-Outbox';

/** Every entity, listed explicitly (no globs), shared by the api, the worker, scripts and tests. */
export const ENTITIES = [OrganizationEntity, UserEntity, AuthSessionEntity, RefreshTokenEntity, ApiTokenEntity, AuditEventEntity, OutboxMessageEntity];

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS = [Foundation1763776800000, Outbox1763776900000];

export const SCHEMA = { entities: ENTITIES, migrations: MIGRATIONS };
