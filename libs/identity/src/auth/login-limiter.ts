import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppException, CommonErrorCode } from '@app/core';
import { normalizeUsername } from '../users/normalize';

export const LOGIN_LIMITER = Symbol('LOGIN_LIMITER');

export interface LoginLimits {
  perUser: number;
  perIp: number;
  windowSeconds: number;
}

/**
 * Login throttling that counts failed logins only: per username (against guessing one account from
 * many addresses) and per IP (against one address trying many accounts). A successful login costs
 * nothing. Once a counter reaches its limit, every login for that name or from that address is
 * refused with 429 until the window that began with the first failure has passed; the answer says
 * how many minutes that is. Counters live in Redis (shared by all api instances); a Redis outage
 * never blocks logins — the limit is skipped and the outage logged.
 */
export class LoginLimiter {
  private readonly logger = new Logger('LoginThrottle');

  constructor(
    private readonly redis: Redis,
    private readonly limits: LoginLimits,
  ) {}

  /** The two counters of an attempt. The username is normalized exactly as the lookup does it. */
  keys(username: unknown, ip: string | null | undefined): { user: string; ip: string } {
    const name = typeof username === 'string' ? normalizeUsername(username.slice(0, 64)) : '';
    return { user: `login-fail:user:${name}`, ip: `login-fail:ip:${ip ?? 'unknown'}` };
  }

  /** Throws 429 TOO_MANY_REQUESTS (with the minutes to wait) while either counter is at its limit. */
  async assertAllowed(keys: { user: string; ip: string }): Promise<void> {
    let res: [Error | null, unknown][] | null;
    try {
      res = await this.redis.pipeline().get(keys.user).pttl(keys.user).get(keys.ip).pttl(keys.ip).exec();
    } catch (e) {
      this.logger.warn(`throttle storage unavailable, not limiting: ${(e as Error).message}`);
      return;
    }
    const value = (i: number) => (res?.[i]?.[0] ? null : res?.[i]?.[1]);
    const waits: number[] = [];
    if (Number(value(0) ?? 0) >= this.limits.perUser) waits.push(Number(value(1)));
    if (Number(value(2) ?? 0) >= this.limits.perIp) waits.push(Number(value(3)));
    if (!waits.length) return;
    // PTTL is -1 for a key without expiry (never written so) and -2 when it just expired.
    const ms = Math.max(...waits.map((w) => (w > 0 ? w : this.limits.windowSeconds * 1000)));
    const retryAfterSeconds = Math.max(1, Math.ceil(ms / 1000));
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    throw new AppException(429, CommonErrorCode.TOO_MANY_REQUESTS, `登录失败次数过多，请 ${minutes} 分钟后再试`, { retryAfterSeconds });
  }

  /** Counts one failed login against both counters; the window starts with the first failure. */
  async recordFailure(keys: { user: string; ip: string }): Promise<void> {
    const windowMs = this.limits.windowSeconds * 1000;
    try {
      await this.redis.pipeline().set(keys.user, 0, 'PX', windowMs, 'NX').incr(keys.user).set(keys.ip, 0, 'PX', windowMs, 'NX').incr(keys.ip).exec();
    } catch (e) {
      this.logger.warn(`throttle storage unavailable, failure not counted: ${(e as Error).message}`);
    }
  }
}
