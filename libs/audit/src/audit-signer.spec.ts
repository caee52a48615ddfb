import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { loadConfig } from '@app/core';
import { AuditSigner, checkpointPayload } from './audit-signer';

const heads = [
  { chain: 1, lastId: '7', hash: 'b'.repeat(64) },
  { chain: 0, lastId: '9', hash: 'a'.repeat(64) },
];

describe('audit checkpoint signatures', () => {
  it('signs the canonical JSON of {heads (by chain), id, takenAt}, which the public key alone verifies', () => {
    const payload = checkpointPayload({ id: '3', takenAt: '2031-03-03T02:00:00.000Z', heads });
    expect(payload).toBe(
      `{"heads":[{"chain":0,"hash":"${'a'.repeat(64)}","lastId":"9"},{"chain":1,"hash":"${'b'.repeat(64)}","lastId":"7"}],"id":"3","takenAt":"2031-03-03T02:00:00.000Z"}`,
    );
    const signer = new AuditSigner(loadConfig({ APP_ENV: 'test' }));
    const c = { id: '3', takenAt: '2031-03-03T02:00:00.000Z', heads };
    const signature = signer.sign(c);
    const pub = createPublicKey(signer.publicKey.pem);
    expect(verify(null, Buffer.from(payload), pub, Buffer.from(signature, 'base64'))).toBe(true);
    expect(Buffer.from(signer.publicKey.raw, 'base64')).toHaveLength(32);
    expect(signer.verify({ ...c, signature })).toBe(true);
    expect(signer.verify({ ...c, heads: [{ ...heads[0], lastId: '6' }, heads[1]], signature })).toBe(false);
    expect(signer.verify({ ...c, signature: 'AAAA' })).toBe(false);
  });

  it('reads AUDIT_SIGNING_KEY as PEM (also with \\n escapes) or base64 DER, and refuses other keys', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    const fp = (env: Record<string, string>) => new AuditSigner(loadConfig({ APP_ENV: 'test', ...env })).publicKey.fingerprint;
    expect(fp({ AUDIT_SIGNING_KEY: pem })).toBe(fp({ AUDIT_SIGNING_KEY: der }));
    expect(fp({ AUDIT_SIGNING_KEY: pem.replace(/\n/g, '\\n') })).toBe(fp({ AUDIT_SIGNING_KEY: der }));
    expect(fp({ AUDIT_SIGNING_KEY: der })).not.toBe(fp({}));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => loadConfig({ APP_ENV: 'test', AUDIT_SIGNING_KEY: rsa })).toThrow(/AUDIT_SIGNING_KEY must be an Ed25519 key/);
    expect(() => loadConfig({ APP_ENV: 'test', AUDIT_SIGNING_KEY: 'not a key' })).toThrow(/AUDIT_SIGNING_KEY is not a PKCS#8 private key/);
  });

  it('demands both keys in production, and a long enough HMAC key anywhere', () => {
    const prod = { APP_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(() => loadConfig(prod)).toThrow(/AUDIT_HMAC_KEY is required in production[\s\S]*AUDIT_SIGNING_KEY is required in production/);
    const der = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(loadConfig({ ...prod, AUDIT_HMAC_KEY: 'h'.repeat(32), AUDIT_SIGNING_KEY: der }).auditHmacKey).toBe('h'.repeat(32));
    expect(() => loadConfig({ APP_ENV: 'test', AUDIT_HMAC_KEY: 'short' })).toThrow(/AUDIT_HMAC_KEY must be at least 32/);
    // Outside production: the same fixed development keys in every process (api and worker agree).
    expect(loadConfig({ APP_ENV: 'development', JWT_SECRET: 'x'.repeat(40) }).auditSigningKey).toBe(loadConfig({ APP_ENV: 'test' }).auditSigningKey);
    expect(loadConfig({ APP_ENV: 'test', AUDIT_DIGEST_RECIPIENTS: 'a@x.cn, b@y.cn' }).auditDigestRecipients).toEqual(['a@x.cn', 'b@y.cn']);
    expect(() => loadConfig({ APP_ENV: 'test', AUDIT_DIGEST_RECIPIENTS: 'nobody' })).toThrow(/AUDIT_DIGEST_RECIPIENTS/);
  });
});
