import { generateKeyPairSync, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * `npm run demo` keys: AUDIT_HMAC_KEY and AUDIT_SIGNING_KEY generated once and kept in `file`
 * (mode 0600, in the demo's storage directory), so a restarted demo still verifies the trail it
 * wrote before. Lose the file and every old row is reported — as it should be. Never for production:
 * there the keys come from the environment (a secret store), never from the disk of the app.
 */
export function loadOrCreateDemoAuditKeys(file: string): { AUDIT_HMAC_KEY: string; AUDIT_SIGNING_KEY: string } {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  const keys = {
    AUDIT_HMAC_KEY: randomBytes(48).toString('base64'),
    AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
