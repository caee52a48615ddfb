import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const compose = readFileSync(path.resolve(__dirname, '../../docker-compose.yml'), 'utf8');

/** The value of `NAME:` as written in the file (the api's environment is the one anchor `&env` the worker merges). */
function setting(name: string): string[] {
  return [...compose.matchAll(new RegExp(`^\\s+${name}: (.+)$`, 'gm'))].map((m) => m[1]);
}

/** `${NAME:?message}`: Compose refuses to start while NAME is unset or empty. */
const required = (name: string) => new RegExp(`\\$\\{${name}:\\?[^}]+\\}`);

// Checked by putting back the old `${JWT_SECRET:-change-me…}` default and `POSTGRES_PASSWORD: sifa`: both fail.
describe('docker-compose.yml starts only with real secrets', () => {
  it.each(['JWT_SECRET', 'AUDIT_HMAC_KEY', 'AUDIT_SIGNING_KEY', 'POSTGRES_PASSWORD'])('%s has no default and stops compose when unset', (name) => {
    const values = setting(name);
    expect(values).toHaveLength(1);
    expect(values[0]).toMatch(required(name));
    expect(values[0]).not.toMatch(/:-/);
  });

  it('the api reaches PostgreSQL with that same required password', () => {
    expect(setting('DATABASE_URL')).toEqual([expect.stringMatching(new RegExp(`^postgres://sifa:${required('POSTGRES_PASSWORD').source}@postgres:5432/`))]);
  });

  it('runs in production mode, and the worker takes the api settings', () => {
    expect(setting('APP_ENV')).toEqual(['production']);
    expect(compose).toMatch(/environment: &env\n/);
    expect(compose).toMatch(/worker:[\s\S]*environment:\n\s+<<: \*env/);
  });
});
