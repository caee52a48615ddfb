import { DIVISION_ROLES, Role, ROLE_LABELS, ROLES_BY_ORGANIZATION_TYPE } from '@app/identity';
import { OrganizationEntity, OrganizationType } from '../organization.entity';
import { ImportProblem, ORGANIZATION_TYPE_ZH, OrganizationRow, UserRow } from './import-rows';

/** The checks of a directory import that look across rows and at the directory as it is. */

export interface ExistingUser {
  id: string;
  username: string;
  organizationId: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  roles: Role[];
  division: string | null;
}

const courtsUnderCourts = (child: OrganizationType, parent: OrganizationType) =>
  child === OrganizationType.COURT ? parent === OrganizationType.COURT : parent !== OrganizationType.COURT;

/**
 * Checks the organization rows against each other and the directory, and answers them in an order
 * that writes every parent before its children.
 */
export function checkOrganizations(
  rows: OrganizationRow[],
  existing: OrganizationEntity[],
  caseCodeOwners: { code: string | null; case_code: string }[],
  problems: ImportProblem[],
  sheet: string | null,
): OrganizationRow[] {
  const complain = (r: OrganizationRow, field: string, message: string) => problems.push({ sheet, row: r.row, field, message: `${r.where}：${message}` });
  const byCode = new Map<string, OrganizationRow>();
  const byCaseCode = new Map<string, OrganizationRow>();
  const dbByCode = new Map(existing.map((o) => [o.code!, o]));
  for (const r of rows) {
    const first = byCode.get(r.code);
    if (first) complain(r, 'code', `单位代码“${r.code}”与${first.where.replace(/^「.+?」/, '')}重复`);
    else byCode.set(r.code, r);
    if (r.caseCode) {
      const other = byCaseCode.get(r.caseCode);
      if (other) complain(r, 'caseCode', `案号代字“${r.caseCode}”与${other.where.replace(/^「.+?」/, '')}重复`);
      else byCaseCode.set(r.caseCode, r);
      const owner = caseCodeOwners.find((o) => o.case_code === r.caseCode && o.code !== r.code);
      if (owner) complain(r, 'caseCode', `案号代字“${r.caseCode}”已属于单位代码为“${owner.code ?? '（无）'}”的单位`);
    }
    const db = dbByCode.get(r.code);
    if (db && r.type && db.type !== r.type) complain(r, 'type', `单位“${r.code}”已登记为${ORGANIZATION_TYPE_ZH[db.type]}，单位类型不能更改`);
  }
  // Parents: in the file or in the directory, of a fitting type, and no cycle (through the file or the tree).
  for (const r of byCode.values()) {
    if (!r.parentCode) continue;
    const parentType = byCode.get(r.parentCode)?.type ?? dbByCode.get(r.parentCode)?.type;
    if (!parentType) complain(r, 'parentCode', `上级单位代码“${r.parentCode}”不存在（既不在本文件中，也未登记）`);
    else if (r.type && !courtsUnderCourts(r.type, parentType)) complain(r, 'parentCode', '法院只能隶属于法院，其他单位不能隶属于法院');
    else if (cycles(r, byCode, dbByCode)) complain(r, 'parentCode', `上级单位“${r.parentCode}”在本单位之下，形成循环`);
  }
  const depth = (r: OrganizationRow): number => {
    let d = 0;
    for (let p = r.parentCode ? byCode.get(r.parentCode) : undefined; p && d <= byCode.size; p = p.parentCode ? byCode.get(p.parentCode) : undefined) d++;
    return d;
  };
  return [...byCode.values()]
    .map((r) => ({ r, d: depth(r) }))
    .sort((a, b) => a.d - b.d || a.r.row - b.r.row)
    .map((x) => x.r);
}

function cycles(start: OrganizationRow, byCode: Map<string, OrganizationRow>, dbByCode: Map<string, OrganizationEntity>): boolean {
  const seen = new Set<string>([start.code]);
  let cur = start;
  while (cur.parentCode) {
    if (seen.has(cur.parentCode)) return true;
    const next = byCode.get(cur.parentCode);
    if (!next) {
      // The chain leaves the file at an organization of the directory: a cycle if that one lies
      // below an organization of the chain (the file moves it above its own descendant).
      const anchor = dbByCode.get(cur.parentCode);
      return (
        !!anchor &&
        [...seen].some((code) => {
          const id = dbByCode.get(code)?.id;
          return !!id && anchor.path.includes(`/${id}/`);
        })
      );
    }
    seen.add(next.code);
    cur = next;
  }
  return false;
}

/** Checks the user rows: unique usernames, a known organization whose type allows the roles, divisions, and no administrator touched. */
export function checkUsers(
  rows: UserRow[],
  orgRows: OrganizationRow[],
  existingOrgs: OrganizationEntity[],
  existingUsers: ExistingUser[],
  problems: ImportProblem[],
  sheet: string | null,
): void {
  const complain = (u: UserRow, field: string, message: string) => problems.push({ sheet, row: u.row, field, message: `${u.where}：${message}` });
  const typeOf = new Map<string, OrganizationType | null>([
    ...existingOrgs.map((o) => [o.code!, o.type] as const),
    ...orgRows.map((o) => [o.code, o.type] as const),
  ]);
  const known = new Map(existingUsers.map((u) => [u.username, u]));
  const seen = new Map<string, UserRow>();
  for (const u of rows) {
    const first = seen.get(u.username);
    if (first) complain(u, 'username', `用户名“${u.username}”与${first.where.replace(/^「.+?」/, '')}重复`);
    else seen.set(u.username, u);
    if (!u.organizationCode) continue;
    const type = typeOf.get(u.organizationCode);
    if (type === null) continue; // its own row already has a problem
    if (!type) complain(u, 'organizationCode', `所属单位代码“${u.organizationCode}”不存在（既不在本文件中，也未登记）`);
    else {
      const bad = u.roles.filter((r) => !ROLES_BY_ORGANIZATION_TYPE[type].includes(r));
      if (bad.length) complain(u, 'roles', `${ORGANIZATION_TYPE_ZH[type]}的人员不能担任${bad.map((r) => ROLE_LABELS[r]).join('、')}`);
    }
    const needing = u.roles.filter((r) => DIVISION_ROLES.includes(r));
    if (needing.length && !u.division) complain(u, 'division', `${needing.map((r) => ROLE_LABELS[r]).join('、')}须填写庭室`);
    if (known.get(u.username)?.roles.includes(Role.SYS_ADMIN)) complain(u, 'username', `“${u.username}”是系统管理员账号，不能通过导入修改`);
  }
}
