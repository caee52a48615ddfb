import { AuditService, SYSTEM_ACTOR } from '@app/audit';
import { insertOrganization, OrganizationEntity } from '@app/directory';
import { hashPassword, normalizeUsername, UserEntity } from '@app/identity';
import { DataSource } from 'typeorm';
import { DEMO_ORGANIZATIONS, DEMO_USERS, DemoOrganization, DemoUser } from './demo-directory.data';

export interface SeededDirectory {
  orgs: Map<string, OrganizationEntity>;
  users: Map<string, UserEntity>;
}

/**
 * Idempotent: organizations are matched by `code`, users by username. Demo users' passwords and
 * `active` are reset on every run so the printed logins always work.
 */
export async function seedDirectory(
  ds: DataSource,
  audit: AuditService,
  password: string,
  orgsData: DemoOrganization[] = DEMO_ORGANIZATIONS,
  usersData: DemoUser[] = DEMO_USERS,
): Promise<SeededDirectory> {
  const passwordHash = await hashPassword(password);
  return ds.transaction(async (m) => {
    const orgs = new Map<string, OrganizationEntity>();
    let created = 0;
    for (const o of orgsData) {
      let org = await m.findOneBy(OrganizationEntity, { code: o.code });
      if (!org) {
        const parentId = o.parent ? orgs.get(o.parent)?.id : undefined;
        if (o.parent && !parentId) throw new Error(`demo data: ${o.code} names unknown parent ${o.parent}`);
        org = await insertOrganization(m, { ...o, parentId: parentId ?? null });
        created++;
      } else if (o.caseCode && !org.caseCode) {
        await m.update(OrganizationEntity, { id: org.id }, { caseCode: o.caseCode });
        org.caseCode = o.caseCode;
      }
      orgs.set(o.code, org);
    }
    const users = new Map<string, UserEntity>();
    for (const u of usersData) {
      const org = orgs.get(u.org)!;
      const username = normalizeUsername(u.username);
      let user = await m.findOneBy(UserEntity, { username });
      if (!user) {
        user = await m.save(
          UserEntity,
          m.create(UserEntity, {
            organizationId: org.id,
            username,
            displayName: u.displayName,
            roles: u.roles,
            division: u.division ?? null,
            email: u.email ?? null,
            phone: null,
            active: true,
            passwordHash,
          }),
        );
        created++;
      } else {
        await m.update(UserEntity, { id: user.id }, { passwordHash, active: true });
      }
      users.set(u.username, user);
    }
    await audit.record(m, SYSTEM_ACTOR, {
      action: 'demo.seed_directory',
      entityType: 'system',
      data: { created, organizations: orgsData.length, users: usersData.length },
    });
    return { orgs, users };
  });
}
