/**
 * A piece of SQL with `:name` placeholders and their values — the shape the visibility scope and
 * other builders hand to the statements that embed them.
 */
export interface SqlFragment {
  sql: string;
  params: Record<string, unknown>;
}

/** `:name` not preceded by another `:` (a `::cast`) or a word character (`'12:30'`). */
const NAMED = /(?<![:\w]):([a-zA-Z_][a-zA-Z0-9_]*)/g;

/**
 * Turns `:name` placeholders into `$n` for `query()`, numbering each name once. Casts (`::text`)
 * are left alone; names missing from `params` are left as they are.
 */
export function bindNamed(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const p = new SqlParams();
  return [p.named({ sql, params }), p.values];
}

/** Collects positional parameters for raw SQL: `p.add(v)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }

  /** Inlines a fragment written with `:name` placeholders, each name becoming one positional parameter. */
  named(fragment: SqlFragment): string {
    const positions = new Map<string, string>();
    return fragment.sql.replace(NAMED, (whole, name: string) => {
      if (!(name in fragment.params)) return whole;
      let at = positions.get(name);
      if (!at) {
        at = this.add(fragment.params[name]);
        positions.set(name, at);
      }
      return at;
    });
  }
}

/** Escapes `%`, `_` and `\` so a user's text matches itself in a LIKE/ILIKE pattern (default escape `\`). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
