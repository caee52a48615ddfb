import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, APP_CONFIG, createRequestRedis } from '@app/core';

export const REQUEST_REDIS = Symbol('REQUEST_REDIS');

/** The api's request-path Redis connection (throttling, health), closed on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: REQUEST_REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const redis = createRequestRedis(config.redisUrl, { keyPrefix: `${config.redisPrefix}:` });
        redis.on('error', () => undefined); // surfaced by /health/ready; never crash the api
        return redis;
      },
    },
  ],
  exports: [REQUEST_REDIS],
})
export class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REQUEST_REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
