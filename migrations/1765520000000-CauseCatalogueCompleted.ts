import { MigrationInterface, QueryRunner } from 'typeorm';
import { CAUSE_CATALOGUE } from '../libs/cases/src/cause-catalogue';

/**
 * The 案由 catalogue completed (民事案件案由规定, 2020 revision: every third-level cause and the fourth
 * levels): the causes `case_causes` does not hold yet are added. Codes are
 * stable — a code already there must still carry its name, or the migration stops (a catalogue edit
 * that renumbered causes would move existing cases to another 案由).
 */
export class CauseCatalogueCompleted1765520000000 implements MigrationInterface {
  name = 'CauseCatalogueCompleted1765520000000';

  async up(q: QueryRunner): Promise<void> {
    const held: Array<{ code: string; name: string }> = await q.query(`SELECT code, name FROM case_causes`);
    const byCode = new Map(CAUSE_CATALOGUE.map((c) => [c.code, c.name]));
    const moved = held.filter((h) => byCode.has(h.code) && byCode.get(h.code) !== h.name);
    if (moved.length) throw new Error(`案由 codes changed their names: ${moved.map((m) => `${m.code} ${m.name}`).join(', ')}`);
    const have = new Set(held.map((h) => h.code));
    const missing = CAUSE_CATALOGUE.filter((c) => !have.has(c.code)); // parents before children
    for (let i = 0; i < missing.length; i += 200) {
      const chunk = missing.slice(i, i + 200);
      const values = chunk.map((_, k) => `($${k * 5 + 1},$${k * 5 + 2},$${k * 5 + 3},$${k * 5 + 4},$${k * 5 + 5})`).join(',');
      await q.query(
        `INSERT INTO case_causes (code, name, level, parent_code, kind) VALUES ${values} ON CONFLICT (code) DO NOTHING`,
        chunk.flatMap((c) => [c.code, c.name, c.level, c.parentCode, c.kind]),
      );
    }
  }

  async down(): Promise<void> {
    // The added causes stay: case records, leads and letters may refer to them.
  }
}
