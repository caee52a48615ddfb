import { ConfigError, loadConfig } from './load-config';

/** An Ed25519 PKCS#8 key (base64 DER) for production-mode configs. */
const TEST_SIGNING_KEY = 'MC4CAQAwBQYDK2VwBCIEIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g';

describe('loadConfig', () => {
  it('applies the documented defaults in demo mode', () => {
    const c = loadConfig({ APP_ENV: 'demo' });
    expect(c.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/sifa_jianyi');
    expect(c.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(c.port).toBe(3000);
    expect(c.businessTz).toBe('Asia/Shanghai');
    expect(c.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('requires JWT_SECRET outside demo and test, naming the variable', () => {
    expect(() => loadConfig({})).toThrow(/JWT_SECRET/);
    expect(() =>
      loadConfig({ APP_ENV: 'production', JWT_SECRET: 'x'.repeat(40), AUDIT_HMAC_KEY: 'h'.repeat(32), AUDIT_SIGNING_KEY: TEST_SIGNING_KEY }),
    ).not.toThrow();
  });

  it('names a bad DATABASE_URL', () => {
    expect(() => loadConfig({ APP_ENV: 'test', DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ APP_ENV: 'test', DATABASE_URL: 'mysql://x@h/db' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ APP_ENV: 'test', DATABASE_URL: 'postgres://x@h:5432' })).toThrow(/DATABASE_URL must name a database/);
  });

  it('collects every problem at once', () => {
    try {
      loadConfig({ PORT: 'abc', BUSINESS_TZ: 'Mars/Base', APP_ENV: 'production' });
      fail('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toMatch(/PORT/);
      expect(msg).toMatch(/BUSINESS_TZ/);
      expect(msg).toMatch(/JWT_SECRET/);
    }
  });
});

describe('loadConfig: switches and schedules', () => {
  it('reads booleans and crons, and names bad ones', () => {
    const c = loadConfig({ APP_ENV: 'test', TRUST_PROXY: 'true', DB_SKIP_MIGRATIONS: '1', OUTBOX_RELAY: 'off', REMINDER_SCAN_CRON: 'off' });
    expect(c).toMatchObject({
      trustProxy: true,
      dbSkipMigrations: true,
      outboxRelay: false,
      reminderScanCron: 'off',
      heartbeatCron: '*/5 * * * *',
      statsRefreshSeconds: 60,
    });
    expect(() => loadConfig({ APP_ENV: 'test', TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY must be true or false/);
    expect(() => loadConfig({ APP_ENV: 'test', REMINDER_SCAN_CRON: 'every day' })).toThrow(/REMINDER_SCAN_CRON must be a cron pattern/);
    expect(() => loadConfig({ APP_ENV: 'test', HEARTBEAT_CRON: 'off' })).toThrow(/HEARTBEAT_CRON/);
    expect(() => loadConfig({ APP_ENV: 'test', STATS_REFRESH_SECONDS: '1' })).toThrow(/STATS_REFRESH_SECONDS/);
  });
});
