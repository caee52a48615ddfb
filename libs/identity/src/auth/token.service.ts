import { createSecretKey, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import { AppConfig, APP_CONFIG, AppException } from '@app/core';
import { IdentityErrorCode } from '../identity-error-codes';

export interface AccessClaims {
  sub: string;
  sid: string;
}

/** The claims of a token whose signature, algorithm, audience and issuer have been checked. */
interface VerifiedToken {
  sub: string;
  sid: string;
  exp: number | undefined;
  nbf: number | undefined;
}

/** How many verified tokens are remembered (oldest forgotten first); about 300 bytes each. */
const VERIFIED_TOKENS_KEPT = 5_000;

/**
 * Signs and verifies access JWTs: HS256 only, fixed audience and issuer.
 *
 * The secret is turned into a KeyObject once: handed a string, jsonwebtoken first tries to parse it
 * as a PEM public key (which throws) and then builds a secret key, on every verification — the
 * largest single cost of an authenticated request. The key bytes are the same (the UTF-8 of
 * JWT_SECRET), so tokens signed either way verify either way.
 *
 * A token string that verified once is remembered with its claims: its signature, algorithm,
 * audience and issuer cannot change, so only the clock checks (not-before, expiry) are repeated
 * when it comes again. This saves decoding and an HMAC per request and nothing else: whether the
 * session is still open and the user and organization still active is read from the database on
 * every request (AuthService.authenticateAccessToken), so revocation and disabling act at once.
 */
@Injectable()
export class TokenService {
  private readonly key: KeyObject;
  private readonly verifyOptions: jwt.VerifyOptions & { complete?: false };
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    // jsonwebtoken copies the options before use, so one frozen object serves every call.
    this.verifyOptions = Object.freeze({ algorithms: Object.freeze(['HS256']) as jwt.Algorithm[], audience: config.jwtAudience, issuer: config.jwtIssuer });
  }

  signAccess(claims: AccessClaims, nowSeconds: number): string {
    return jwt.sign({ sub: claims.sub, sid: claims.sid, iat: nowSeconds }, this.key, {
      algorithm: 'HS256',
      audience: this.config.jwtAudience,
      issuer: this.config.jwtIssuer,
      expiresIn: this.config.accessTokenTtlSeconds,
    });
  }

  verifyAccess(token: string): AccessClaims {
    const now = Math.floor(Date.now() / 1000);
    const known = this.verified.get(token);
    if (known) {
      // The same checks and order jsonwebtoken applies to the clock: not-before, then expiry.
      if (known.nbf !== undefined && known.nbf > now) throw invalidToken();
      if (known.exp !== undefined && now >= known.exp) {
        this.verified.delete(token);
        throw expiredToken();
      }
      return { sub: known.sub, sid: known.sid };
    }
    let payload: jwt.JwtPayload & Partial<AccessClaims>;
    try {
      payload = jwt.verify(token, this.key, { ...this.verifyOptions, clockTimestamp: now }) as jwt.JwtPayload & Partial<AccessClaims>;
    } catch (e) {
      throw (e as Error).name === 'TokenExpiredError' ? expiredToken() : invalidToken();
    }
    if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string') throw invalidToken();
    this.remember(token, { sub: payload.sub, sid: payload.sid, exp: payload.exp, nbf: payload.nbf });
    return { sub: payload.sub, sid: payload.sid };
  }

  private remember(token: string, v: VerifiedToken): void {
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, v);
  }
}

function expiredToken(): AppException {
  return new AppException(401, IdentityErrorCode.TOKEN_EXPIRED, 'The access token has expired; refresh it');
}

function invalidToken(): AppException {
  return new AppException(401, IdentityErrorCode.INVALID_TOKEN, 'The access token is not valid');
}
