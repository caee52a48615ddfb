import { AuditSettings } from './audit-settings';

/** Runtime mode. `production` is the default: it demands every secret. */
export type AppEnv = 'production' | 'development' | 'demo' | 'test';

/** The validated, typed configuration every process reads (never `process.env` directly). */
export interface AppConfig extends AuditSettings {
  appEnv: AppEnv;
  port: number;
  appUrl: string;
  databaseUrl: string;
  databaseReplicaUrl: string | null;
  databasePoolSize: number;
  /** How long a request waits for a free pooled connection before answering 503 (DATABASE_POOL_TIMEOUT_MS). */
  databasePoolTimeoutMs: number;
  redisUrl: string;
  /** Prefix for every Redis key this deployment writes (queues, throttling). */
  redisPrefix: string;
  smtpUrl: string | null;
  mailFrom: string;
  jwtSecret: string;
  jwtAudience: string;
  jwtIssuer: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  storageDir: string;
  businessTz: string;
  demoPassword: string;
  corsOrigins: string[];
  /** Hosts (names or IPs, exact match) webhooks may reach although they are internal (WEBHOOK_ALLOWED_HOSTS, comma-separated). */
  webhookAllowedHosts: string[];
  loginLimitPerUser: number;
  loginLimitPerIp: number;
  loginWindowSeconds: number;
  logLevel: string;
  uploadMaxBytes: number;
  /** An upload's whole multipart body must arrive within this many ms, else 408 UPLOAD_TIMEOUT (UPLOAD_TIMEOUT_MS, default 60000). */
  uploadTimeoutMs: number;
  /** 三色预警, reply clock: a reply due date within this many days is YELLOW (DUE_SOON_DAYS, default 7). */
  dueSoonDays: number;
  /** 三色预警, sign-for clock: YELLOW on its last this many working days (SIGN_DUE_SOON_WORKING_DAYS, default 1: the due date itself; 0: never). */
  signDueSoonWorkingDays: number;
  /** 三色预警, follow-up clock: a follow-up date within this many days is YELLOW (FOLLOW_UP_DUE_SOON_DAYS, default 7). */
  followUpDueSoonDays: number;
  /** Emails per second each worker process hands to SMTP (MAIL_RATE_PER_SECOND, default 10; 0 = unlimited). */
  mailRatePerSecond: number;
  /** Attempts per logical email before it is FAILED (MAIL_MAX_ATTEMPTS, default 8). */
  mailMaxAttempts: number;
  /** First retry delay of a failed send; doubles each attempt (MAIL_BACKOFF_MS, default 5000). */
  mailBackoffMs: number;
  /** How often the outbox relay looks for new rows (OUTBOX_POLL_MS, default 200). */
  outboxPollMs: number;
  /** Bind address of the api (HOST). */
  host: string;
  /** Trust X-Forwarded-For from a reverse proxy (TRUST_PROXY). */
  trustProxy: boolean;
  /** The api does not migrate at start (DB_SKIP_MIGRATIONS). */
  dbSkipMigrations: boolean;
  /** The worker relays the outbox into queues (OUTBOX_RELAY=off disables it, e.g. for a dedicated scan host). */
  outboxRelay: boolean;
  /** Cron of the reminder scan, or `off` (REMINDER_SCAN_CRON). */
  reminderScanCron: string;
  /** Cron of the worker heartbeat (HEARTBEAT_CRON). */
  heartbeatCron: string;
  /** Seconds between statistics refreshes: the stated freshness of every figure (STATS_REFRESH_SECONDS). */
  statsRefreshSeconds: number;
  /** JSON merged over the default reminder policy (REMINDER_POLICY); validated by the reminders module. */
  reminderPolicyJson: string | null;
  /** Class-case leads: a 案由 whose count in a court's area rose at least this many percent year on year (LEAD_MIN_GROWTH, default 30)… */
  leadMinGrowthPercent: number;
  /** …with at least this many cases in the last 12 months (LEAD_MIN_CASES, default 20); */
  leadMinCases: number;
  /** an organisation that is a party in at least this many cases of the last 12 months (LEAD_MIN_PARTY_CASES, default 10). */
  leadMinPartyCases: number;
  /** Cron of the daily lead detection, or `off` (LEAD_SCAN_CRON, default 02:30). */
  leadScanCron: string;
  /** Where the built web app lives; served by the api at `/`. */
  webDistDir: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
