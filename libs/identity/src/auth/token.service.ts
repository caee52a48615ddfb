import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, APP_CONFIG, AppException } from '@app/core';
import { IdentityErrorCode } from '../identity-error-codes';

export interface AccessClaims {
  sub: string;
  sid: string;
}

/** Signs and verifies access JWTs: HS256 only, fixed audience and issuer. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccess(claims: AccessClaims, nowSeconds: number): string {
    return this.jwt.sign(
      { sub: claims.sub, sid: claims.sid, iat: nowSeconds },
      {
        secret: this.config.jwtSecret,
        algorithm: 'HS256',
        audience: this.config.jwtAudience,
        issuer: this.config.jwtIssuer,
        expiresIn: this.config.accessTokenTtlSeconds,
      },
    );
  }

  verifyAccess(token: string): AccessClaims {
    try {
      const payload = this.jwt.verify<AccessClaims & { aud: string }>(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
        audience: this.config.jwtAudience,
        issuer: this.config.jwtIssuer,
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') throw new Error('claims');
      return { sub: payload.sub, sid: payload.sid };
    } catch (e) {
      if ((e as Error).name === 'TokenExpiredError') {
        throw new AppException(401, IdentityErrorCode.TOKEN_EXPIRED, 'The access token has expired; refresh it');
      }
      throw new AppException(401, IdentityErrorCode.INVALID_TOKEN, 'The access token is not valid');
    }
  }
}
