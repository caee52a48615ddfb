import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { loadOrCreateDemoAuditKeys } from '@app/audit';
import { AppConfig, ConfigNeeds, loadConfig } from '@app/core';

type Env = Record<string, string | undefined>;

/** Where `npm run demo` keeps its audit keys: the demo's storage directory. */
export function demoAuditKeysFile(env: Env): string {
  return path.join(path.resolve(env.STORAGE_DIR ?? './storage'), 'demo-audit-keys.json');
}

/**
 * The environment an operator command runs with. Beside a running `npm run demo` (APP_ENV unset,
 * the demo's key file in the storage directory) it takes the demo's mode and audit keys, so what the
 * command writes to the audit trail verifies like the demo's own rows; anywhere else it is the
 * environment as given (production: every key it uses must be set).
 */
export function operatorEnv(env: Env = process.env): Env {
  if (env.APP_ENV || env.AUDIT_HMAC_KEY || !existsSync(demoAuditKeysFile(env))) return env;
  const keys = loadOrCreateDemoAuditKeys(demoAuditKeysFile(env));
  return { ...env, APP_ENV: 'demo', ...keys };
}

/** Config for an operator command: only the settings it uses are demanded (no JWT_SECRET unless it issues tokens). */
export function loadOperatorConfig(env: Env = process.env, needs: ConfigNeeds = { tokens: false }): AppConfig {
  return loadConfig(operatorEnv(env), needs);
}
