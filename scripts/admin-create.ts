import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { SYSTEM_ACTOR } from '@app/audit';
import { ConfigError, runMigrations } from '@app/core';
import { insertOrganization, OrganizationEntity, OrganizationType } from '@app/directory';
import { hashPassword, normalizeUsername, Role, UserEntity } from '@app/identity';
import { SCHEMA } from '@app/schema';
import { openCliContext } from './cli-context';
import { loadOperatorConfig } from './operator-env';

/**
 * `npm run admin:create -- --username <name> [--display-name <name>] [--email <address>]`
 * The first system administrator of a new deployment (also `docker compose run --rm -T api node
 * dist/scripts/admin-create.js --username …`). The password comes from standard input when one is
 * piped in; otherwise a strong one is generated and printed once. Migrates first, creates the
 * operator organization 司法建议平台运维中心 when there is none, refuses a username that exists.
 */
interface Args {
  username: string;
  displayName: string;
  email: string | null;
}

export const OPERATOR_ORGANIZATION = { type: OrganizationType.OTHER, name: '司法建议平台运维中心', shortName: '运维中心', code: 'OPS', regionCode: '100000' };
const MIN_PASSWORD = 10;

function parseArgs(argv: string[]): Args {
  const args: Partial<Args> = { displayName: '系统管理员', email: null };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const take = (): string => {
      if (value === undefined || value.startsWith('--')) throw new ConfigError([`${argv[i]} needs a value`]);
      i++;
      return value;
    };
    if (argv[i] === '--username') args.username = normalizeUsername(take());
    else if (argv[i] === '--display-name') args.displayName = take();
    else if (argv[i] === '--email') args.email = take();
    else throw new ConfigError([`unknown argument ${argv[i]} (usage: --username <name> [--display-name <name>] [--email <address>])`]);
  }
  if (!args.username) throw new ConfigError(['--username is required']);
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(args.username))
    throw new ConfigError([`--username must be 2–64 letters, digits, '.', '_' or '-' (got "${args.username}")`]);
  if (args.email !== null && !/^[^@\s]+@[^@\s]+$/.test(args.email ?? '')) throw new ConfigError([`--email is not an email address (got "${args.email}")`]);
  return args as Args;
}

/** The piped password (first line), or null when standard input is a terminal or empty. */
async function readPipedPassword(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  const line = text.split(/\r?\n/)[0] ?? '';
  return line === '' ? null : line;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const piped = await readPipedPassword();
  if (piped !== null && piped.length < MIN_PASSWORD) throw new ConfigError([`the password must be at least ${MIN_PASSWORD} characters`]);
  const password = piped ?? randomBytes(15).toString('base64url');

  const config = loadOperatorConfig();
  await runMigrations(config, SCHEMA);
  const ctx = await openCliContext();
  try {
    const passwordHash = await hashPassword(password);
    const created = await ctx.ds.transaction(async (m) => {
      if (await m.findOneBy(UserEntity, { username: args.username })) return null;
      let org = await m.findOneBy(OrganizationEntity, { code: OPERATOR_ORGANIZATION.code });
      if (!org) {
        org = await insertOrganization(m, OPERATOR_ORGANIZATION);
        await ctx.audit.record(m, SYSTEM_ACTOR, {
          action: 'organization.create',
          entityType: 'organization',
          entityId: org.id,
          organizationId: org.id,
          data: { ...OPERATOR_ORGANIZATION, via: 'admin:create' },
        });
      }
      const user = await m.save(
        UserEntity,
        m.create(UserEntity, {
          organizationId: org.id,
          username: args.username,
          displayName: args.displayName,
          email: args.email,
          phone: null,
          roles: [Role.SYS_ADMIN],
          division: null,
          active: true,
          passwordHash,
        }),
      );
      await ctx.audit.record(m, SYSTEM_ACTOR, {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        organizationId: org.id,
        data: { username: user.username, roles: user.roles, active: true, via: 'admin:create' },
      });
      return { user, org };
    });
    if (!created) throw new ConfigError([`a user named "${args.username}" already exists; nothing was changed`]);
    console.log(`created system administrator "${created.user.username}" in ${created.org.name}`);
    if (piped === null) console.log(`password (shown once, change it after the first login): ${password}`);
  } finally {
    await ctx.close();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `admin:create failed: ${e instanceof Error ? e.message : e}`);
  process.exit(e instanceof ConfigError ? 78 : 1);
});
