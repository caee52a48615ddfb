import { Role } from '../roles';

/**
 * A username as stored and as looked up: NFKC, trimmed, then one case fold (JavaScript's
 * locale-independent `toLowerCase`) and NFKC again (folding may leave a non-normalized sequence).
 * Creation, login, the login throttle's key and the migration of existing rows all use this one
 * function, and the lookup compares the stored value with it exactly — never `lower()` in SQL,
 * whose folding differs (PostgreSQL folds `İ` U+0130 to `i`; here it becomes `i̇`, i + U+0307, so
 * `admİn` is not `admin`).
 */
export function normalizeUsername(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase().normalize('NFKC');
}

/** Roles whose holders belong to a division (庭室): the letters they write or review are the division's. */
export const DIVISION_ROLES: readonly Role[] = [Role.JUDGE, Role.DIVISION_HEAD];

/** The placeholder division the migration gave judges and division heads stored without one. */
export const UNASSIGNED_DIVISION = '未分庭';

/** A division as stored: NFKC and trimmed; blank means none (null). */
export function normalizeDivision(raw: string | null | undefined): string | null {
  const d = raw?.normalize('NFKC').trim() ?? '';
  return d.length ? d : null;
}

/**
 * THE division comparison of the letter's transition table: a division head acts on a letter of
 * their own division, and a missing division matches nothing. The visibility rule
 * (JurisdictionService: `s.division = :division`, never true for NULL, and `''` for a head
 * without one, which no stored row holds — see the WhoMayAct migration's CHECKs) agrees.
 */
export function sameDivision(a: string | null | undefined, b: string | null | undefined): boolean {
  return typeof a === 'string' && a.length > 0 && a === b;
}
