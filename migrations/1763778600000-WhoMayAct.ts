import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may act (issue 12):
 * - Usernames are stored normalized (NFKC + one case fold, as libs/identity normalizeUsername —
 *   repeated here so this migration keeps its meaning if that function ever changes) and unique as
 *   stored; login compares exactly. Two accounts that normalize alike: one already holding the
 *   normalized name keeps it (else the older one gets it), the other becomes
 *   `<name>~<first 8 of its id>`; each such rename is reported.
 * - Divisions: blank divisions become NULL; JUDGE and DIVISION_HEAD users without one get the
 *   placeholder `未分庭` (a migration cannot know the real one: the administrator sets it; each is
 *   reported), and letters still before review without a division take their author's. CHECKs then
 *   keep it so: no blank division anywhere, none missing for JUDGE/DIVISION_HEAD.
 * - API tokens holding a role their creator does not hold (SYS_ADMIN creators excepted; an agency
 *   leader's implies the clerk's) are revoked and reported.
 */
const UNASSIGNED = '未分庭';
const DIVISION_ROLES = `ARRAY['JUDGE','DIVISION_HEAD']::text[]`;

function normalizeUsername(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase().normalize('NFKC');
}

/** Prints what a migration step changed, when it changed anything. */
function report(what: string, rows: unknown[]): void {
  if (rows.length) console.warn(`[migration WhoMayAct] ${what} (${rows.length}): ${JSON.stringify(rows)}`);
}

/** The rows of an UPDATE … RETURNING (TypeORM's postgres driver answers `[rows, affected]`). */
async function updated(q: QueryRunner, sql: string, params: unknown[] = []): Promise<unknown[]> {
  const res: unknown = await q.query(sql, params);
  return Array.isArray(res) && Array.isArray(res[0]) ? (res[0] as unknown[]) : (res as unknown[]);
}

export class WhoMayAct1763778600000 implements MigrationInterface {
  name = 'WhoMayAct1763778600000';

  async up(q: QueryRunner): Promise<void> {
    await this.normalizeUsernames(q);

    await q.query(`UPDATE users SET division = NULLIF(btrim(division), '') WHERE division IS DISTINCT FROM NULLIF(btrim(division), '')`);
    const placed = await updated(
      q,
      `UPDATE users SET division = $1, version = version + 1, updated_at = now()
        WHERE division IS NULL AND roles && ${DIVISION_ROLES} RETURNING id, username`,
      [UNASSIGNED],
    );
    report(`judges/division heads without a division, put in ${UNASSIGNED} (set their real division)`, placed);
    await q.query(`UPDATE suggestions SET division = NULLIF(btrim(division), '') WHERE division IS DISTINCT FROM NULLIF(btrim(division), '')`);
    const letters = await updated(
      q,
      `UPDATE suggestions s SET division = COALESCE(u.division, $1)
         FROM users u WHERE u.id = s.author_id AND s.division IS NULL AND s.status IN ('DRAFT', 'RETURNED', 'IN_REVIEW')
       RETURNING s.id, s.status, s.division`,
      [UNASSIGNED],
    );
    report('letters before review without a division, given their author’s', letters);
    await q.query(`ALTER TABLE users ADD CONSTRAINT ck_users_division_not_blank CHECK (division IS NULL OR btrim(division) <> '')`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT ck_users_division_required CHECK (division IS NOT NULL OR NOT (roles && ${DIVISION_ROLES}))`);
    await q.query(`ALTER TABLE suggestions ADD CONSTRAINT ck_suggestions_division_not_blank CHECK (division IS NULL OR btrim(division) <> '')`);

    const revoked = await updated(
      q,
      `UPDATE api_tokens t SET revoked_at = now()
         FROM users u
        WHERE u.id = t.created_by AND t.revoked_at IS NULL AND NOT ('SYS_ADMIN' = ANY (u.roles))
          AND NOT (t.roles <@ (u.roles || CASE WHEN 'AGENCY_LEADER' = ANY (u.roles) THEN ARRAY['AGENCY_CLERK']::text[] ELSE ARRAY[]::text[] END))
       RETURNING t.id, t.name, t.roles, u.username AS creator`,
    );
    report('API tokens holding roles their creator does not hold, revoked', revoked);
  }

  private async normalizeUsernames(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ux_users_username`);
    const rows: { id: string; username: string }[] = await q.query(`SELECT id, username FROM users ORDER BY created_at, id`);
    const taken = new Set(rows.map((r) => r.username));
    const renamed: { id: string; from: string; to: string; collision: boolean }[] = [];
    const unchanged: { id: string; username: string; reason: string }[] = [];
    for (const r of rows) {
      let next = normalizeUsername(r.username);
      if (next === r.username) continue;
      const collision = taken.has(next);
      if (collision) next = `${next.slice(0, 55)}~${r.id.slice(0, 8)}`;
      if (next.length < 2 || next.length > 64) {
        unchanged.push({ id: r.id, username: r.username, reason: 'normalized name too short or too long' });
        continue;
      }
      taken.delete(r.username);
      taken.add(next);
      await q.query(`UPDATE users SET username = $2, updated_at = now() WHERE id = $1`, [r.id, next]);
      renamed.push({ id: r.id, from: r.username, to: next, collision });
    }
    report(
      'usernames that normalized like an older account, renamed',
      renamed.filter((r) => r.collision),
    );
    report('usernames left as they were (they cannot log in until renamed)', unchanged);
    await q.query(`CREATE UNIQUE INDEX ux_users_username ON users (username)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Normalized usernames, placeholder divisions and revoked tokens stay: they are valid data before too.
    await q.query(`ALTER TABLE suggestions DROP CONSTRAINT ck_suggestions_division_not_blank`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_division_required`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_division_not_blank`);
    await q.query(`DROP INDEX ux_users_username`);
    await q.query(`CREATE UNIQUE INDEX ux_users_username ON users (lower(username))`);
  }
}
