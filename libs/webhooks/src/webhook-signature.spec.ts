import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('webhook signatures', () => {
  it('is HMAC-SHA256 over "timestamp.body", hex, prefixed', () => {
    const body = JSON.stringify({ event: 'delivery.created', data: { 文号: '兰溪法建〔2025〕3号' } });
    const expected = createHmac('sha256', 'whsec_test').update(`1700000000.${body}`).digest('hex');
    expect(signWebhook('whsec_test', 1700000000, body)).toBe(`sha256=${expected}`);
  });

  it('verifies the right signature and rejects a changed body, timestamp or secret', () => {
    const sig = signWebhook('s1', 1, '{"a":1}');
    expect(verifyWebhookSignature('s1', 1, '{"a":1}', sig)).toBe(true);
    expect(verifyWebhookSignature('s1', 1, '{"a":2}', sig)).toBe(false);
    expect(verifyWebhookSignature('s1', 2, '{"a":1}', sig)).toBe(false);
    expect(verifyWebhookSignature('s2', 1, '{"a":1}', sig)).toBe(false);
    expect(verifyWebhookSignature('s1', 1, '{"a":1}', 'sha256=short')).toBe(false);
  });
});
