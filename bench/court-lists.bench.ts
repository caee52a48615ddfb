import 'reflect-metadata';
import { Client } from 'pg';
import { withDatabase } from '@app/core';
import { hashPassword } from '@app/identity';
import { BENCH_PASSWORD, startApiOn } from './api-harness';
import { BenchLine, percentile } from './bench-util';
import { ensureNationalData } from './generate/national-data';
import { runLoad } from './http-load';

/**
 * Scenario `court-lists` (issue 13: court-side lists flat at national scale, p99 ≤ 50 ms). On a copy
 * of the 5M-delivery data set (`sifa_jianyi_bench_api_lists`, made from `sifa_jianyi_bench` as a
 * template and dropped afterwards), the real api answers the first page of `GET /deliveries` and
 * `GET /suggestions` (default sort, with total) for a county court admin (1 court), the admin of a
 * provincial high court (111 courts) and a provincial 人大 supervisor (the same 111 courts by
 * region), and the county admin's `GET /worklist` (first page of 20 with total and counts). One keep-alive connection from a child process,
 * `requests` calls or `seconds`, whichever ends first, after a warm-up: per-request latency, not
 * throughput. Reference: the hand-written index-shaped SQL for the same page and count, run the
 * same number of times from this process; the api's totals and first-page ids must equal it.
 */
const DB = 'sifa_jianyi_bench_api_lists';
const COUNTY = 'B-C-110181';
const PROVINCE = 'B-C-110000';
const CONGRESS = 'B-P-110000';

interface Viewer {
  who: 'county' | 'province' | 'congress';
  username: string;
  courtIds: string[];
}

type Endpoint = 'deliveries' | 'suggestions' | 'worklist';

/**
 * The hand-written SQL: one statement for the page (or work items), one for the total. One court by
 * equality (PostgreSQL 15 reads an index in order only for `=`, not for `= ANY` of one value).
 */
function referenceSql(endpoint: Endpoint, courtCount: number): string[] {
  const one = courtCount === 1;
  const on = (alias: string) => (one ? `${alias}.court_id = ($1::uuid[])[1]` : `${alias}.court_id = ANY($1::uuid[])`);
  switch (endpoint) {
    case 'deliveries':
      return [
        `SELECT d.*, o.name AS organization_name, s.title, s.doc_number, c.name AS court_name
           FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id JOIN organizations o ON o.id = d.organization_id JOIN organizations c ON c.id = d.court_id
          WHERE ${on('d')} ORDER BY d.delivered_at DESC, d.id LIMIT 20`,
        `SELECT count(*)::int AS n FROM deliveries d WHERE ${on('d')}`,
      ];
    case 'suggestions':
      return [
        `SELECT s.*, c.name AS court_name, u.display_name AS author_name
           FROM suggestions s JOIN organizations c ON c.id = s.court_id JOIN users u ON u.id = s.author_id
          WHERE ${on('s')} ORDER BY s.created_at DESC, s.id LIMIT 20`,
        `SELECT count(*)::int AS n FROM suggestions s WHERE ${on('s')}`,
      ];
    case 'worklist':
      // The county court's issued letters' deliveries that need the admin (by the running clock), and its
      // watched letters: every item, as the total and the counts per reason need them (the api pages them).
      return [
        `SELECT d.*, s.doc_number, s.title, (SELECT o.name FROM organizations o WHERE o.id = d.organization_id) AS org_name
           FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id
          WHERE ${on('d')} AND s.status = 'ISSUED'
            AND ((d.running_clock IN ('SIGN','REPLY') AND d.running_due_date < current_date) OR (d.running_clock = 'FOLLOW_UP' AND d.running_due_date <= current_date)
              OR d.status = 'REPLIED' OR (d.status = 'IMPLEMENTING' AND d.implementation_status = 'IMPLEMENTED')
              OR (d.status = 'REJECTED_BY_RECIPIENT' AND d.rerouted_to_id IS NULL)
              OR EXISTS (SELECT 1 FROM delivery_extensions x WHERE x.delivery_id = d.id AND x.status = 'PENDING')
              OR EXISTS (SELECT 1 FROM supervision_notes n WHERE n.delivery_id = d.id)
              OR EXISTS (SELECT 1 FROM supervision_watches w WHERE w.delivery_id = d.id AND w.organization_id <> d.court_id))`,
        `SELECT s.id FROM suggestions s WHERE ${on('s')} AND s.status = 'ISSUED'
            AND EXISTS (SELECT 1 FROM supervision_watches w WHERE w.suggestion_id = s.id AND w.organization_id <> s.court_id)`,
      ];
  }
}

/** `n` sequential runs of the reference statements (bounded by `seconds`), sorted latencies in ms. */
async function timeReference(pg: Client, sql: string[], courtIds: string[], n: number, seconds: number): Promise<number[]> {
  const out: number[] = [];
  const until = performance.now() + seconds * 1000;
  for (let i = 0; i < n && performance.now() < until; i++) {
    const t = performance.now();
    for (const s of sql) await pg.query(s, [courtIds]);
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

async function copyDataSet(baseUrl: string, source: string, log: (s: string) => void): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await admin.connect();
  try {
    const t = Date.now();
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    // FILE_COPY: a file-level copy after a checkpoint (WAL_LOG would write the whole data set to WAL).
    await admin.query(`CREATE DATABASE ${DB} TEMPLATE ${source} STRATEGY FILE_COPY`);
    log(`court-lists: ${DB} copied from ${source} in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  } finally {
    await admin.end();
  }
}

async function dropCopy(baseUrl: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.end();
}

/** The three viewers, each with the court ids its jurisdiction covers (resolved by hand, for the reference). */
async function viewers(pg: Client): Promise<Viewer[]> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const user = async (code: string) => {
    const { rows } = await pg.query(
      `SELECT o.id, o.path, o.region_code, u.username FROM organizations o JOIN users u ON u.organization_id = o.id WHERE o.code = $1`,
      [code],
    );
    if (!rows.length) throw new Error(`court-lists: no user of ${code} in the data set`);
    await pg.query(`UPDATE users SET password_hash = $1 WHERE username = $2`, [hash, rows[0].username]);
    return rows[0] as { id: string; path: string; region_code: string; username: string };
  };
  const ids = async (sql: string, param: string) => (await pg.query(sql, [param])).rows.map((r) => r.id as string);
  const county = await user(COUNTY);
  const province = await user(PROVINCE);
  const congress = await user(CONGRESS);
  return [
    { who: 'county', username: county.username, courtIds: [county.id] },
    {
      who: 'province',
      username: province.username,
      courtIds: await ids(`SELECT id FROM organizations WHERE type = 'COURT' AND path LIKE $1 || '%'`, province.path),
    },
    {
      who: 'congress',
      username: congress.username,
      courtIds: await ids(`SELECT id FROM organizations WHERE type = 'COURT' AND region_code LIKE $1 || '%'`, congress.region_code.slice(0, 2)),
    },
  ];
}

export async function runCourtLists(opts: {
  baseUrl: string;
  letters: number;
  requests?: number;
  seconds?: number;
  log: (s: string) => void;
}): Promise<BenchLine[]> {
  const requests = opts.requests ?? 300;
  const seconds = opts.seconds ?? 20;
  const data = await ensureNationalData(opts.baseUrl, 'sifa_jianyi_bench', opts.letters, opts.log);
  opts.log(`court-lists: ${data.deliveries} deliveries (${data.reused ? 'reused' : `generated in ${(data.generatedMs / 1000).toFixed(0)} s`})`);
  // Steady state: what autovacuum would have done after the bulk load (and after a migration's backfill).
  const source = new Client({ connectionString: data.url });
  await source.connect();
  const t = Date.now();
  await source.query(`VACUUM ANALYZE deliveries, suggestions, organizations, users`).finally(() => source.end());
  opts.log(`court-lists: VACUUM ANALYZE in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  await copyDataSet(opts.baseUrl, 'sifa_jianyi_bench', opts.log);
  const dbUrl = withDatabase(opts.baseUrl, DB);
  const pg = new Client({ connectionString: dbUrl });
  await pg.connect();
  const api = await startApiOn(dbUrl).catch(async (e) => {
    await pg.end();
    throw e;
  });
  const out: BenchLine[] = [];
  try {
    const cases: Array<[Viewer, Endpoint]> = [];
    for (const v of await viewers(pg)) {
      cases.push([v, 'deliveries'], [v, 'suggestions']);
      if (v.who === 'county') cases.push([v, 'worklist']);
    }
    for (const [v, endpoint] of cases) {
      const token = await api.token(v.username);
      const path = `/api/v1/${endpoint}`;
      const sql = referenceSql(endpoint, v.courtIds.length);
      // Same answer as the reference: the total and the first page's ids.
      const probe = await api.call('GET', path, token);
      if (probe.status !== 200) throw new Error(`${v.who} ${path}: ${probe.status} ${JSON.stringify(probe.body)}`);
      const [page, count] = await Promise.all(sql.map((s) => pg.query(s, [v.courtIds])));
      if (endpoint !== 'worklist') {
        const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).join(',');
        if (probe.body.total !== count.rows[0].n || ids(probe.body.items) !== ids(page.rows)) {
          throw new Error(
            `${v.who} ${path}: total ${probe.body.total} / first ids ${ids(probe.body.items).slice(0, 80)} differ from the reference's ${count.rows[0].n} / ${ids(page.rows).slice(0, 80)}`,
          );
        }
      }
      const bytes = JSON.stringify(probe.body).length;
      // A watched letter is an item of its own only when none of its deliveries is listed.
      const [refDeliveries, refLetters] = [page.rows.length, count.rows.length];
      const items = probe.body.total;
      if (endpoint === 'worklist' && (items < refDeliveries || items > refDeliveries + refLetters || probe.body.items.length !== Math.min(20, items))) {
        throw new Error(
          `${v.who} ${path}: ${probe.body.total} items, ${probe.body.items.length} on the page; the reference lists ${page.rowCount} deliveries and ${count.rowCount} letters`,
        );
      }
      const visible =
        endpoint === 'worklist'
          ? `${probe.body.total} work items, first page of ${probe.body.items.length} (reference: ${page.rowCount} deliveries, ${count.rowCount} letters)`
          : `${probe.body.total} visible`;
      const spec = {
        url: api.url,
        connections: 1,
        requests: Array.from({ length: requests }, () => ({ method: 'GET' as const, path, headers: { authorization: `Bearer ${token}` } })),
        repeat: false,
        expectStatus: 200,
      };
      await runLoad({ ...spec, requests: spec.requests.slice(0, 5), seconds: 10 });
      const real = await runLoad({ ...spec, seconds });
      if (real.ok === 0) throw new Error(`court-lists ${v.who} ${endpoint}: no successful request (${JSON.stringify(real.errors)})`);
      await timeReference(pg, sql, v.courtIds, 5, 10);
      const ref = await timeReference(pg, sql, v.courtIds, requests, seconds);
      const refP99 = percentile(ref, 0.99);
      opts.log(
        `court-lists ${v.who} ${endpoint} (${v.courtIds.length} courts, ${visible}, ${(bytes / 1024).toFixed(0)} KB): api ${real.ok}/${real.requests} ok, p50 ${real.p50.toFixed(1)} ms, p99 ${real.p99.toFixed(1)} ms; ` +
          `plain SQL ${ref.length} runs, p50 ${percentile(ref, 0.5).toFixed(1)} ms, p99 ${refP99.toFixed(1)} ms`,
      );
      out.push({
        name: `court-lists.${v.who}.${endpoint}.p99`,
        value: Math.round(real.p99 * 100) / 100,
        unit: 'ms',
        ratio: Number((real.p99 / refP99).toPrecision(2)),
        reference: `plain SQL page + count p99 ${refP99.toFixed(1)} ms; target ≤ 50 ms`,
      });
    }
    return out;
  } finally {
    await pg.end();
    await api.app.close();
    await dropCopy(opts.baseUrl);
  }
}
