import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chinese full-text search and similar-letter lookup.
 * - search_documents: one row per letter (title, background, legal basis, items), per submitted
 *   reply and per message, kept in step by triggers in the same transaction as the change.
 * - `bigrams`: every 2-character substring of the lower-cased text (whitespace excluded), GIN
 *   indexed. A query of n ≥ 2 characters is matched by "contains all its bigrams" (index) and then
 *   a substring check (exact) — this finds two-character words, which trigram indexes cannot
 *   (pg_trgm extracts no trigram from a 2-character LIKE pattern and falls back to a full scan).
 * - pg_trgm on the letter's core title (boilerplate "关于…的司法建议" removed) for similar letters.
 */
export class Search1763777300010 implements MigrationInterface {
  name = 'Search1763777300010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE FUNCTION search_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT g), '{}')
          FROM (SELECT substr(lower(t), i, 2) AS g FROM generate_series(1, greatest(length(t) - 1, 0)) AS i) x
         WHERE g !~ '\\s'
      $$`);
    await q.query(`
      CREATE FUNCTION search_title_core(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT regexp_replace(regexp_replace(t, '^\\s*关于', ''), '的?(综合治理类|类案|个案)?司法建议书?\\s*$', '')
      $$`);
    await q.query(`CREATE INDEX ix_suggestions_title_core_trgm ON suggestions USING gin (search_title_core(title) gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE search_documents (
        id bigserial PRIMARY KEY,
        source text NOT NULL CHECK (source IN ('LETTER','REPLY','MESSAGE')),
        source_id text NOT NULL,
        suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        delivery_id uuid REFERENCES deliveries(id) ON DELETE CASCADE,
        body text NOT NULL,
        bigrams text[] GENERATED ALWAYS AS (search_bigrams(body)) STORED,
        updated_at timestamptz NOT NULL,
        UNIQUE (source, source_id)
      )`);
    await q.query(`CREATE INDEX ix_search_documents_bigrams ON search_documents USING gin (bigrams)`);
    await q.query(`CREATE INDEX ix_search_documents_suggestion ON search_documents (suggestion_id)`);

    await q.query(`
      CREATE FUNCTION search_index_letter(sid uuid) RETURNS void LANGUAGE sql AS $$
        INSERT INTO search_documents (source, source_id, suggestion_id, body, updated_at)
        SELECT 'LETTER', s.id::text, s.id,
               concat_ws(E'\\n', s.title, s.background, s.legal_basis,
                 (SELECT string_agg(i.problem || E'\\n' || i.recommendation, E'\\n' ORDER BY i.index) FROM suggestion_items i WHERE i.suggestion_id = s.id)),
               now()
          FROM suggestions s WHERE s.id = sid
        ON CONFLICT (source, source_id) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at
      $$`);
    await q.query(`
      CREATE FUNCTION search_on_suggestion() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM search_index_letter(NEW.id); RETURN NULL; END $$`);
    await q.query(`
      CREATE TRIGGER tr_search_suggestion AFTER INSERT OR UPDATE OF title, background, legal_basis ON suggestions
        FOR EACH ROW EXECUTE FUNCTION search_on_suggestion()`);
    await q.query(`
      CREATE FUNCTION search_on_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN PERFORM search_index_letter(OLD.suggestion_id); ELSE PERFORM search_index_letter(NEW.suggestion_id); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tr_search_item AFTER INSERT OR UPDATE OR DELETE ON suggestion_items FOR EACH ROW EXECUTE FUNCTION search_on_item()`);
    await q.query(`
      CREATE FUNCTION search_on_reply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'SUBMITTED' THEN
          INSERT INTO search_documents (source, source_id, suggestion_id, delivery_id, body, updated_at)
          SELECT 'REPLY', NEW.id::text, d.suggestion_id, d.id,
                 concat_ws(E'\\n', NEW.content, NEW.measures, (SELECT string_agg(e->>'note', E'\\n') FROM jsonb_array_elements(NEW.items) e WHERE coalesce(e->>'note', '') <> '')),
                 now()
            FROM deliveries d WHERE d.id = NEW.delivery_id
          ON CONFLICT (source, source_id) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at;
        ELSE
          DELETE FROM search_documents WHERE source = 'REPLY' AND source_id = NEW.id::text;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tr_search_reply AFTER INSERT OR UPDATE ON delivery_replies FOR EACH ROW EXECUTE FUNCTION search_on_reply()`);
    await q.query(`
      CREATE FUNCTION search_on_message() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_documents (source, source_id, suggestion_id, delivery_id, body, updated_at)
        SELECT 'MESSAGE', NEW.id::text, d.suggestion_id, d.id, NEW.body, now() FROM deliveries d WHERE d.id = NEW.delivery_id
        ON CONFLICT (source, source_id) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tr_search_message AFTER INSERT OR UPDATE OF body ON delivery_messages FOR EACH ROW EXECUTE FUNCTION search_on_message()`);

    // Backfill what exists already.
    await q.query(`SELECT search_index_letter(id) FROM suggestions`);
    await q.query(`UPDATE delivery_replies SET status = status WHERE status = 'SUBMITTED'`);
    await q.query(`UPDATE delivery_messages SET body = body`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_search_message ON delivery_messages`);
    await q.query(`DROP TRIGGER tr_search_reply ON delivery_replies`);
    await q.query(`DROP TRIGGER tr_search_item ON suggestion_items`);
    await q.query(`DROP TRIGGER tr_search_suggestion ON suggestions`);
    await q.query(`DROP FUNCTION search_on_message(), search_on_reply(), search_on_item(), search_on_suggestion(), search_index_letter(uuid)`);
    await q.query(`DROP TABLE search_documents`);
    await q.query(`DROP INDEX ix_suggestions_title_core_trgm`);
    await q.query(`DROP FUNCTION search_title_core(text), search_bigrams(text)`);
  }
}
