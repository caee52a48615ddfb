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

/** A connection for BullMQ (which requires `maxRetriesPerRequest: null`). */
export function createQueueRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: false, retryStrategy: (t) => Math.min(t * 200, 2000) });
}
