import { MigrationInterface, QueryRunner } from 'typeorm';
import { readAuditSettings } from '../libs/core/src/config/audit-settings';
import { auditPayload, auditSeal, chainFor, chainGenesis, legacyAuditHash, linkHash } from '../libs/audit/src/audit-hash';
import { AUDIT_ROW_COLUMNS, AuditRow, rowContent } from '../libs/audit/src/audit-row';

const APPEND_ARGS = `p_chain integer, %SEAL% text, p_occurred_at timestamptz, p_actor_user_id uuid, p_actor_name text, p_actor_org_id uuid,
        p_action text, p_entity_type text, p_entity_id text, p_organization_id uuid, p_data jsonb, p_ip text, p_correlation_id text`;
const APPEND_SIGNATURE = 'integer, text, timestamptz, uuid, text, uuid, text, text, text, uuid, jsonb, text, text';

/** audit_append as in AuditChains; `check` guards the second argument, `link` is what is hashed after prev ‖ '\n'. */
function appendFunction(arg: string, check: string, link: string): string {
  return `
      CREATE FUNCTION audit_append(${APPEND_ARGS.replace('%SEAL%', arg)})
      RETURNS TABLE (event_id bigint, event_chain smallint, event_prev_hash text, event_hash text)
      LANGUAGE plpgsql AS $$
      DECLARE
        v_chain integer := coalesce(nullif(current_setting('sifa.audit_chain', true), '')::integer, p_chain);
        v_prev text;
        v_hash text;
        v_id bigint;
      BEGIN
        ${check}
        -- The head must be read with a snapshot taken after the lock (READ COMMITTED does that).
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          RAISE EXCEPTION 'audit_append needs a READ COMMITTED transaction';
        END IF;
        PERFORM set_config('sifa.audit_chain', v_chain::text, true);
        PERFORM pg_advisory_xact_lock(20986, 131072 + v_chain);
        SELECT e.hash INTO v_prev FROM audit_events e WHERE e.chain = v_chain ORDER BY e.id DESC LIMIT 1;
        v_prev := coalesce(v_prev, audit_chain_genesis(v_chain));
        v_hash := encode(sha256(convert_to(v_prev || E'\\n' || ${link}, 'UTF8')), 'hex');
        INSERT INTO audit_events (occurred_at, actor_user_id, actor_name, actor_org_id, action, entity_type, entity_id, organization_id, data, ip, correlation_id, chain, prev_hash, hash)
        VALUES (p_occurred_at, p_actor_user_id, p_actor_name, p_actor_org_id, p_action, p_entity_type, p_entity_id, p_organization_id, p_data, p_ip, p_correlation_id, v_chain, v_prev, v_hash)
        RETURNING audit_events.id INTO v_id;
        RETURN QUERY SELECT v_id, v_chain::smallint, v_prev, v_hash;
      END $$`;
}

/**
 * Tamper evidence that survives a database superuser (issue 12, point 13).
 *
 * 1. Keyed chains: the row hash becomes SHA-256(prev_hash ‖ '\n' ‖ seal), where the seal is
 *    HMAC-SHA256(AUDIT_HMAC_KEY, canonical payload), computed by the application (AuditService)
 *    and passed to `audit_append` instead of the payload. The key never reaches the database and
 *    seals are not stored, so rows cannot be forged, changed or relinked without the key.
 *    `audit_append` refuses anything but a 64-hex seal, so a process of the previous release still
 *    passing the payload fails loudly instead of writing rows that never verify.
 * 2. Existing rows are re-chained under the key here (no legacy scheme lives on in `verify`): the
 *    old unkeyed chains are checked first and the outcome is recorded in an `audit.rekeyed` event
 *    (rows, whether the old chains held, the first broken id), which is itself keyed. This needs
 *    AUDIT_HMAC_KEY in the migrating process's environment when rows exist (the api and
 *    `npm run migration:run` have it: production refuses to start without it).
 * 3. `audit_checkpoints`: signed heads of every chain (AuditCheckpointService), append-only like
 *    the audit trail (trigger + no UPDATE/DELETE/TRUNCATE for sifa_app).
 */
export class AuditKeyedChains1763778700000 implements MigrationInterface {
  name = 'AuditKeyedChains1763778700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE audit_checkpoints_id_seq AS bigint`);
    await q.query(`
      CREATE TABLE audit_checkpoints (
        id bigint PRIMARY KEY DEFAULT nextval('audit_checkpoints_id_seq'),
        taken_at timestamptz NOT NULL,
        heads jsonb NOT NULL CHECK (jsonb_typeof(heads) = 'array'),
        signature text NOT NULL,
        taken_by text NOT NULL
      )`);
    await q.query(`ALTER SEQUENCE audit_checkpoints_id_seq OWNED BY audit_checkpoints.id`);
    await q.query(
      `CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE OR DELETE ON audit_checkpoints FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoints FROM PUBLIC`);
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sifa_app') THEN
          EXECUTE 'GRANT SELECT, INSERT ON audit_checkpoints TO sifa_app';
          EXECUTE 'GRANT USAGE, SELECT ON SEQUENCE audit_checkpoints_id_seq TO sifa_app';
          EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoints FROM sifa_app';
        END IF;
      END $$`);

    await q.query(`DROP FUNCTION audit_append(${APPEND_SIGNATURE})`);
    await q.query(
      appendFunction(
        'p_seal',
        `IF p_seal IS NULL OR p_seal !~ '^[0-9a-f]{64}$' THEN
          RAISE EXCEPTION 'audit_append takes the HMAC seal of the event (64 hex digits), not its payload';
        END IF;`,
        'p_seal',
      ),
    );

    const [{ n }] = await q.query(`SELECT count(*)::int AS n FROM audit_events`);
    if (n === 0) return;
    const problems: string[] = [];
    const { auditHmacKey } = readAuditSettings(process.env, (process.env.APP_ENV ?? 'production') === 'production', problems);
    const keyProblem = problems.find((p) => p.startsWith('AUDIT_HMAC_KEY'));
    if (keyProblem) throw new Error(`re-chaining ${n} audit rows under the new key: ${keyProblem}`);
    const key = Buffer.from(auditHmacKey, 'utf8');
    const legacy = await rechain(q, (prev, row) => linkHash(prev, auditSeal(key, auditPayload(rowContent(row)))), legacyAuditHash);
    const event = {
      occurredAt: new Date(),
      actorUserId: null,
      actorName: 'system',
      actorOrgId: null,
      action: 'audit.rekeyed',
      entityType: 'audit_trail',
      entityId: null,
      organizationId: null,
      data: { rows: n, legacyValid: legacy.firstBrokenId === null, legacyFirstBrokenId: legacy.firstBrokenId },
      ip: null,
      correlationId: null,
    };
    await q.query(`SELECT audit_append($1, $2, $3, NULL, $4, NULL, $5, $6, NULL, NULL, $7, NULL, NULL)`, [
      chainFor('audit_trail:'),
      auditSeal(key, auditPayload(event)),
      event.occurredAt,
      event.actorName,
      event.action,
      event.entityType,
      JSON.stringify(event.data),
    ]);
  }

  /** Back to unkeyed chains: rows are re-chained with plain SHA-256 (no key needed); checkpoints are dropped. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_checkpoints`);
    await q.query(`DROP FUNCTION audit_append(${APPEND_SIGNATURE})`);
    await q.query(appendFunction('p_payload', '', 'p_payload'));
    await rechain(q, (prev, row) => legacyAuditHash(prev, rowContent(row)), null);
  }
}

/**
 * Rewrites prev_hash/hash of every row, chain by chain in id order, with `hashOf`; when `oldHash`
 * is given, first checks each row against the scheme it was written with and returns the first
 * row that did not hold.
 */
async function rechain(
  q: QueryRunner,
  hashOf: (prev: string, row: AuditRow) => string,
  oldHash: ((prev: string, content: ReturnType<typeof rowContent>) => string) | null,
): Promise<{ firstBrokenId: string | null }> {
  await q.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
  const oldHeads = new Map<number, string>();
  const newHeads = new Map<number, string>();
  let firstBrokenId: string | null = null;
  let lastId = '0';
  for (;;) {
    const rows: AuditRow[] = await q.query(`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_events WHERE id > $1 ORDER BY id LIMIT 2000`, [lastId]);
    if (rows.length === 0) break;
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const row of rows) {
      const genesis = chainGenesis(row.chain);
      if (
        oldHash &&
        firstBrokenId === null &&
        (row.prev_hash !== (oldHeads.get(row.chain) ?? genesis) || oldHash(row.prev_hash, rowContent(row)) !== row.hash)
      ) {
        firstBrokenId = row.id;
      }
      oldHeads.set(row.chain, row.hash);
      const prev = newHeads.get(row.chain) ?? genesis;
      const hash = hashOf(prev, row);
      newHeads.set(row.chain, hash);
      prevs.push(prev);
      hashes.push(hash);
      lastId = row.id;
    }
    await q.query(
      `UPDATE audit_events e SET prev_hash = x.prev, hash = x.hash FROM unnest($1::bigint[], $2::text[], $3::text[]) AS x(id, prev, hash) WHERE e.id = x.id`,
      [rows.map((r) => r.id), prevs, hashes],
    );
  }
  await q.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
  return { firstBrokenId };
}
