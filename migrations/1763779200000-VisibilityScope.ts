import { MigrationInterface, QueryRunner } from 'typeorm';

const INTERNAL = `('DRAFT','IN_REVIEW','IN_APPROVAL','RETURNED','WITHDRAWN')`;

/**
 * The typed visibility scope (libs/directory VisibilityScope) and index-shaped court-side lists.
 * - `directory_version`: one row, bumped by a statement trigger on every write to `organizations`
 *   (any process, any writer); JurisdictionService caches the visible court ids of a subtree or
 *   region per version.
 * - `deliveries.court_id` (the letter's issuing court, which never changes) and
 *   `deliveries.letter_internal` (the letter's status is one the issuing court keeps to itself —
 *   in practice a letter withdrawn after issue), copied from `suggestions` by triggers in the same
 *   transaction, so the court side filters deliveries with `d.court_id = ANY(…)` and counts them on
 *   an index without joining letters. Their indexes come in the next migration (CourtListIndexes):
 *   built in this transaction they would also index every row version the backfill replaced.
 */
export class VisibilityScope1763779200000 implements MigrationInterface {
  name = 'VisibilityScope1763779200000';

  async up(q: QueryRunner): Promise<void> {
    // The backfill rewrites every delivery (minutes at national scale), past the connection's 30 s
    // statement timeout; this migration's transaction lifts it.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`CREATE TABLE directory_version (id int PRIMARY KEY DEFAULT 1 CHECK (id = 1), version bigint NOT NULL)`);
    await q.query(`INSERT INTO directory_version (id, version) VALUES (1, 1)`);
    await q.query(`
      CREATE FUNCTION directory_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE directory_version SET version = version + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizations FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump()`,
    );

    await q.query(`ALTER TABLE deliveries ADD COLUMN court_id uuid, ADD COLUMN letter_internal boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE deliveries d SET court_id = s.court_id, letter_internal = s.status IN ${INTERNAL} FROM suggestions s WHERE s.id = d.suggestion_id`);
    await q.query(`ALTER TABLE deliveries ALTER COLUMN court_id SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION deliveries_copy_letter() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT s.court_id, s.status IN ${INTERNAL} INTO NEW.court_id, NEW.letter_internal FROM suggestions s WHERE s.id = NEW.suggestion_id;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_deliveries_copy_letter BEFORE INSERT OR UPDATE OF suggestion_id, court_id, letter_internal ON deliveries FOR EACH ROW EXECUTE FUNCTION deliveries_copy_letter()`,
    );
    await q.query(`
      CREATE FUNCTION suggestions_copy_to_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE deliveries SET court_id = NEW.court_id, letter_internal = NEW.status IN ${INTERNAL} WHERE suggestion_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_suggestions_copy_to_deliveries AFTER UPDATE OF court_id, status ON suggestions FOR EACH ROW
        WHEN (OLD.court_id IS DISTINCT FROM NEW.court_id OR (OLD.status IN ${INTERNAL}) IS DISTINCT FROM (NEW.status IN ${INTERNAL}))
        EXECUTE FUNCTION suggestions_copy_to_deliveries()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_suggestions_copy_to_deliveries ON suggestions`);
    await q.query(`DROP FUNCTION suggestions_copy_to_deliveries()`);
    await q.query(`DROP TRIGGER tr_deliveries_copy_letter ON deliveries`);
    await q.query(`DROP FUNCTION deliveries_copy_letter()`);
    await q.query(`ALTER TABLE deliveries DROP COLUMN letter_internal, DROP COLUMN court_id`);
    await q.query(`DROP TRIGGER tr_directory_version ON organizations`);
    await q.query(`DROP FUNCTION directory_version_bump()`);
    await q.query(`DROP TABLE directory_version`);
  }
}
