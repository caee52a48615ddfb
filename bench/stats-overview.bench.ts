import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client } from 'pg';
import { AppConfig, APP_CONFIG, AppConfigModule, ClockModule, dataSourceOptions } from '@app/core';
import { Principal, Role } from '@app/identity';
import { factsSql, aggregateFactsSql, StatisticsService, StatsRefreshService, StatisticsModule } from '@app/statistics';
import { SCHEMA } from '@app/schema';
import { ensureNationalData } from './generate/national-data';
import { BenchLine, percentile } from './bench-util';

@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    TypeOrmModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => dataSourceOptions(config, SCHEMA) }),
    StatisticsModule,
  ],
})
/** The statistics services on their own (also the `impact-ranking` benchmark's). */
export class StatsBenchModule {}

interface Measured {
  p50: number;
  p99: number;
  refPerCall: number;
  refreshMs: number;
  refreshMode: string;
  deliveries: number;
}

async function time(fn: () => Promise<unknown>, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

/** One scale: generate (or reuse) the data, full refresh, then time the overview and the plain SQL aggregate. */
async function measure(baseUrl: string, db: string, letters: number, log: (s: string) => void): Promise<Measured> {
  log(`data ${db}: ${letters} letters`);
  const data = await ensureNationalData(baseUrl, db, letters, log);
  log(`  ${data.deliveries} deliveries (${data.reused ? 'reused' : `generated in ${(data.generatedMs / 1000).toFixed(0)} s`})`);
  Object.assign(process.env, { APP_ENV: 'test', DATABASE_URL: data.url, JWT_SECRET: 'bench-secret-0123456789-abcdefghijklmnop', DATABASE_POOL_SIZE: '4' });
  const app = await NestFactory.createApplicationContext(StatsBenchModule, { logger: false });
  try {
    // Full on the first run of the day (or BENCH_FULL_REFRESH=1), incremental after that.
    const refresh = await app.get(StatsRefreshService).refresh({ full: process.env.BENCH_FULL_REFRESH === '1' });
    log(`  ${refresh.mode} rollup refresh: ${(refresh.durationMs / 1000).toFixed(1)} s (${refresh.touchedKeys} keys)`);
    const pg = new Client({ connectionString: data.url });
    await pg.connect();
    // Steady state: what autovacuum would have done after the bulk load.
    await pg.query(`VACUUM ANALYZE stats_daily, stats_scope_monthly, stats_refresh_state, organizations, users`);
    // The viewer: the administrator of the first province's high court (its subtree: 111 courts).
    const { rows } = await pg.query(
      `SELECT u.id AS user_id, u.username, o.id AS org_id, o.path FROM users u JOIN organizations o ON o.id = u.organization_id WHERE o.code = 'B-C-110000'`,
    );
    const v = rows[0];
    const principal: Principal = {
      kind: 'user',
      userId: v.user_id,
      username: v.username,
      displayName: 'bench',
      organizationId: v.org_id,
      organizationType: 'COURT',
      roles: [Role.COURT_ADMIN],
      division: null,
      sessionId: null,
      apiTokenId: null,
      ip: '127.0.0.1',
      correlationId: 'bench',
    } as unknown as Principal;
    const stats = app.get(StatisticsService);
    await time(() => stats.overview(principal, {}), 100);
    const samples = (await time(() => stats.overview(principal, {}), 1000)).sort((a, b) => a - b);
    // Reference: the same figures as one plain SQL aggregate over the base tables.
    const refSql = `SELECT ${aggregateFactsSql()} FROM (${factsSql('', `AND s.court_id IN (SELECT id FROM organizations WHERE type = 'COURT' AND path LIKE $3)`)}) f`;
    const refRun = () => pg.query(refSql, ['Asia/Shanghai', new Date().toISOString().slice(0, 10), `${v.path}%`]);
    await refRun();
    const ref = (await time(refRun, 3)).sort((a, b) => a - b);
    await pg.end();
    return {
      p50: percentile(samples, 0.5),
      p99: percentile(samples, 0.99),
      refPerCall: ref[1],
      refreshMs: refresh.durationMs,
      refreshMode: refresh.mode,
      deliveries: data.deliveries,
    };
  } finally {
    await app.close();
  }
}

/** `stats-overview`: the overview of a provincial high court at 50k and at 5M deliveries. */
export async function runStatsOverview(opts: { baseUrl: string; smallLetters: number; largeLetters: number; log: (s: string) => void }): Promise<BenchLine[]> {
  const small = await measure(opts.baseUrl, 'sifa_jianyi_bench_small', opts.smallLetters, opts.log);
  const large = await measure(opts.baseUrl, 'sifa_jianyi_bench', opts.largeLetters, opts.log);
  const k = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(0)}M` : `${(n / 1e3).toFixed(0)}k`);
  const line = (name: string, value: number, ref: number, refName: string): BenchLine => ({
    name,
    value: Math.round(value * 100) / 100,
    unit: 'ms',
    ratio: Number((value / ref).toPrecision(2)),
    reference: refName,
  });
  return [
    line(`stats.overview@${k(small.deliveries)}.p50`, small.p50, small.refPerCall, 'plain SQL aggregate'),
    line(`stats.overview@${k(small.deliveries)}.p99`, small.p99, small.refPerCall, 'plain SQL aggregate'),
    line(`stats.overview@${k(large.deliveries)}.p50`, large.p50, large.refPerCall, 'plain SQL aggregate'),
    line(`stats.overview@${k(large.deliveries)}.p99`, large.p99, large.refPerCall, 'plain SQL aggregate'),
    {
      name: `stats.overview@${k(large.deliveries)}.p99-vs-${k(small.deliveries)}`,
      value: Math.round((large.p99 / small.p99) * 100) / 100,
      unit: 'x',
      ratio: Math.round((large.p99 / small.p99) * 100) / 100,
      reference: `p99 at ${k(small.deliveries)} (target ≤ 2)`,
    },
    { name: `stats.reference-sql@${k(large.deliveries)}`, value: Math.round(large.refPerCall), unit: 'ms', ratio: 1, reference: 'itself' },
    {
      name: `stats.${large.refreshMode}-refresh@${k(large.deliveries)}`,
      value: Math.round(large.refreshMs),
      unit: 'ms',
      ratio: Number((large.refreshMs / large.refPerCall).toPrecision(2)),
      reference: 'plain SQL aggregate',
    },
  ];
}
