import * as jwt from 'jsonwebtoken';
import { AppException, loadConfig } from '@app/core';
import { IdentityErrorCode } from '../identity-error-codes';
import { TokenService } from './token.service';

const config = loadConfig({ APP_ENV: 'test', JWT_SECRET: 'unit-secret-0123456789-abcdefghijklmnopq' });
const claims = { sub: '2b1f4c3e-1111-4a4a-8a8a-000000000001', sid: '2b1f4c3e-2222-4a4a-8a8a-000000000002' };
const now = () => Math.floor(Date.now() / 1000);

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof AppException ? e.code : `not an AppException: ${e}`;
  }
  return undefined;
}

describe('TokenService', () => {
  afterEach(() => jest.useRealTimers());

  it('verifies its own tokens, again and again, and tokens signed with the same secret as a string', () => {
    const tokens = new TokenService(config);
    const t = tokens.signAccess(claims, now());
    expect(tokens.verifyAccess(t)).toEqual(claims);
    expect(tokens.verifyAccess(t)).toEqual(claims);
    const byString = jwt.sign({ ...claims, iat: now() }, config.jwtSecret, {
      algorithm: 'HS256',
      audience: config.jwtAudience,
      issuer: config.jwtIssuer,
      expiresIn: 60,
    });
    expect(new TokenService(config).verifyAccess(byString)).toEqual(claims);
  });

  it('rejects tampered, unsigned, other-algorithm, other-audience and other-issuer tokens', () => {
    const tokens = new TokenService(config);
    const good = tokens.signAccess(claims, now());
    expect(tokens.verifyAccess(good)).toEqual(claims);
    const [h, p, s] = good.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: 'someone-else' })).toString('base64url');
    const opts = { audience: config.jwtAudience, issuer: config.jwtIssuer, expiresIn: 60 };
    const bad = [
      `${h}.${otherPayload}.${s}`,
      `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`,
      jwt.sign({ ...claims }, config.jwtSecret, { ...opts, algorithm: 'HS512' }),
      jwt.sign({ ...claims }, config.jwtSecret, { ...opts, algorithm: 'HS256', audience: 'another-api' }),
      jwt.sign({ ...claims }, config.jwtSecret, { ...opts, algorithm: 'HS256', issuer: 'another-issuer' }),
      jwt.sign({ ...claims }, 'another-secret-that-is-long-enough-0000', { ...opts, algorithm: 'HS256' }),
      jwt.sign({ sub: claims.sub }, config.jwtSecret, { ...opts, algorithm: 'HS256' }),
    ];
    for (const t of bad) {
      expect(codeOf(() => tokens.verifyAccess(t))).toBe(IdentityErrorCode.INVALID_TOKEN);
      expect(codeOf(() => tokens.verifyAccess(t))).toBe(IdentityErrorCode.INVALID_TOKEN);
    }
  });

  it('stops a token that verified before once it expires, and does not honour it before its not-before', () => {
    jest.useFakeTimers({ now: new Date('2026-03-01T08:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const tokens = new TokenService(config);
    const t = tokens.signAccess(claims, now());
    expect(tokens.verifyAccess(t)).toEqual(claims);
    jest.setSystemTime(new Date(Date.now() + (config.accessTokenTtlSeconds - 1) * 1000));
    expect(tokens.verifyAccess(t)).toEqual(claims);
    jest.setSystemTime(new Date(Date.now() + 1000));
    expect(codeOf(() => tokens.verifyAccess(t))).toBe(IdentityErrorCode.TOKEN_EXPIRED);
    expect(codeOf(() => tokens.verifyAccess(t))).toBe(IdentityErrorCode.TOKEN_EXPIRED);

    const later = jwt.sign({ ...claims, nbf: now() + 30 }, config.jwtSecret, {
      algorithm: 'HS256',
      audience: config.jwtAudience,
      issuer: config.jwtIssuer,
      expiresIn: 600,
    });
    expect(codeOf(() => tokens.verifyAccess(later))).toBe(IdentityErrorCode.INVALID_TOKEN);
    jest.setSystemTime(new Date(Date.now() + 30_000));
    expect(tokens.verifyAccess(later)).toEqual(claims);
  });
});
