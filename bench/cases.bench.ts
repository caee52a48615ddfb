import 'reflect-metadata';
import { createWriteStream, createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CaseScopeService, CaseTrendsService, CAUSE_CATALOGUE, copyImportCases, LeadDetectionService } from '@app/cases';
import { AppConfig, dataSourceOptions, ensureDatabase, FixedClock, loadConfig, runMigrations, withDatabase } from '@app/core';
import { JurisdictionService } from '@app/directory';
import { Principal, Role } from '@app/identity';
import { SCHEMA } from '@app/schema';
import { BenchLine, percentile, runStandalone } from './bench-util';
import { provinceCourts } from './generate/impact-data';

/**
 * `npm run bench -- cases [--cases-total=10000000]`: case records at scale, on a directory of one
 * 高院, 11 中院 and 101 基层法院 with 法院代字, 60 causes (40 of them contract disputes), three years (2023-01..2025-12; today is
 * 2026-01-15).
 * 1. `cases:import` of 1,000,000 rows from a CSV file (COPY + merge + rollups): seconds (target ≤ 60 s);
 * 2. trends p99 for a province and a county, at 1M and again after growing the table to
 *    --cases-total (generated on the server): ms (target ≤ 100 ms, flat);
 * 3. lead detection over every court at the larger size: seconds (target ≤ 120 s).
 * Reference for 1: the plain `COPY` of the same file into an unindexed table.
 */
const DB = 'sifa_jianyi_bench_cases';
const TODAY = '2026-01-15';

export async function runCases(opts: { baseUrl: string; total?: number; log: (s: string) => void }): Promise<BenchLine[]> {
  const total = opts.total ?? 10_000_000;
  const url = withDatabase(opts.baseUrl, DB);
  const admin = new Client({ connectionString: opts.baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.end();
  await ensureDatabase(url);
  const config: AppConfig = loadConfig({ APP_ENV: 'test', DATABASE_URL: url, JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' });
  await runMigrations(config, SCHEMA, url);
  const ds = new DataSource(dataSourceOptions({ ...config, databasePoolSize: 4 }, SCHEMA));
  await ds.initialize();
  const out: BenchLine[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'cases-bench-'));
  try {
    await ds.query(`SET statement_timeout = 0`);
    const courts = await provinceCourts(ds);
    // Contract disputes first (the skewed draw favours the first causes, as real caseloads do), then others.
    const leaves = CAUSE_CATALOGUE.filter((c) => c.kind === 'CIVIL' && c.level >= 3);
    const causes = [...leaves.filter((c) => c.code.startsWith('M0401')).slice(0, 40), ...leaves.filter((c) => !c.code.startsWith('M04')).slice(0, 20)];
    const file = join(dir, 'cases.csv');
    await writeCsv(
      file,
      1_000_000,
      courts,
      causes.map((c) => c.name),
    );
    opts.log('cases: 1,000,000-row CSV written');

    const ref = new Client({ connectionString: url });
    await ref.connect();
    await ref.query(`CREATE UNLOGGED TABLE copy_reference (a text, b text, c text, d text, e text, f text, g text, h text)`);
    const t0 = Date.now();
    const { from } = await import('pg-copy-streams');
    const { pipeline } = await import('node:stream/promises');
    await pipeline(createReadStream(file), ref.query(from(`COPY copy_reference FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const refMs = Date.now() - t0;
    await ref.query(`DROP TABLE copy_reference`);
    await ref.end();

    const started = Date.now();
    const r = await copyImportCases(ds, createReadStream(file), { today: TODAY });
    const importS = (Date.now() - started) / 1000;
    opts.log(`cases: import ${r.created} created, ${r.errorCount} refused in ${importS.toFixed(1)} s (plain COPY ${(refMs / 1000).toFixed(1)} s)`);
    out.push({
      name: 'cases import 1M (npm run cases:import)',
      value: Math.round(importS * 10) / 10,
      unit: 's',
      ratio: Math.round((importS * 1000) / refMs),
      reference: 'plain COPY of the file',
    });

    const clock = new FixedClock(new Date(`${TODAY}T02:00:00Z`));
    const trends = new CaseTrendsService(ds, new CaseScopeService(new JurisdictionService(ds), ds), clock, config);
    const who = (court: { id: string }): Principal => ({
      kind: 'user',
      userId: '00000000-0000-0000-0000-000000000001',
      username: 'bench',
      displayName: 'bench',
      organizationId: court.id,
      organizationType: 'COURT',
      roles: [Role.COURT_ADMIN],
      division: null,
      sessionId: null,
      apiTokenId: null,
      ip: null,
      correlationId: null,
    });
    const measure = async (label: string) => {
      await ds.query(`VACUUM ANALYZE cases, case_monthly, case_party_monthly, case_area_monthly, case_area_party_monthly`);
      for (const [viewer, court] of [
        ['province', courts[0]],
        ['county', courts[20]],
      ] as const) {
        const times: number[] = [];
        for (let i = 0; i < 200; i++) {
          const t = process.hrtime.bigint();
          await trends.trends(who(court), { cause: i % 2 ? '合同纠纷' : causes[i % causes.length].name, from: '2025-01', to: '2025-12', granularity: 'month' });
          times.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
        times.sort((a, b) => a - b);
        const p99 = Math.round(percentile(times, 0.99) * 10) / 10;
        opts.log(`cases: trends ${viewer} at ${label}: p50 ${percentile(times, 0.5).toFixed(1)} ms, p99 ${p99} ms`);
        out.push({
          name: `cases trends p99 (${viewer}) at ${label}`,
          value: p99,
          unit: 'ms',
          ratio: Math.round((p99 / 100) * 100) / 100,
          reference: 'target 100 ms',
        });
      }
    };
    await measure('1M');

    if (total > 1_000_000) {
      const t = Date.now();
      await grow(
        ds,
        total - 1_000_000,
        causes.map((c) => c.code),
      );
      opts.log(`cases: grown to ${total} in ${((Date.now() - t) / 1000).toFixed(0)} s`);
      await measure(`${total / 1_000_000}M`);
    }
    const detection = new LeadDetectionService(ds, clock, config);
    const d = await detection.detect(null);
    opts.log(`cases: lead detection ${d.candidates} candidates, ${d.upserted} leads in ${(d.durationMs / 1000).toFixed(1)} s`);
    out.push({
      name: `cases lead detection over ${total / 1_000_000}M`,
      value: Math.round(d.durationMs / 100) / 10,
      unit: 's',
      ratio: Math.round((d.durationMs / 120_000) * 100) / 100,
      reference: 'target 120 s',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await ds.destroy();
  }
  return out;
}

/** Deterministic pseudo-random numbers. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

async function writeCsv(file: string, n: number, courts: { code: string }[], causes: string[]): Promise<void> {
  const w = createWriteStream(file);
  const rand = rng(7);
  w.write('案号,案由,立案日期,结案日期,结案方式,当事人,标的额,关键词\n');
  const seq = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const court = courts[1 + Math.floor(rand() * (courts.length - 1))].code;
    const year = 2023 + Math.floor(rand() * 3);
    const month = 1 + Math.floor(rand() * 12);
    const key = `${court}${year}`;
    const s = (seq.get(key) ?? 0) + 1;
    seq.set(key, s);
    const cause = causes[Math.floor(rand() * rand() * causes.length)];
    const party = rand() < 0.3 ? `法人:企业${Math.floor(rand() * 2000)}有限公司;自然人` : '自然人;自然人';
    const line = `(${year})${court}民初${s}号,${cause},${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')},,,"${party}",${Math.floor(rand() * 100000)},${rand() < 0.05 ? '充电桩' : ''}\n`;
    if (!w.write(line)) await once(w, 'drain');
  }
  w.end();
  await once(w, 'finish');
}

/** More cases generated on the server (as many per court and cause as the file had, skewed the same way), then the rollups. */
async function grow(ds: DataSource, n: number, causeCodes: string[]): Promise<void> {
  await ds.transaction(async (m) => {
    await m.query(`SET LOCAL statement_timeout = 0`);
    const county: { id: string; case_code: string }[] = await m.query(
      `SELECT id, case_code FROM organizations WHERE type = 'COURT' AND length(case_code) = 5 ORDER BY id`,
    );
    await m.query(
      `INSERT INTO cases (case_number, year, province, court_code, type_word, case_kind, seq, court_id, cause_code, filed_on, parties, party_names, keywords)
       SELECT '（' || y || '）' || ($6::text[])[k] || '民初' || (1000000 + g) || '号', y, '浙', ($6::text[])[k], '民初', '民事', 1000000 + g, ($5::uuid[])[k],
              ($3::text[])[1 + floor(random() * random() * $4)::int], make_date(y, 1 + (g % 12)::int, 1 + (g % 28)::int),
              '[{"kind":"自然人"}]', CASE WHEN g % 3 = 0 THEN ARRAY['企业' || (g % 2000) || '有限公司'] ELSE '{}' END,
              CASE WHEN g % 20 = 0 THEN ARRAY['充电桩'] ELSE '{}' END
         FROM generate_series(1, $1::int) AS g
         CROSS JOIN LATERAL (SELECT 2023 + (g % 3)::int AS y, 1 + (g % $2)::int AS k) x`,
      [n, county.length, causeCodes, causeCodes.length, county.map((c) => c.id), county.map((c) => c.case_code)],
    );
    const courts = (await m.query(`SELECT id FROM organizations WHERE type = 'COURT'`)).map((r: { id: string }) => r.id);
    const { rebuildCaseRollups } = await import('@app/cases');
    await rebuildCaseRollups(m, courts);
  });
}

if (require.main === module) runStandalone((c) => runCases({ ...c, total: Number(process.env.BENCH_CASES_TOTAL ?? 10_000_000) }));
