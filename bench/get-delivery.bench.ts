import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { startBenchApi } from './api-harness';
import { BenchLine } from './bench-util';
import { LoadResult, runLoad } from './http-load';

/**
 * Scenario `get-delivery` (QUALITY: "GET delivery by id (auth + ORM) ≥ 50% of raw Fastify + pg
 * req/s, p99 ≤ 50 ms"). The real api (api-harness: ApiModule as main.ts builds it) answers
 * GET /api/v1/deliveries/:id for the agency clerk (JWT check, session check, jurisdiction scope,
 * ORM read, DTO) under `connections` keep-alive connections from a child process. Reference: a raw
 * Fastify server with a pg Pool of the same size answering the same row by id, same load.
 */
export async function runGetDelivery(opts: { baseUrl: string; seconds?: number; connections?: number; log: (s: string) => void }): Promise<BenchLine[]> {
  const seconds = opts.seconds ?? 15;
  const connections = opts.connections ?? 16;
  const api = await startBenchApi(opts.baseUrl, 'sifa_jianyi_bench_api_get', opts.log);
  try {
    const token = await api.token('lxscjg.clerk');
    const path = `/api/v1/deliveries/${api.deliveryId}`;
    const probe = await api.call('GET', path, token);
    if (probe.status !== 200 || probe.body.id !== api.deliveryId) throw new Error(`GET delivery: ${probe.status} ${JSON.stringify(probe.body)}`);
    const spec = (url: string, headers: Record<string, string>) => ({
      url,
      connections,
      seconds,
      requests: [{ method: 'GET' as const, path, headers }],
      repeat: true,
      expectStatus: 200,
    });
    opts.log(`get-delivery: warm-up, then ${seconds} s × ${connections} connections`);
    await runLoad({ ...spec(api.url, { authorization: `Bearer ${token}` }), seconds: 3 });
    const real = await runLoad(spec(api.url, { authorization: `Bearer ${token}` }));

    // Reference: raw Fastify + pg, the same row by id.
    const pool = new Pool({ connectionString: api.dbUrl, max: api.poolSize });
    const raw = Fastify({ logger: false });
    raw.get<{ Params: { id: string } }>('/api/v1/deliveries/:id', async (req, reply) => {
      const { rows } = await pool.query('SELECT * FROM deliveries WHERE id = $1', [req.params.id]);
      if (!rows.length) return reply.code(404).send({ statusCode: 404 });
      return rows[0];
    });
    await raw.listen({ port: 0, host: '127.0.0.1' });
    const rawUrl = `http://127.0.0.1:${(raw.server.address() as AddressInfo).port}`;
    await runLoad({ ...spec(rawUrl, {}), seconds: 3 });
    const ref = await runLoad(spec(rawUrl, {}));
    await raw.close();
    await pool.end();
    return lines('get-delivery', real, ref, opts.log);
  } finally {
    await api.close();
  }
}

/** req/s and p50/p99 lines, each against the reference's same figure. */
export function lines(name: string, real: LoadResult, ref: LoadResult, log: (s: string) => void): BenchLine[] {
  for (const [label, r] of [
    ['api', real],
    ['reference', ref],
  ] as const) {
    log(`${name}: ${label} ${r.ok}/${r.requests} ok in ${r.seconds.toFixed(1)} s${Object.keys(r.errors).length ? `, errors ${JSON.stringify(r.errors)}` : ''}`);
  }
  if (real.ok === 0) throw new Error(`${name}: no successful request (${JSON.stringify(real.errors)})`);
  const r = (x: number) => Math.round(x * 100) / 100;
  const q = (x: number) => Number(x.toPrecision(2));
  return [
    {
      name: `${name}.throughput`,
      value: Math.round(real.perSecond),
      unit: 'req/s',
      ratio: q(real.perSecond / ref.perSecond),
      reference: 'raw Fastify + pg req/s',
    },
    { name: `${name}.p50`, value: r(real.p50), unit: 'ms', ratio: q(real.p50 / ref.p50), reference: 'raw Fastify + pg p50' },
    { name: `${name}.p99`, value: r(real.p99), unit: 'ms', ratio: q(real.p99 / ref.p99), reference: 'raw Fastify + pg p99' },
    { name: `${name}.errors`, value: real.requests - real.ok, unit: 'count', ratio: 0, reference: `${real.requests} requests` },
    { name: `${name}.reference-throughput`, value: Math.round(ref.perSecond), unit: 'req/s', ratio: 1, reference: 'itself' },
  ];
}
