/** The roles of PRODUCT.md. */
export enum Role {
  JUDGE = 'JUDGE',
  DIVISION_HEAD = 'DIVISION_HEAD',
  COURT_LEADER = 'COURT_LEADER',
  COURT_ADMIN = 'COURT_ADMIN',
  AGENCY_CLERK = 'AGENCY_CLERK',
  AGENCY_LEADER = 'AGENCY_LEADER',
  SUPERVISOR = 'SUPERVISOR',
  SYS_ADMIN = 'SYS_ADMIN',
}

export const ALL_ROLES = Object.values(Role);
export const COURT_ROLES = [Role.JUDGE, Role.DIVISION_HEAD, Role.COURT_LEADER, Role.COURT_ADMIN];
export const AGENCY_ROLES = [Role.AGENCY_CLERK, Role.AGENCY_LEADER];

/** Organization types as in API.md (kept here too so identity does not depend on directory). */
export type OrganizationTypeName = 'COURT' | 'AGENCY' | 'CONGRESS' | 'PARTY_COMMITTEE' | 'OTHER';

/** Which roles a member of each kind of organization may hold. */
export const ROLES_BY_ORGANIZATION_TYPE: Record<OrganizationTypeName, Role[]> = {
  COURT: [...COURT_ROLES, Role.SUPERVISOR, Role.SYS_ADMIN],
  AGENCY: [...AGENCY_ROLES, Role.SYS_ADMIN],
  CONGRESS: [Role.SUPERVISOR, Role.SYS_ADMIN],
  PARTY_COMMITTEE: [Role.SUPERVISOR, Role.SYS_ADMIN],
  OTHER: [...AGENCY_ROLES, Role.SYS_ADMIN],
};

export const ROLE_LABELS: Record<Role, string> = {
  JUDGE: '承办法官',
  DIVISION_HEAD: '庭长',
  COURT_LEADER: '院领导',
  COURT_ADMIN: '研究室/办公室',
  AGENCY_CLERK: '经办人',
  AGENCY_LEADER: '单位负责人',
  SUPERVISOR: '监督者(人大/上级法院)',
  SYS_ADMIN: '系统管理员',
};
