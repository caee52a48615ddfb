import { QueryRunner } from 'typeorm';
import { CAUSE_CATALOGUE, CAUSE_RENAMED } from './cause-catalogue';

/**
 * Brings `case_causes` up to the catalogue in code, for the migrations that complete it: the causes
 * it lacks are added (parents before children). Codes are stable — a code already there must still
 * carry its name (or a former name listed in CAUSE_RENAMED), or this stops: a catalogue edit that
 * renumbered causes would move existing cases to another 案由.
 */
export async function addMissingCauses(q: QueryRunner): Promise<void> {
  const held: Array<{ code: string; name: string }> = await q.query(`SELECT code, name FROM case_causes`);
  const byCode = new Map(CAUSE_CATALOGUE.map((c) => [c.code, c.name]));
  const moved = held.filter((h) => byCode.has(h.code) && byCode.get(h.code) !== h.name && !CAUSE_RENAMED[h.code]?.includes(h.name));
  if (moved.length) throw new Error(`案由 codes changed their names: ${moved.map((m) => `${m.code} ${m.name}`).join(', ')}`);
  const have = new Set(held.map((h) => h.code));
  const missing = CAUSE_CATALOGUE.filter((c) => !have.has(c.code));
  for (let i = 0; i < missing.length; i += 200) {
    const chunk = missing.slice(i, i + 200);
    const values = chunk.map((_, k) => `($${k * 5 + 1},$${k * 5 + 2},$${k * 5 + 3},$${k * 5 + 4},$${k * 5 + 5})`).join(',');
    await q.query(
      `INSERT INTO case_causes (code, name, level, parent_code, kind) VALUES ${values} ON CONFLICT (code) DO NOTHING`,
      chunk.flatMap((c) => [c.code, c.name, c.level, c.parentCode, c.kind]),
    );
  }
}

/** The causes renamed to the official wording take their new names (their codes, and so their cases, stay). */
export async function applyCauseRenames(q: QueryRunner): Promise<void> {
  const byCode = new Map(CAUSE_CATALOGUE.map((c) => [c.code, c.name]));
  for (const code of Object.keys(CAUSE_RENAMED)) await q.query(`UPDATE case_causes SET name = $2 WHERE code = $1 AND name <> $2`, [code, byCode.get(code)]);
}
