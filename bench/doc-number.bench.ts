import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, ensureDatabase, loadConfig, runMigrations, withDatabase } from '@app/core';
import { SCHEMA } from '@app/schema';
import { DocNumberService } from '@app/suggestions';
import { BenchLine, percentile } from './bench-util';

/**
 * Scenario `doc-number` (QUALITY: "docNumber on one hot (court, year) ≥ 1,000/s with 16 clients,
 * zero gaps or duplicates"). On a migrated database of its own (sifa_jianyi_bench_docno), 16
 * clients loop for a fixed time; each iteration is one transaction that takes the next number with
 * DocNumberService.next (the counter row of one court and year) and records it in a side table —
 * the shape of the approval transaction. Every 20th transaction rolls back after taking its number
 * (an approval that fails): its number must be handed out again. Afterwards the committed numbers
 * must be exactly 1..N. Reference: the same loop with a plain `nextval` sequence (no row lock, but
 * gaps on rollback — which is why the app does not use one).
 */
const CLIENTS = 16;
const ROLLBACK_EVERY = 20;

interface Run {
  committed: number;
  perSecond: number;
  p50: number;
  p99: number;
}

async function loop(ds: DataSource, seconds: number, take: (m: import('typeorm').EntityManager) => Promise<number>, table: string): Promise<Run> {
  const until = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let committed = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = 0; performance.now() < until; i++) {
        const t = performance.now();
        const fail = (i + client) % ROLLBACK_EVERY === ROLLBACK_EVERY - 1;
        try {
          await ds.transaction(async (m) => {
            const n = await take(m);
            await m.query(`INSERT INTO ${table} (n, client) VALUES ($1, $2)`, [n, client]);
            if (fail) throw new Error('rollback');
          });
          committed++;
          latencies.push(performance.now() - t);
        } catch (e) {
          if (!fail) throw e;
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { committed, perSecond: committed / elapsed, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

export async function runDocNumber(opts: { baseUrl: string; seconds?: number; log: (s: string) => void }): Promise<BenchLine[]> {
  const seconds = opts.seconds ?? 15;
  const url = withDatabase(opts.baseUrl, 'sifa_jianyi_bench_docno');
  await ensureDatabase(url);
  const config = loadConfig({
    APP_ENV: 'test',
    DATABASE_URL: url,
    JWT_SECRET: 'bench-secret-0123456789-abcdefghijklmnop',
    DATABASE_POOL_SIZE: String(CLIENTS),
  });
  await runMigrations(config, SCHEMA, url);
  const pg = new Client({ connectionString: url });
  await pg.connect();
  const ds = new DataSource(dataSourceOptions(config, SCHEMA));
  await ds.initialize();
  try {
    await pg.query(`DROP TABLE IF EXISTS bench_docno_taken, bench_seq_taken; DROP SEQUENCE IF EXISTS bench_docno_seq;
      CREATE TABLE bench_docno_taken (n int NOT NULL, client int NOT NULL);
      CREATE TABLE bench_seq_taken (n bigint NOT NULL, client int NOT NULL);
      CREATE SEQUENCE bench_docno_seq`);
    // The counter row references the court: one bench court, its counters reset each run.
    let courtId: string | undefined = (await pg.query(`SELECT id FROM organizations WHERE code = 'BENCH-DOCNO'`)).rows[0]?.id;
    const id = randomUUID();
    courtId ??= (
      await pg.query(
        `INSERT INTO organizations (id, type, name, short_name, code, region_code, path) VALUES ($1, 'COURT', '基准法院', '基准', 'BENCH-DOCNO', '330781', $2) RETURNING id`,
        [id, `/${id}/`],
      )
    ).rows[0].id as string;
    await pg.query(`DELETE FROM doc_number_counters WHERE court_id = $1`, [courtId]);
    const docNumbers = new DocNumberService();
    const year = 2031;
    opts.log(`doc-number: ${CLIENTS} clients × ${seconds} s on one (court, year), 1 in ${ROLLBACK_EVERY} transactions rolled back`);
    await loop(ds, 1, (m) => docNumbers.next(m, courtId!, 2030), 'bench_docno_taken'); // warm-up, another year
    await pg.query(`TRUNCATE bench_docno_taken`);
    const hot = await loop(ds, seconds, (m) => docNumbers.next(m, courtId!, year), 'bench_docno_taken');
    const check = (
      await pg.query(`SELECT count(*)::int AS n, count(DISTINCT n)::int AS distinct_n, min(n)::int AS lo, max(n)::int AS hi FROM bench_docno_taken`)
    ).rows[0];
    const counter = (await pg.query(`SELECT last_value FROM doc_number_counters WHERE court_id = $1 AND year = $2`, [courtId, year])).rows[0].last_value;
    const duplicates = check.n - check.distinct_n;
    const gaps = check.hi - check.lo + 1 - check.distinct_n + (check.lo === 1 ? 0 : check.lo - 1);
    opts.log(`doc-number: ${check.n} committed, numbers ${check.lo}..${check.hi}, counter ${counter}, ${duplicates} duplicates, ${gaps} gaps`);

    const seq = await loop(ds, seconds, async (m) => Number((await m.query(`SELECT nextval('bench_docno_seq') AS n`))[0].n), 'bench_seq_taken');
    const seqCheck = (await pg.query(`SELECT count(*)::int AS n, max(n)::int AS hi FROM bench_seq_taken`)).rows[0];
    opts.log(`doc-number: reference sequence ${seqCheck.n} committed, max ${seqCheck.hi} (${seqCheck.hi - seqCheck.n} gaps from rollbacks)`);

    const r = (x: number) => Math.round(x * 100) / 100;
    return [
      {
        name: 'doc-number.hot-court-year',
        value: Math.round(hot.perSecond),
        unit: 'numbers/s',
        ratio: Number((hot.perSecond / seq.perSecond).toPrecision(2)),
        reference: 'plain nextval sequence, 16 clients',
      },
      { name: 'doc-number.txn.p50', value: r(hot.p50), unit: 'ms', ratio: Number((hot.p50 / seq.p50).toPrecision(2)), reference: 'nextval transaction p50' },
      { name: 'doc-number.txn.p99', value: r(hot.p99), unit: 'ms', ratio: Number((hot.p99 / seq.p99).toPrecision(2)), reference: 'nextval transaction p99' },
      { name: 'doc-number.duplicates', value: duplicates, unit: 'count', ratio: 0, reference: `${check.n} committed numbers` },
      { name: 'doc-number.gaps', value: gaps, unit: 'count', ratio: 0, reference: `nextval: ${seqCheck.hi - seqCheck.n} gaps` },
      { name: 'doc-number.reference-nextval', value: Math.round(seq.perSecond), unit: 'numbers/s', ratio: 1, reference: 'itself' },
    ];
  } finally {
    await ds.destroy();
    await pg.end();
  }
}
