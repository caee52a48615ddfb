import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadConfig } from '@app/core';
import { loadOrCreateDemoAuditKeys } from './demo-audit-keys';

describe('demo audit keys', () => {
  it('are generated once, kept private on disk, and the same after a restart', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sifa-keys-'));
    try {
      const file = path.join(dir, 'storage', 'demo-audit-keys.json');
      const first = loadOrCreateDemoAuditKeys(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(loadOrCreateDemoAuditKeys(file)).toEqual(first);
      // They are keys the configuration accepts, and not the fixed development ones.
      const c = loadConfig({ APP_ENV: 'demo', ...first });
      expect(c.auditHmacKey).toBe(first.AUDIT_HMAC_KEY);
      expect(c.auditSigningKey).not.toBe(loadConfig({ APP_ENV: 'demo' }).auditSigningKey);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
