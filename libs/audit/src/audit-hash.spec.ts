import { auditHash, GENESIS_HASH } from './audit-hash';
import { canonicalJson } from './canonical-json';

const base = {
  occurredAt: new Date('2026-01-02T03:04:05.678Z'),
  actorUserId: null,
  actorName: 'admin',
  actorOrgId: null,
  action: 'user.login',
  entityType: 'user',
  entityId: 'u1',
  organizationId: null,
  data: { b: 1, a: { d: [2, 1], c: '中文' } },
  ip: '127.0.0.1',
  correlationId: 'c-1',
};

describe('audit hash', () => {
  it('is independent of key order (jsonb round trips reorder keys)', () => {
    expect(canonicalJson({ b: 1, a: { y: 1, x: 2 } })).toBe('{"a":{"x":2,"y":1},"b":1}');
    const reordered = { ...base, data: { a: { c: '中文', d: [2, 1] }, b: 1 } };
    expect(auditHash(GENESIS_HASH, reordered)).toBe(auditHash(GENESIS_HASH, base));
  });

  it('changes when any covered field or the previous hash changes', () => {
    const h = auditHash(GENESIS_HASH, base);
    expect(auditHash(GENESIS_HASH, { ...base, action: 'user.logout' })).not.toBe(h);
    expect(auditHash(GENESIS_HASH, { ...base, data: { ...base.data, b: 2 } })).not.toBe(h);
    expect(auditHash(GENESIS_HASH, { ...base, occurredAt: new Date(base.occurredAt.getTime() + 1) })).not.toBe(h);
    expect(auditHash('f'.repeat(64), base)).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});
