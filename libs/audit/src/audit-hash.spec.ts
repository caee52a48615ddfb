import { createHmac } from 'node:crypto';
import { AUDIT_CHAINS, auditHash, auditPayload, auditSeal, chainFor, chainGenesis, GENESIS_HASH, legacyAuditHash, linkHash } from './audit-hash';
import { canonicalJson } from './canonical-json';

const KEY = 'k'.repeat(32);

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
    expect(auditHash(KEY, GENESIS_HASH, reordered)).toBe(auditHash(KEY, GENESIS_HASH, base));
  });

  it('changes when any covered field or the previous hash changes', () => {
    const h = auditHash(KEY, GENESIS_HASH, base);
    expect(auditHash(KEY, GENESIS_HASH, { ...base, action: 'user.logout' })).not.toBe(h);
    expect(auditHash(KEY, GENESIS_HASH, { ...base, data: { ...base.data, b: 2 } })).not.toBe(h);
    expect(auditHash(KEY, GENESIS_HASH, { ...base, occurredAt: new Date(base.occurredAt.getTime() + 1) })).not.toBe(h);
    expect(auditHash(KEY, 'f'.repeat(64), base)).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is keyed: SHA-256(prev ‖ newline ‖ HMAC-SHA256(key, payload)), and the plain SHA-256 of old rows no longer matches', () => {
    const seal = createHmac('sha256', KEY).update(auditPayload(base)).digest('hex');
    expect(auditSeal(KEY, auditPayload(base))).toBe(seal);
    expect(auditHash(KEY, GENESIS_HASH, base)).toBe(linkHash(GENESIS_HASH, seal));
    expect(auditHash('another key of thirty-two chars!', GENESIS_HASH, base)).not.toBe(auditHash(KEY, GENESIS_HASH, base));
    // A forger without the key who recomputes the old unkeyed formula gets a different hash.
    expect(legacyAuditHash(GENESIS_HASH, base)).not.toBe(auditHash(KEY, GENESIS_HASH, base));
  });
});

describe('audit chains', () => {
  it('puts a key always in the same chain, and keys over every chain', () => {
    // Rows already written stay in their chain only if the assignment never changes: FNV-1a (32 bit)
    // of the key modulo 32, worked out apart from the code (0xFB4A418B % 32 = 11, …).
    expect(chainFor('delivery:6f1c0c52-1b7e-4c1e-9a51-0d1f5b0c2a11')).toBe(11);
    expect(chainFor('suggestion:1')).toBe(12);
    expect(chainFor('user:admin')).toBe(31);
    const used = new Set(Array.from({ length: 2000 }, (_, i) => chainFor(`delivery:${i}`)));
    expect([...used].sort((a, b) => a - b)).toEqual(Array.from({ length: AUDIT_CHAINS }, (_, i) => i));
  });

  it('starts chain 0 at the old genesis and every other chain at a hash of its own', () => {
    expect(chainGenesis(0)).toBe(GENESIS_HASH);
    const starts = Array.from({ length: AUDIT_CHAINS }, (_, k) => chainGenesis(k));
    expect(new Set(starts).size).toBe(AUDIT_CHAINS);
    expect(starts[1]).toMatch(/^[0-9a-f]{64}$/);
  });
});
