import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { cloneSignedDeliveries, startBenchApi } from './api-harness';
import { BenchLine } from './bench-util';
import { lines } from './get-delivery.bench';
import { LoadRequest, runLoad } from './http-load';

/**
 * Scenario `post-reply` (QUALITY: "POST reply (validate, one transaction: row + audit + outbox)
 * ≥ 800 req/s, p99 ≤ 100 ms"). Seeds `count` signed deliveries (one letter each, cloned in SQL from
 * one issued and signed through the api), then the agency clerk replies to each once —
 * POST /api/v1/deliveries/:id/reply with a stance per item: validation, the letter and delivery
 * locked, reply row, delivery → REPLIED, timeline, notices, outbox rows and the audit event in
 * one transaction — under `connections` keep-alive connections from a child process, for
 * `seconds` or until every delivery has its reply. Afterwards every reply must be in the database
 * with its audit event, and the audit chains must verify. Reference: a raw Fastify + pg server that validates nothing and INSERTs an
 * equivalent delivery_replies row (autocommit) for the same bodies.
 */
export async function runPostReply(opts: {
  baseUrl: string;
  seconds?: number;
  connections?: number;
  count?: number;
  log: (s: string) => void;
}): Promise<BenchLine[]> {
  const seconds = opts.seconds ?? 15;
  const connections = opts.connections ?? 16;
  const count = opts.count ?? 12_000;
  const api = await startBenchApi(opts.baseUrl, 'sifa_jianyi_bench_api_reply', opts.log);
  try {
    const token = await api.token('lxscjg.clerk');
    const ids = await cloneSignedDeliveries(api, count + 200);
    opts.log(`post-reply: ${ids.length} signed deliveries seeded`);
    const body = JSON.stringify({
      content: '我局已研究并部署整改。',
      measures: '建立预付资金存管制度',
      items: [
        { index: 1, stance: 'ADOPT' },
        { index: 2, stance: 'PARTIAL', note: '分步实施' },
      ],
    });
    const req = (id: string): LoadRequest => ({ method: 'POST', path: `/api/v1/deliveries/${id}/reply`, headers: { authorization: `Bearer ${token}` }, body });
    const auditBefore = Number((await api.pg.query(`SELECT count(*) FROM audit_events WHERE action = 'delivery.reply'`)).rows[0].count);
    const spec = (url: string, requests: LoadRequest[], secs: number) => ({ url, connections, seconds: secs, requests, repeat: false, expectStatus: 200 });
    opts.log(`post-reply: warm-up (200 replies), then up to ${count} replies in ${seconds} s × ${connections} connections`);
    await runLoad(spec(api.url, ids.slice(0, 200).map(req), 30));
    const real = await runLoad(spec(api.url, ids.slice(200).map(req), seconds));
    const { rows } = await api.pg.query(
      `SELECT (SELECT count(*) FROM delivery_replies r JOIN deliveries d ON d.id = r.delivery_id WHERE r.status = 'SUBMITTED' AND d.status = 'REPLIED' AND d.id = ANY($1))::int AS replies,
              (SELECT count(*) FROM audit_events WHERE action = 'delivery.reply')::int AS audits`,
      [ids],
    );
    const okTotal = real.ok + 200;
    opts.log(`post-reply: ${rows[0].replies} replies stored, ${rows[0].audits - auditBefore} audit events for ${okTotal} 200 answers`);
    if (rows[0].replies !== okTotal || rows[0].audits - auditBefore !== okTotal)
      throw new Error('post-reply: stored replies or audit events do not match the successful answers');
    // The audit chains, appended in parallel under load, must still verify.
    const verified = await api.call('GET', '/api/v1/audit/verify', await api.token('admin'));
    opts.log(`post-reply: audit verify ${JSON.stringify(verified.body)}`);
    if (verified.status !== 200 || !verified.body.valid) throw new Error(`post-reply: audit chains do not verify: ${JSON.stringify(verified.body)}`);

    // Reference: raw Fastify + pg inserting an equivalent row, same bodies, fresh deliveries.
    const pool = new Pool({ connectionString: api.dbUrl, max: api.poolSize });
    const raw = Fastify({ logger: false });
    raw.post<{ Params: { id: string }; Body: { content: string; measures?: string; items: unknown[] } }>('/api/v1/deliveries/:id/reply', async (r) => {
      const { rows: ins } = await pool.query(
        `INSERT INTO delivery_replies (delivery_id, status, content, measures, items, written_at, submitted_at) VALUES ($1, 'SUBMITTED', $2, $3, $4, now(), now()) RETURNING id`,
        [r.params.id, r.body.content, r.body.measures ?? '', JSON.stringify(r.body.items)],
      );
      return { id: ins[0].id };
    });
    await raw.listen({ port: 0, host: '127.0.0.1' });
    const rawUrl = `http://127.0.0.1:${(raw.server.address() as AddressInfo).port}`;
    const fresh = await cloneSignedDeliveries(api, count + 200);
    await runLoad(spec(rawUrl, fresh.slice(0, 200).map(req), 30));
    const ref = await runLoad(spec(rawUrl, fresh.slice(200).map(req), seconds));
    await raw.close();
    await pool.end();
    return lines('post-reply', real, ref, opts.log);
  } finally {
    await api.close();
  }
}
