import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `X-Signature: sha256=<hex>` where hex = HMAC-SHA256(secret, `${timestamp}.${body}`), with
 * `X-Signature-Timestamp: <unix seconds>` — receivers recompute it and reject stale timestamps.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifyWebhookSignature(secret: string, timestamp: number, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
