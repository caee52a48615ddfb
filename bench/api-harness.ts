import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { loadConfig, runMigrations, withDatabase } from '@app/core';
import { SCHEMA } from '@app/schema';
import { ApiModule } from '../apps/api/src/api.module';
import { configureApp, createFastifyAdapter } from '../apps/api/src/app.setup';
import { seedDirectory, SeededDirectory } from '../scripts/seed/seed-directory';

/**
 * The api as main.ts builds it (same module, same setup, APP_ENV=test, LOG_LEVEL=warn so request
 * logs do not dominate), listening on a local port, on a fresh bench database with the demo
 * directory, plus one issued letter (兰溪法院 → 兰溪市市场监管局, which replies without leader
 * approval) signed for by the agency clerk. For the http benchmarks (get-delivery, post-reply).
 */
export const BENCH_PASSWORD = 'Bench@password-2026';

export interface BenchApi {
  url: string;
  dbUrl: string;
  poolSize: number;
  pg: Client;
  dir: SeededDirectory;
  token: (username: string) => Promise<string>;
  call: (method: string, path: string, token: string, body?: unknown) => Promise<{ status: number; body: any }>;
  /** The signed delivery of the seeded letter and its letter. */
  deliveryId: string;
  suggestionId: string;
  close: () => Promise<void>;
}

/** The api listening on a local port over a database as it is (migrated, not seeded), with login and call helpers. */
export interface RunningApi {
  url: string;
  app: NestFastifyApplication;
  poolSize: number;
  token: (username: string, password?: string) => Promise<string>;
  call: (method: string, path: string, token: string, body?: unknown) => Promise<{ status: number; body: any }>;
}

export async function startBenchApi(baseUrl: string, dbName: string, log: (s: string) => void): Promise<BenchApi> {
  const dbUrl = withDatabase(baseUrl, dbName);
  const admin = new Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const { url, app, poolSize, token, call } = await startApiOn(dbUrl);
  const dir = await seedDirectory(app.get(DataSource), app.get(AuditService), BENCH_PASSWORD);
  const pg = new Client({ connectionString: dbUrl });
  await pg.connect();
  const must = async (what: string, expect: number, p: Promise<{ status: number; body: any }>) => {
    const r = await p;
    if (r.status !== expect) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };

  // A calendar for next year too, so a reply due date two months on can be computed in November.
  const year = new Date().getUTCFullYear() + 1;
  if ((await call('GET', `/api/v1/calendar/${year}`, await token('admin'))).status !== 200) {
    await must(
      'calendar',
      200,
      call('PUT', `/api/v1/calendar/${year}`, await token('admin'), { holidays: [`${year}-01-01`, `${year}-05-01`, `${year}-10-01`], workdays: [] }),
    );
  }
  log(`${dbName}: api at ${url}, seeding one signed letter`);
  const agency = dir.orgs.get('AG-330781-SCJG')!.id;
  const created = await must(
    'create',
    201,
    call('POST', '/api/v1/suggestions', await token('lx.judge'), {
      title: '关于加强预付式消费监管的司法建议',
      category: 'CLASS_CASE',
      domain: '消费者权益',
      major: false,
      background: '本院近年受理的预付式消费合同纠纷案件数量持续上升。',
      items: [
        { problem: '经营者收取预付款后停业', recommendation: '建立预付资金存管制度' },
        { problem: '投诉处置分散', recommendation: '建立联合处置机制' },
      ],
      sourceCases: ['(2025)浙0781民初100号'],
      legalBasis: '《消费者权益保护法》第五十三条',
      replyPeriodMonths: 2,
      recipients: [{ organizationId: agency, kind: 'MAIN' }],
      contactName: '周承办',
      contactPhone: '0579-88888888',
    }),
  );
  await must('submit', 200, call('POST', `/api/v1/suggestions/${created.id}/submit`, await token('lx.judge'), {}));
  await must('review', 200, call('POST', `/api/v1/suggestions/${created.id}/review`, await token('lx.head'), { decision: 'APPROVE' }));
  const issued = await must('approve', 200, call('POST', `/api/v1/suggestions/${created.id}/approve`, await token('lx.leader'), { decision: 'APPROVE' }));
  const deliveryId = issued.deliveries.find((d: { organizationId: string }) => d.organizationId === agency).id as string;
  await must('sign', 200, call('POST', `/api/v1/deliveries/${deliveryId}/sign`, await token('lxscjg.clerk'), {}));
  return {
    url,
    dbUrl,
    poolSize,
    pg,
    dir,
    token,
    call,
    deliveryId,
    suggestionId: created.id,
    close: async () => {
      await pg.end();
      await app.close();
    },
  };
}

/**
 * The api (ApiModule, configureApp, LOG_LEVEL=warn) on the database at `dbUrl` as it is: migrated,
 * nothing seeded. `token` logs a user in once (password BENCH_PASSWORD unless given) and keeps the
 * access token.
 */
export async function startApiOn(dbUrl: string): Promise<RunningApi> {
  Object.assign(process.env, {
    APP_ENV: 'test',
    DATABASE_URL: dbUrl,
    REDIS_PREFIX: `bench:${randomBytes(4).toString('hex')}`,
    JWT_SECRET: 'bench-secret-0123456789-abcdefghijklmnop',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    REMINDER_SCAN_CRON: 'off',
    WEB_DIST_DIR: 'dist/web',
    DATABASE_POOL_SIZE: process.env.BENCH_API_POOL_SIZE ?? '10', // the shipped default (other scenarios in this process set their own)
  });
  const config = loadConfig();
  await runMigrations(config, SCHEMA);
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, createFastifyAdapter(config.trustProxy), { logger: false, abortOnError: false });
  await configureApp(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  const tokens = new Map<string, string>();
  const token = async (username: string, password = BENCH_PASSWORD) => {
    if (!tokens.has(username)) {
      const r = await call('POST', '/api/v1/auth/login', '', { username, password });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
      tokens.set(username, r.body.accessToken);
    }
    return tokens.get(username)!;
  };
  return { url, app, poolSize: config.databasePoolSize, token, call };
}

/**
 * `n` more signed deliveries like the seeded one, each on a letter of its own (a reply locks its
 * letter's row), cloned set-based in SQL. Returns their ids.
 */
export async function cloneSignedDeliveries(api: BenchApi, n: number): Promise<string[]> {
  // Every column but the generated ones (deliveries' running clock), which PostgreSQL computes itself.
  const columns = new Map<string, string>();
  for (const table of ['suggestions', 'suggestion_items', 'suggestion_recipients', 'deliveries']) {
    const { rows } = await api.pg.query(
      `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS cols FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'`,
      [table],
    );
    columns.set(table, rows[0].cols as string);
  }
  // LATERAL, so the record is built once per row ((f(x)).* would call f once per column).
  const clone = (table: string, overrides: string, from: string) => {
    const cols = columns.get(table)!;
    const picked = cols
      .split(', ')
      .map((c) => `r.${c}`)
      .join(', ');
    return `INSERT INTO ${table} (${cols}) SELECT ${picked} FROM ${table} x CROSS JOIN bench_clone_map m CROSS JOIN LATERAL jsonb_populate_record(NULL::${table}, to_jsonb(x) || ${overrides}) r WHERE ${from}`;
  };
  await api.pg.query('BEGIN');
  const maxSeq = Number((await api.pg.query(`SELECT max(doc_seq) AS n FROM suggestions`)).rows[0].n ?? 0);
  await api.pg.query(`SET LOCAL session_replication_role = replica`); // no search-index triggers for the clones
  await api.pg.query(
    `CREATE TEMP TABLE bench_clone_map ON COMMIT DROP AS SELECT g, gen_random_uuid() AS sid, gen_random_uuid() AS did FROM generate_series(1, ${n}) g`,
  );
  await api.pg.query(
    clone('suggestions', `jsonb_build_object('id', m.sid, 'doc_number', x.doc_number || '-' || m.sid, 'doc_seq', m.g + $2::int)`, `x.id = $1`),
    [api.suggestionId, maxSeq],
  );
  await api.pg.query(clone('suggestion_items', `jsonb_build_object('suggestion_id', m.sid)`, `x.suggestion_id = $1`), [api.suggestionId]);
  await api.pg.query(clone('suggestion_recipients', `jsonb_build_object('suggestion_id', m.sid)`, `x.suggestion_id = $1`), [api.suggestionId]);
  await api.pg.query(clone('deliveries', `jsonb_build_object('id', m.did, 'suggestion_id', m.sid)`, `x.id = $1`), [api.deliveryId]);
  const { rows } = await api.pg.query(`SELECT did FROM bench_clone_map ORDER BY g`);
  await api.pg.query('COMMIT');
  await api.pg.query('ANALYZE');
  return rows.map((r) => r.did as string);
}
