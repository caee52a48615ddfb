import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';

export const HEALTH_REDIS = Symbol('HEALTH_REDIS');

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    @Inject(HEALTH_REDIS) private readonly redis: Redis,
  ) {}

  async check(key: string) {
    const probe = this.indicator.check(key);
    try {
      let timer: NodeJS.Timeout | undefined;
      const pong = await Promise.race([
        this.redis.ping().finally(() => clearTimeout(timer)),
        new Promise<string>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), 1000);
        }),
      ]);
      return pong === 'PONG' ? probe.up() : probe.down({ message: `unexpected reply ${pong}` });
    } catch (e) {
      return probe.down({ message: (e as Error).message });
    }
  }
}
