import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Directory, identity and the append-only audit trail.
 * Audit rows are protected twice: a trigger refuses UPDATE/DELETE/TRUNCATE for every role that
 * does not disable triggers, and the `sifa_app` role (which production logins should be granted)
 * holds only SELECT and INSERT on them.
 */
export class Foundation1763776800000 implements MigrationInterface {
  name = 'Foundation1763776800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE TYPE organization_type AS ENUM ('COURT', 'AGENCY', 'CONGRESS', 'PARTY_COMMITTEE', 'OTHER')`);
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type organization_type NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        short_name text NOT NULL CHECK (length(short_name) BETWEEN 1 AND 50),
        code text UNIQUE,
        region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
        parent_id uuid REFERENCES organizations(id),
        path text NOT NULL,
        emails text[] NOT NULL DEFAULT '{}',
        reply_needs_approval boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_organizations_parent ON organizations (parent_id)`);
    await q.query(`CREATE INDEX ix_organizations_region ON organizations (region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX ix_organizations_path ON organizations (path text_pattern_ops)`);
    await q.query(`CREATE INDEX ix_organizations_type ON organizations (type)`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        username text NOT NULL CHECK (length(username) BETWEEN 2 AND 64),
        display_name text NOT NULL,
        email text,
        phone text,
        roles text[] NOT NULL DEFAULT '{}',
        division text,
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_users_username ON users (lower(username))`);
    await q.query(`CREATE INDEX ix_users_organization ON users (organization_id)`);
    await q.query(`CREATE INDEX ix_users_roles ON users USING gin (roles)`);

    await q.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX ix_auth_sessions_user ON auth_sessions (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_refresh_tokens_hash ON refresh_tokens (token_hash)`);
    await q.query(`CREATE INDEX ix_refresh_tokens_session ON refresh_tokens (session_id)`);

    await q.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        name text NOT NULL,
        token_hash char(64) NOT NULL,
        token_prefix text NOT NULL,
        roles text[] NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_api_tokens_hash ON api_tokens (token_hash)`);
    await q.query(`CREATE INDEX ix_api_tokens_organization ON api_tokens (organization_id)`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_user_id uuid,
        actor_name text,
        actor_org_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        organization_id uuid,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        ip text,
        correlation_id text,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_audit_events_entity ON audit_events (entity_id, id)`);
    await q.query(`CREATE INDEX ix_audit_events_org ON audit_events (organization_id, id)`);
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = '42501';
      END $$`);
    await q.query(`CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC`);
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sifa_app') THEN
          CREATE ROLE sifa_app NOLOGIN;
        END IF;
      EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'cannot create role sifa_app; grant privileges by hand (see README)';
      END $$`);
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sifa_app') THEN
          EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO sifa_app';
          EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO sifa_app';
          EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM sifa_app';
          EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO sifa_app';
          EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO sifa_app';
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`DROP TABLE api_tokens`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE auth_sessions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE organizations`);
    await q.query(`DROP TYPE organization_type`);
  }
}
