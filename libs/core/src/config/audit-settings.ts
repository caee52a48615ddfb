import { createHash, createPrivateKey, KeyObject } from 'node:crypto';

/** The audit trail's keys and checkpoint settings, as `loadConfig` reads them (see README "Tamper evidence"). */
export interface AuditSettings {
  /** HMAC-SHA256 key of the audit chains (AUDIT_HMAC_KEY, ≥ 32 characters; its UTF-8 bytes are the key). Never stored in the database. */
  auditHmacKey: string;
  /** Ed25519 private key that signs audit checkpoints, as PKCS#8 PEM (AUDIT_SIGNING_KEY: PEM or base64 of the PKCS#8 DER). */
  auditSigningKey: string;
  /** Who receives each checkpoint's digest by email (AUDIT_DIGEST_RECIPIENTS, comma-separated addresses; empty: nobody). */
  auditDigestRecipients: string[];
  /** Cron of the worker's daily checkpoint, or `off` (AUDIT_CHECKPOINT_CRON, default 02:30 in BUSINESS_TZ). */
  auditCheckpointCron: string;
}

/**
 * Outside production a missing key falls back to these fixed, public (hence insecure) values, the
 * same in every process, so an api and a worker started without keys still agree. Production
 * refuses to start without real keys. `npm run demo` generates and keeps its own.
 */
export const INSECURE_DEV_AUDIT_HMAC_KEY = 'sifa-jianyi INSECURE development audit HMAC key';
const INSECURE_DEV_SIGNING_SEED = createHash('sha256').update('sifa-jianyi INSECURE development audit signing key').digest();
/** PKCS#8 DER of an Ed25519 private key is this prefix followed by the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function ed25519PrivateKeyFromSeed(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** An Ed25519 private key from PEM (real or `\n`-escaped newlines) or base64 PKCS#8 DER; throws a readable message. */
export function parseEd25519PrivateKey(text: string): KeyObject {
  const raw = text.trim();
  let key: KeyObject;
  try {
    key = raw.includes('-----BEGIN')
      ? createPrivateKey({ key: raw.replace(/\\n/g, '\n'), format: 'pem' })
      : createPrivateKey({ key: Buffer.from(raw, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new Error('is not a PKCS#8 private key (PEM "-----BEGIN PRIVATE KEY-----" or base64 of the DER)');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`must be an Ed25519 key (got ${key.asymmetricKeyType})`);
  return key;
}

const pem = (k: KeyObject) => k.export({ format: 'pem', type: 'pkcs8' }).toString();

/** Reads the audit settings; every problem goes to `problems`, naming its variable. */
export function readAuditSettings(env: Record<string, string | undefined>, production: boolean, problems: string[]): AuditSettings {
  const get = (name: string) => (env[name] ?? '').trim();
  let auditHmacKey = get('AUDIT_HMAC_KEY');
  if (auditHmacKey === '') {
    if (production) problems.push('AUDIT_HMAC_KEY is required in production (at least 32 characters, e.g. `openssl rand -base64 48`)');
    auditHmacKey = INSECURE_DEV_AUDIT_HMAC_KEY;
  } else if (auditHmacKey.length < 32) {
    problems.push('AUDIT_HMAC_KEY must be at least 32 characters long');
  }
  let auditSigningKey = pem(ed25519PrivateKeyFromSeed(INSECURE_DEV_SIGNING_SEED));
  const signing = get('AUDIT_SIGNING_KEY');
  if (signing === '') {
    if (production)
      problems.push('AUDIT_SIGNING_KEY is required in production (an Ed25519 private key: `openssl genpkey -algorithm ed25519`, PEM or base64 DER)');
  } else {
    try {
      auditSigningKey = pem(parseEd25519PrivateKey(signing));
    } catch (e) {
      problems.push(`AUDIT_SIGNING_KEY ${(e as Error).message}`);
    }
  }
  const auditDigestRecipients = get('AUDIT_DIGEST_RECIPIENTS')
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = auditDigestRecipients.filter((a) => !/^[^@\s]+@[^@\s]+$/.test(a));
  if (bad.length) problems.push(`AUDIT_DIGEST_RECIPIENTS lists email addresses only (got "${bad.join('", "')}")`);
  const auditCheckpointCron = get('AUDIT_CHECKPOINT_CRON') || '30 2 * * *';
  if (auditCheckpointCron !== 'off' && !/^(\S+\s+){4,5}\S+$/.test(auditCheckpointCron)) {
    problems.push(`AUDIT_CHECKPOINT_CRON must be a cron pattern of 5 or 6 fields or 'off' (got "${auditCheckpointCron}")`);
  }
  return { auditHmacKey, auditSigningKey, auditDigestRecipients, auditCheckpointCron };
}
