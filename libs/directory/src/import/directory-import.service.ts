import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException } from '@app/core';
import { AuditService } from '@app/audit';
import { actorOf, AuthService, hashPassword, Principal, UserEntity } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';
import { DirectoryErrorCode } from '../directory-error-codes';
import { OrganizationEntity } from '../organization.entity';
import { OrganizationsService } from '../organizations.service';
import { readDirectoryFile, ORGANIZATION_SHEET, USER_SHEET } from './directory-workbook';
import { checkOrganizations, checkUsers, ExistingUser } from './import-checks';
import { ImportProblem, OrganizationRow, readOrganizationRow, readUserRow, RowRef, UserRow } from './import-rows';

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface DirectoryImportResult {
  organizations: Record<ImportOutcome, number>;
  users: Record<ImportOutcome, number>;
  rows: { sheet: string; row: number; key: string; outcome: ImportOutcome; changed: string[] }[];
  /** Generated first passwords of the users created without one: shown once, never stored in clear. */
  credentials: { username: string; displayName: string; password: string }[];
}

interface RawRows {
  organizations?: { row: number; values: Record<string, unknown> }[];
  users?: { row: number; values: Record<string, unknown> }[];
}

const USER_FIELDS = ['organizationId', 'displayName', 'email', 'phone', 'roles', 'division'] as const;

/**
 * Loads organizations and users in bulk (README "Deploying", step 4): from the xlsx/CSV template
 * or the JSON bulk endpoints. Every row is checked first — fields, codes, parents (in the file or
 * the directory), roles against the organization's type, divisions — and one problem anywhere
 * means nothing is written: 422 DIRECTORY_IMPORT_INVALID with one detail per problem
 * (「用户」第37行：…). Otherwise one transaction creates what is new and updates what differs, by
 * organization code and username, so importing the same file again changes nothing. Each change
 * leaves its usual audit row (organization.create/update, user.create/update, `via: import`) and
 * the import one `directory.import` row with the counts.
 */
@Injectable()
export class DirectoryImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  async importFile(actor: Principal, body: Buffer): Promise<DirectoryImportResult> {
    const problems: ImportProblem[] = [];
    const raw = await readDirectoryFile(body, problems);
    return this.importRaw(actor, raw, problems, 'file');
  }

  importJson(actor: Principal, kind: 'organizations' | 'users', items: Record<string, unknown>[]): Promise<DirectoryImportResult> {
    return this.importRaw(actor, { [kind]: items.map((values, i) => ({ row: i + 1, values })) }, [], 'api');
  }

  private async importRaw(actor: Principal, raw: RawRows, problems: ImportProblem[], source: 'file' | 'api'): Promise<DirectoryImportResult> {
    const where = (sheet: string, row: number): RowRef => ({ row, where: source === 'file' ? `「${sheet}」第${row}行` : `第${row}条` });
    const sheetOf = (sheet: string) => (source === 'file' ? sheet : null);
    const orgRows: OrganizationRow[] = [];
    for (const r of raw.organizations ?? []) {
      const row = readOrganizationRow(r.values, where(ORGANIZATION_SHEET, r.row), problems, sheetOf(ORGANIZATION_SHEET));
      if (row) orgRows.push(row);
    }
    const userRows: UserRow[] = [];
    for (const r of raw.users ?? []) {
      const row = readUserRow(r.values, where(USER_SHEET, r.row), problems, sheetOf(USER_SHEET));
      if (row) userRows.push(row);
    }
    if (!problems.length && !(raw.organizations?.length ?? 0) && !(raw.users?.length ?? 0)) {
      problems.push({ sheet: null, row: 0, field: 'file', message: '没有要导入的数据' });
    }

    const orgCodes = [...new Set([...orgRows.flatMap((r) => [r.code, r.parentCode ?? '']), ...userRows.map((u) => u.organizationCode ?? '')])].filter(Boolean);
    const existingOrgs: OrganizationEntity[] = orgCodes.length
      ? await this.dataSource.getRepository(OrganizationEntity).find({ where: orgCodes.map((code) => ({ code })) })
      : [];
    const caseCodes = orgRows.map((r) => r.caseCode).filter((c): c is string => !!c);
    const caseCodeOwners: { code: string | null; case_code: string }[] = caseCodes.length
      ? await this.dataSource.query('SELECT code, case_code FROM organizations WHERE case_code = ANY($1)', [caseCodes])
      : [];
    const order = checkOrganizations(orgRows, existingOrgs, caseCodeOwners, problems, sheetOf(ORGANIZATION_SHEET));

    const existingUsers: ExistingUser[] = userRows.length
      ? await this.dataSource.query(
          `SELECT u.id, u.username, u.organization_id AS "organizationId", u.display_name AS "displayName", u.email, u.phone, u.roles, u.division
             FROM users u WHERE u.username = ANY($1)`,
          [userRows.map((u) => u.username)],
        )
      : [];
    checkUsers(userRows, orgRows, existingOrgs, existingUsers, problems, sheetOf(USER_SHEET));

    if (problems.length) {
      problems.sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || a.row - b.row);
      throw new AppException(422, DirectoryErrorCode.IMPORT_INVALID, `导入内容有 ${problems.length} 处错误，未写入任何数据`, problems);
    }

    // argon2 before the transaction (a few ms each, on the thread pool), only for users that are new.
    const known = new Map(existingUsers.map((u) => [u.username, u]));
    const credentials: DirectoryImportResult['credentials'] = [];
    const hashes = new Map<string, string>();
    await Promise.all(
      userRows
        .filter((u) => !known.has(u.username))
        .map(async (u) => {
          const password = u.password ?? generatedPassword();
          if (!u.password) credentials.push({ username: u.username, displayName: u.displayName, password });
          hashes.set(u.username, await hashPassword(password));
        }),
    );
    credentials.sort((a, b) => a.username.localeCompare(b.username));

    return this.dataSource.transaction(async (m) => {
      const result: DirectoryImportResult = {
        organizations: { created: 0, updated: 0, unchanged: 0 },
        users: { created: 0, updated: 0, unchanged: 0 },
        rows: [],
        credentials,
      };
      const idByCode = new Map(existingOrgs.map((o) => [o.code!, o.id]));
      for (const r of order) {
        const outcome = await this.applyOrganization(m, actor, r, idByCode);
        result.organizations[outcome.outcome]++;
        result.rows.push({ sheet: ORGANIZATION_SHEET, row: r.row, key: r.code, ...outcome });
      }
      for (const u of userRows) {
        const outcome = await this.applyUser(m, actor, u, idByCode.get(u.organizationCode!)!, known.get(u.username), hashes.get(u.username));
        result.users[outcome.outcome]++;
        result.rows.push({ sheet: USER_SHEET, row: u.row, key: u.username, ...outcome });
      }
      await this.audit.record(m, actorOf(actor), {
        action: 'directory.import',
        entityType: 'directory',
        entityId: null,
        organizationId: null,
        data: { source, organizations: result.organizations, users: result.users },
      });
      return result;
    });
  }

  private async applyOrganization(
    m: EntityManager,
    actor: Principal,
    r: OrganizationRow,
    idByCode: Map<string, string>,
  ): Promise<{ outcome: ImportOutcome; changed: string[] }> {
    const parentId = r.parentCode ? idByCode.get(r.parentCode)! : null;
    const fields = {
      name: r.name,
      shortName: r.shortName,
      regionCode: r.regionCode,
      emails: r.emails,
      replyNeedsApproval: r.replyNeedsApproval,
      caseCode: r.caseCode,
    };
    const id = idByCode.get(r.code);
    if (!id) {
      const org = await this.organizations.createAudited(m, actor, { type: r.type!, code: r.code, parentId, ...fields }, 'import');
      idByCode.set(r.code, org.id);
      return { outcome: 'created', changed: [] };
    }
    const { changes } = await this.organizations.updateIn(m, actor, id, { ...fields, parentId }, 'import');
    const changed = Object.keys(changes);
    return { outcome: changed.length ? 'updated' : 'unchanged', changed };
  }

  private async applyUser(
    m: EntityManager,
    actor: Principal,
    u: UserRow,
    organizationId: string,
    existing: ExistingUser | undefined,
    passwordHash: string | undefined,
  ): Promise<{ outcome: ImportOutcome; changed: string[] }> {
    const next = { organizationId, displayName: u.displayName, email: u.email, phone: u.phone, roles: u.roles, division: u.division };
    if (!existing) {
      const user = await m.save(UserEntity, m.create(UserEntity, { ...next, username: u.username, active: true, passwordHash: passwordHash! }));
      await this.audit.record(m, actorOf(actor), {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        organizationId,
        data: { username: user.username, roles: user.roles, active: true, via: 'import' },
      });
      return { outcome: 'created', changed: [] };
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const k of USER_FIELDS) {
      const same = k === 'roles' ? [...existing.roles].sort().join() === [...next.roles].sort().join() : existing[k] === next[k];
      if (!same) changes[k] = { from: existing[k], to: next[k] };
    }
    const changed = Object.keys(changes);
    if (!changed.length) return { outcome: 'unchanged', changed };
    await m.update(UserEntity, { id: existing.id }, next);
    // As PATCH /users/:id: a new organization or new roles end the user's sessions at once.
    const revoke = changes.roles || changes.organizationId;
    if (revoke) await this.auth.revokeAllSessions(m, existing.id, 'roles changed');
    await this.audit.record(m, actorOf(actor), {
      action: 'user.update',
      entityType: 'user',
      entityId: existing.id,
      organizationId,
      data: { changes, sessionsRevoked: Boolean(revoke), via: 'import' },
    });
    return { outcome: 'updated', changed };
  }
}

/** 12 characters from an alphabet without look-alikes (no 0/O, 1/l/I), with a digit and a sign. */
function generatedPassword(): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz';
  const digits = '23456789';
  const body = Array.from({ length: 9 }, () => letters[randomInt(letters.length)]).join('');
  return `${body}${digits[randomInt(digits.length)]}${digits[randomInt(digits.length)]}@`;
}
