import Redis, { RedisOptions } from 'ioredis';

/**
 * A Redis connection for request-path work (throttling, caches). It fails fast instead of
 * queueing commands while Redis is away, so the API keeps answering when Redis is down.
 */
export function createRequestRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...extra,
  });
}

/**
 * How BullMQ's connections (queues and workers) reconnect: every 200 ms more, at most every 2 s.
 * BullMQ's own default backs off exponentially to 20 s, so after an outage of half a minute jobs
 * would wait up to 20 s more once Redis is back.
 */
export const queueRetryStrategy = (times: number): number => Math.min(times * 200, 2000);

/** A connection for BullMQ (which requires `maxRetriesPerRequest: null`). */
export function createQueueRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: false, retryStrategy: queueRetryStrategy });
}
