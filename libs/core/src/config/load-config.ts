import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { AppConfig, AppEnv } from './app-config';
import { readAuditSettings } from './audit-settings';

/** Thrown when the environment is wrong; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const APP_ENVS: AppEnv[] = ['production', 'development', 'demo', 'test'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

/** What a process uses, so that it is asked only for the secrets it needs. */
export interface ConfigNeeds {
  /** Signs or checks access tokens (the api, and the worker for nothing else): JWT_SECRET required in production. Default true. */
  tokens?: boolean;
}

/**
 * Reads and validates the environment. Every problem is collected, so one start-up names
 * all the variables that need fixing, not only the first. Operator commands that issue no
 * tokens pass `{ tokens: false }` and are not asked for JWT_SECRET.
 */
export function loadConfig(env: Env = process.env, needs: ConfigNeeds = {}): AppConfig {
  const problems: string[] = [];
  const str = (name: string, fallback?: string): string => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? (fallback ?? '') : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = str(name);
    if (raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = str(name).toLowerCase();
    if (raw === '') return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const cron = (name: string, fallback: string, allowOff: boolean): string => {
    const raw = str(name, fallback);
    if (allowOff && raw === 'off') return raw;
    if (!/^(\S+\s+){4,5}\S+$/.test(raw)) problems.push(`${name} must be a cron pattern of 5 or 6 fields${allowOff ? " or 'off'" : ''} (got "${raw}")`);
    return raw;
  };
  const url = (name: string, fallback: string | null, protocols: string[]): string | null => {
    const raw = str(name);
    if (raw === '') return fallback;
    try {
      const u = new URL(raw);
      if (!protocols.includes(u.protocol)) {
        problems.push(`${name} must use ${protocols.join(' or ')} (got "${u.protocol}")`);
      } else if (u.protocol.startsWith('postgres') && u.pathname.replace('/', '') === '') {
        problems.push(`${name} must name a database (e.g. postgres://user@host:5432/sifa_jianyi)`);
      }
      return raw;
    } catch {
      problems.push(`${name} is not a valid URL (got "${raw}")`);
      return fallback;
    }
  };

  const appEnvRaw = str('APP_ENV', 'production') as AppEnv;
  if (!APP_ENVS.includes(appEnvRaw)) problems.push(`APP_ENV must be one of ${APP_ENVS.join(', ')} (got "${appEnvRaw}")`);
  const appEnv: AppEnv = APP_ENVS.includes(appEnvRaw) ? appEnvRaw : 'production';
  const relaxed = appEnv === 'demo' || appEnv === 'test';

  const port = int('PORT', 3000, 0, 65535);
  const jwtSecret = str('JWT_SECRET');
  if (jwtSecret === '' && !relaxed && needs.tokens !== false) {
    problems.push('JWT_SECRET is required (at least 32 characters) unless APP_ENV is demo or test');
  } else if (jwtSecret !== '' && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }
  const logLevel = str('LOG_LEVEL', appEnv === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const businessTz = str('BUSINESS_TZ', 'Asia/Shanghai');
  try {
    new Intl.DateTimeFormat('en', { timeZone: businessTz });
  } catch {
    problems.push(`BUSINESS_TZ is not a known IANA time zone (got "${businessTz}")`);
  }
  const mailFrom = str('MAIL_FROM', '司法建议一件事 <noreply@sifa-jianyi.local>');
  if (!/@/.test(mailFrom)) problems.push('MAIL_FROM must contain an email address');

  const config: AppConfig = {
    appEnv,
    port,
    appUrl: (url('APP_URL', `http://localhost:${port}`, ['http:', 'https:']) ?? '').replace(/\/+$/, ''),
    databaseUrl: url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/sifa_jianyi', ['postgres:', 'postgresql:'])!,
    databaseReplicaUrl: url('DATABASE_REPLICA_URL', null, ['postgres:', 'postgresql:']),
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, 1, 200),
    databasePoolTimeoutMs: int('DATABASE_POOL_TIMEOUT_MS', 5000, 100, 120000),
    redisUrl: url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:'])!,
    redisPrefix: str('REDIS_PREFIX', 'sifa'),
    smtpUrl: url('SMTP_URL', null, ['smtp:', 'smtps:']),
    mailFrom,
    jwtSecret: jwtSecret || randomBytes(32).toString('hex'),
    jwtAudience: str('JWT_AUDIENCE', 'sifa-jianyi-api'),
    jwtIssuer: str('JWT_ISSUER', 'sifa-jianyi'),
    accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlSeconds: int('REFRESH_TOKEN_TTL_SECONDS', 14 * 86400, 300, 180 * 86400),
    storageDir: path.resolve(str('STORAGE_DIR', './storage')),
    businessTz,
    demoPassword: str('DEMO_PASSWORD', 'Sifa@2026demo'),
    corsOrigins: str('CORS_ORIGINS')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    webhookAllowedHosts: str('WEBHOOK_ALLOWED_HOSTS')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
    loginLimitPerUser: int('LOGIN_LIMIT_PER_USER', 10, 1, 10000),
    loginLimitPerIp: int('LOGIN_LIMIT_PER_IP', 50, 1, 100000),
    loginWindowSeconds: int('LOGIN_WINDOW_SECONDS', 300, 1, 86400),
    logLevel,
    uploadMaxBytes: int('UPLOAD_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    uploadTimeoutMs: int('UPLOAD_TIMEOUT_MS', 60_000, 100, 3_600_000),
    dueSoonDays: int('DUE_SOON_DAYS', 7, 0, 365),
    signDueSoonWorkingDays: int('SIGN_DUE_SOON_WORKING_DAYS', 1, 0, 30),
    followUpDueSoonDays: int('FOLLOW_UP_DUE_SOON_DAYS', 7, 0, 365),
    mailRatePerSecond: int('MAIL_RATE_PER_SECOND', 10, 0, 10000),
    mailMaxAttempts: int('MAIL_MAX_ATTEMPTS', 8, 1, 100),
    mailBackoffMs: int('MAIL_BACKOFF_MS', 5000, 10, 3600000),
    outboxPollMs: int('OUTBOX_POLL_MS', 200, 10, 60000),
    webDistDir: path.resolve(str('WEB_DIST_DIR', './dist/web')),
    host: str('HOST', '0.0.0.0'),
    trustProxy: bool('TRUST_PROXY', false),
    dbSkipMigrations: bool('DB_SKIP_MIGRATIONS', false),
    outboxRelay: str('OUTBOX_RELAY', 'on') !== 'off',
    reminderScanCron: cron('REMINDER_SCAN_CRON', '*/10 * * * *', true),
    heartbeatCron: cron('HEARTBEAT_CRON', '*/5 * * * *', false),
    statsRefreshSeconds: int('STATS_REFRESH_SECONDS', 60, 5, 3600),
    reminderPolicyJson: str('REMINDER_POLICY') || null,
    leadMinGrowthPercent: int('LEAD_MIN_GROWTH', 30, 0, 10000),
    leadMinCases: int('LEAD_MIN_CASES', 20, 1, 1_000_000),
    leadMinPartyCases: int('LEAD_MIN_PARTY_CASES', 10, 1, 1_000_000),
    leadScanCron: cron('LEAD_SCAN_CRON', '30 2 * * *', true),
    ...readAuditSettings(env, appEnv === 'production', problems),
  };
  const badHosts = config.webhookAllowedHosts.filter((h) => /[/@\s]|^[^:]+:\d*$|\]:/.test(h));
  if (badHosts.length > 0) problems.push(`WEBHOOK_ALLOWED_HOSTS lists host names or IPs only, without scheme, port or path (got "${badHosts.join('", "')}")`);
  if (config.demoPassword.length < 8) problems.push('DEMO_PASSWORD must be at least 8 characters');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
