import { AppException, loadConfig } from '@app/core';
import { DevOnlyGuard } from './dev-only.guard';

describe('DevOnlyGuard', () => {
  it('lets demo, development and test through', () => {
    for (const APP_ENV of ['demo', 'development', 'test']) {
      expect(new DevOnlyGuard(loadConfig({ APP_ENV, JWT_SECRET: 'x'.repeat(40) })).canActivate()).toBe(true);
    }
  });

  it('answers 404 in production, as if the route did not exist', () => {
    const keys = { AUDIT_HMAC_KEY: 'h'.repeat(32), AUDIT_SIGNING_KEY: 'MC4CAQAwBQYDK2VwBCIEIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g' };
    const guard = new DevOnlyGuard(loadConfig({ APP_ENV: 'production', JWT_SECRET: 'x'.repeat(40), ...keys }));
    expect(() => guard.canActivate()).toThrow(AppException);
    try {
      guard.canActivate();
    } catch (e) {
      expect((e as AppException).getStatus()).toBe(404);
      expect((e as AppException).code).toBe('NOT_FOUND');
    }
  });
});
