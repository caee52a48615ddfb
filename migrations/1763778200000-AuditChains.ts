import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail becomes 32 hash chains instead of one, so unrelated writes no longer queue
 * behind a single lock held until commit (it capped every write in the system at one commit at
 * a time). Each row names its chain; `prev_hash` links it to the previous row of that chain and
 * each chain starts from its own genesis hash, so a row moved, removed, reordered or changed
 * still breaks a link that `/audit/verify` names. Existing rows form chain 0, unchanged.
 *
 * `audit_append` is the only way rows are written: it takes the chain's transaction-scoped
 * advisory lock (key (0x51fa, 0x20000 + chain): AdvisoryLockKey.AUDIT_CHAIN in the high half),
 * reads the chain head, hashes `prev_hash ‖ '\n' ‖ payload` (the canonical JSON of the row, built
 * by AuditService, which `verify` recomputes from the stored columns) and inserts — one round
 * trip. A transaction keeps the chain of its first event for all its events (a transaction-local
 * setting), so it never holds two chain locks and cannot deadlock on them.
 */
export class AuditChains1763778200000 implements MigrationInterface {
  name = 'AuditChains1763778200000';

  async up(q: QueryRunner): Promise<void> {
    // The default only labels the existing rows; new rows must say which chain they extend.
    await q.query(`ALTER TABLE audit_events ADD COLUMN chain smallint NOT NULL DEFAULT 0 CONSTRAINT ck_audit_events_chain CHECK (chain >= 0 AND chain < 32)`);
    await q.query(`ALTER TABLE audit_events ALTER COLUMN chain DROP DEFAULT`);
    await q.query(`CREATE INDEX ix_audit_events_chain ON audit_events (chain, id)`);
    await q.query(`
      CREATE FUNCTION audit_chain_genesis(k integer) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN k = 0 THEN repeat('0', 64) ELSE encode(sha256(convert_to('sifa-jianyi audit chain ' || k, 'UTF8')), 'hex') END
      $$`);
    await q.query(`
      CREATE FUNCTION audit_append(
        p_chain integer, p_payload text, p_occurred_at timestamptz, p_actor_user_id uuid, p_actor_name text, p_actor_org_id uuid,
        p_action text, p_entity_type text, p_entity_id text, p_organization_id uuid, p_data jsonb, p_ip text, p_correlation_id text)
      RETURNS TABLE (event_id bigint, event_chain smallint, event_prev_hash text, event_hash text)
      LANGUAGE plpgsql AS $$
      DECLARE
        v_chain integer := coalesce(nullif(current_setting('sifa.audit_chain', true), '')::integer, p_chain);
        v_prev text;
        v_hash text;
        v_id bigint;
      BEGIN
        -- The head must be read with a snapshot taken after the lock (READ COMMITTED does that).
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          RAISE EXCEPTION 'audit_append needs a READ COMMITTED transaction';
        END IF;
        PERFORM set_config('sifa.audit_chain', v_chain::text, true);
        PERFORM pg_advisory_xact_lock(20986, 131072 + v_chain);
        SELECT e.hash INTO v_prev FROM audit_events e WHERE e.chain = v_chain ORDER BY e.id DESC LIMIT 1;
        v_prev := coalesce(v_prev, audit_chain_genesis(v_chain));
        v_hash := encode(sha256(convert_to(v_prev || E'\\n' || p_payload, 'UTF8')), 'hex');
        INSERT INTO audit_events (occurred_at, actor_user_id, actor_name, actor_org_id, action, entity_type, entity_id, organization_id, data, ip, correlation_id, chain, prev_hash, hash)
        VALUES (p_occurred_at, p_actor_user_id, p_actor_name, p_actor_org_id, p_action, p_entity_type, p_entity_id, p_organization_id, p_data, p_ip, p_correlation_id, v_chain, v_prev, v_hash)
        RETURNING audit_events.id INTO v_id;
        RETURN QUERY SELECT v_id, v_chain::smallint, v_prev, v_hash;
      END $$`);
  }

  /** Back to one chain: rows written into chains 1–31 meanwhile will not verify as one chain. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION audit_append(integer, text, timestamptz, uuid, text, uuid, text, text, text, uuid, jsonb, text, text)`);
    await q.query(`DROP FUNCTION audit_chain_genesis(integer)`);
    await q.query(`DROP INDEX ix_audit_events_chain`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN chain`);
  }
}
