import { escapeLike } from '@app/core';
import { DataSource } from 'typeorm';

/** A set of courts by the directory tree: a subtree (materialized path prefix) or a region (region-code prefix). */
export type CourtSet = { kind: 'subtree'; pathPrefix: string } | { kind: 'region'; regionPrefix: string };

/**
 * The ids of the courts in a subtree or a region, read from the directory tree once and cached per
 * set, with invalidation on any directory change in any process: `directory_version` (one row) is
 * bumped by a statement trigger on `organizations` (INSERT, UPDATE, DELETE, TRUNCATE — the api,
 * the seed, scripts and raw SQL alike), and every lookup compares the cached entries' version with
 * it (one primary-key read). A change is therefore seen by the next request of every api process;
 * a request that began before the change finishes with the set as it was. The version and the ids
 * are read in one statement (one snapshot), and a lookup never replaces newer entries with older.
 */
export class VisibleCourts {
  private readonly entries = new Map<string, string[]>();
  private version = -1;

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxEntries = 1000,
  ) {}

  async ids(set: CourtSet): Promise<string[]> {
    const key = keyOf(set);
    const cached = this.entries.get(key);
    if (cached) {
      const [{ v }] = await this.dataSource.query<{ v: number }[]>(`SELECT version::float8 AS v FROM directory_version`);
      if (v === this.version) {
        this.entries.delete(key); // most recently used last: the first key is the one to evict
        this.entries.set(key, cached);
        return cached;
      }
    }
    const where = set.kind === 'subtree' ? `path LIKE $1` : `region_code LIKE $1`;
    const prefix = set.kind === 'subtree' ? set.pathPrefix : set.regionPrefix;
    const [row] = await this.dataSource.query<{ v: number; ids: string[] }[]>(
      `SELECT (SELECT version::float8 FROM directory_version) AS v, ARRAY(SELECT id FROM organizations WHERE type = 'COURT' AND ${where} ORDER BY id) AS ids`,
      [`${escapeLike(prefix)}%`],
    );
    const ids = row.ids;
    if (row.v > this.version) {
      this.entries.clear();
      this.version = row.v;
    }
    if (row.v === this.version) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, ids);
    }
    return ids;
  }

  /**
   * The ids of several sets, in order: one version read when every set is cached at the current
   * version (the steady state of a ranking over many regions), else ids() for each set in turn.
   */
  async idsOfMany(sets: CourtSet[]): Promise<string[][]> {
    const keys = sets.map(keyOf);
    if (keys.length && keys.every((k) => this.entries.has(k))) {
      const [{ v }] = await this.dataSource.query<{ v: number }[]>(`SELECT version::float8 AS v FROM directory_version`);
      if (v === this.version)
        return keys.map((k) => {
          const cached = this.entries.get(k)!;
          this.entries.delete(k);
          this.entries.set(k, cached);
          return cached;
        });
    }
    const out: string[][] = [];
    for (const set of sets) out.push(await this.ids(set));
    return out;
  }
}

function keyOf(set: CourtSet): string {
  return set.kind === 'subtree' ? `p${set.pathPrefix}` : `r${set.regionPrefix}`;
}
