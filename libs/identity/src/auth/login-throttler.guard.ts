import { Injectable, Logger } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { ThrottlerRequest } from '@nestjs/throttler';
import { AppException, CommonErrorCode } from '@app/core';
import { normalizeUsername } from '../users/normalize';

export const LOGIN_THROTTLE_BY_USER = 'login-user';
export const LOGIN_THROTTLE_BY_IP = 'login-ip';

/**
 * Throttles logins twice: per username (against guessing one account from many addresses) and
 * per IP (against one address trying many accounts). Counters live in Redis, shared by all
 * api instances.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const byUser = props.throttler.name === LOGIN_THROTTLE_BY_USER;
    const getTracker = async (req: Record<string, any>) => {
      if (byUser) {
        // The same normalization as the lookup, so every spelling that reaches an account counts
        // against that account (and none that does not). Longer names than login accepts never log in.
        const name = typeof req.body?.username === 'string' ? normalizeUsername(req.body.username.slice(0, 64)) : '';
        return `user:${name}`;
      }
      return `ip:${req.ip}`;
    };
    return super.handleRequest({ ...props, getTracker });
  }

  protected async throwThrottlingException(): Promise<void> {
    throw new AppException(429, CommonErrorCode.TOO_MANY_REQUESTS, '登录尝试过于频繁,请稍后再试 (too many login attempts; wait and try again)');
  }
}

/**
 * Wraps the Redis storage so that a Redis outage never blocks logins: the limit is skipped and
 * the outage logged, rather than every login failing.
 */
export class FailOpenThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('LoginThrottle');
  constructor(private readonly inner: ThrottlerStorage) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, name: string): Promise<ThrottlerStorageRecord> {
    try {
      return await this.inner.increment(key, ttl, limit, blockDuration, name);
    } catch (e) {
      this.logger.warn(`throttle storage unavailable, not limiting: ${(e as Error).message}`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}
