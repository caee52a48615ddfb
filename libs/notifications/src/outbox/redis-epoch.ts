import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';

/**
 * The Redis data set a client is talking to, as `<run_id>/<marker>`: the server's run_id changes
 * when it restarts (or another server takes over), and the marker key — set once with `NX` — goes
 * with a FLUSHALL. A value other than before means jobs added before are gone. One atomic round
 * trip (MULTI); concurrent callers agree on the marker.
 */
export async function redisEpoch(redis: Redis, markerKey: string): Promise<string> {
  const res = await redis.multi().info('server').set(markerKey, randomUUID(), 'NX').get(markerKey).exec();
  if (!res) throw new Error('Redis epoch: transaction aborted');
  const failed = res.find(([e]) => e);
  if (failed) throw failed[0];
  const runId = /^run_id:(\S+)/m.exec(String(res[0][1]))?.[1];
  if (!runId) throw new Error('Redis epoch: INFO server gave no run_id');
  return `${runId}/${String(res[2][1])}`;
}
