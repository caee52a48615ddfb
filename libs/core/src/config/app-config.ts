/** Runtime mode. `production` is the default: it demands every secret. */
export type AppEnv = 'production' | 'development' | 'demo' | 'test';

/** The validated, typed configuration every process reads (never `process.env` directly). */
export interface AppConfig {
  appEnv: AppEnv;
  port: number;
  appUrl: string;
  databaseUrl: string;
  databaseReplicaUrl: string | null;
  databasePoolSize: number;
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
  loginLimitPerUser: number;
  loginLimitPerIp: number;
  loginWindowSeconds: number;
  logLevel: string;
  uploadMaxBytes: number;
  /** Where the built web app lives; served by the api at `/`. */
  webDistDir: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
