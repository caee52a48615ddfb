import { createHash, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG, parseEd25519PrivateKey } from '@app/core';
import { AuditCheckpoint } from './audit.types';
import { canonicalJson } from './canonical-json';

/**
 * The exact bytes a checkpoint's signature covers: the canonical JSON (keys sorted at every depth,
 * no spaces, UTF-8) of `{heads, id, takenAt}` with the heads in chain order, e.g.
 * `{"heads":[{"chain":0,"hash":"…","lastId":"41"},…],"id":"3","takenAt":"2031-03-03T02:00:00.000Z"}`.
 * An auditor rebuilds it from the checkpoint as returned (or mailed) and checks the signature
 * with the public key alone.
 */
export function checkpointPayload(c: Pick<AuditCheckpoint, 'id' | 'takenAt' | 'heads'>): string {
  const heads = [...c.heads].sort((a, b) => a.chain - b.chain).map((h) => ({ chain: h.chain, lastId: h.lastId, hash: h.hash }));
  return canonicalJson({ id: c.id, takenAt: c.takenAt, heads });
}

export interface AuditPublicKey {
  algorithm: 'Ed25519';
  /** SubjectPublicKeyInfo PEM (`openssl pkeyutl -verify -pubin -inkey key.pem -rawin …`). */
  pem: string;
  /** The 32 raw key bytes, base64. */
  raw: string;
  /** SHA-256 of the raw key, hex: what the digest emails quote. */
  fingerprint: string;
}

/** Signs checkpoints with AUDIT_SIGNING_KEY (Ed25519) and checks signatures with its public half. */
@Injectable()
export class AuditSigner {
  private readonly privateKey: KeyObject;
  private readonly publicKeyObject: KeyObject;
  readonly publicKey: AuditPublicKey;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'auditSigningKey'>) {
    this.privateKey = parseEd25519PrivateKey(config.auditSigningKey);
    this.publicKeyObject = createPublicKey(this.privateKey);
    const raw = Buffer.from(this.publicKeyObject.export({ format: 'jwk' }).x as string, 'base64url');
    this.publicKey = {
      algorithm: 'Ed25519',
      pem: this.publicKeyObject.export({ format: 'pem', type: 'spki' }).toString(),
      raw: raw.toString('base64'),
      fingerprint: createHash('sha256').update(raw).digest('hex'),
    };
  }

  sign(c: Pick<AuditCheckpoint, 'id' | 'takenAt' | 'heads'>): string {
    return sign(null, Buffer.from(checkpointPayload(c), 'utf8'), this.privateKey).toString('base64');
  }

  verify(c: AuditCheckpoint): boolean {
    try {
      return verify(null, Buffer.from(checkpointPayload(c), 'utf8'), this.publicKeyObject, Buffer.from(c.signature, 'base64'));
    } catch {
      return false;
    }
  }
}
