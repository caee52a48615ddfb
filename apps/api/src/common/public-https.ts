import type { FastifyRequest } from 'fastify';
import { AppConfig } from '@app/core';

/**
 * Whether the address people use is https: `APP_URL` is https, or (behind a reverse proxy that is
 * trusted, TRUST_PROXY=true) the proxy says so with `X-Forwarded-Proto: https`. Only then do
 * responses carry `upgrade-insecure-requests`, HSTS and `Secure` cookies: on a plain-http intranet
 * address they would make the browser rewrite every asset to https (a blank page) or drop the cookie.
 */
export function publicUrlIsHttps(config: Pick<AppConfig, 'appUrl' | 'trustProxy'>, req: Pick<FastifyRequest, 'protocol'>): boolean {
  if (config.appUrl.startsWith('https:')) return true;
  return config.trustProxy && req.protocol === 'https';
}
