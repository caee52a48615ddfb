/** Collects positional parameters for raw SQL: `p.add(v)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
  /**
   * Inlines a `{sql, params}` fragment written with `:name` placeholders (as JurisdictionService
   * returns) by rewriting each placeholder to a positional one. `::casts` are left alone.
   */
  named(fragment: { sql: string; params: Record<string, unknown> }): string {
    const positions = new Map<string, string>();
    return fragment.sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => {
      if (!(name in fragment.params)) return whole;
      if (!positions.has(name)) positions.set(name, this.add(fragment.params[name]));
      return positions.get(name)!;
    });
  }
}
