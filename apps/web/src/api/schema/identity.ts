/**
 * Types of the api's OpenAPI document (/api/docs-json): Sign-in, users, organizations, API tokens
 * and the audit check. Keep in step with the DTOs.
 */
export interface Login {
  username: string;
  password: string;
}

export interface User {
  id: string;
  organizationId: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  roles: Array<'JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN'>;
  division: string | null;
  active: boolean;
  version: number;
}

export interface LoginResponse extends TokenPair {
  user: User;
}

export interface Refresh {
  refreshToken: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
}

export interface Logout {
  refreshToken?: string;
}

export interface Me extends User {
  kind: 'user' | 'apiToken';
  organizationName: string;
  organizationType: string;
}

export interface ChangePassword {
  currentPassword: string;
  newPassword: string;
}

export interface UserPage {
  items: Array<User>;
  total: number;
  page: number;
  pageSize: number;
}

export interface CreateUser {
  organizationId: string;
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  roles: Array<'JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN'>;
  division?: string;
  password: string;
  active?: boolean;
}

export interface UpdateUser {
  version?: number;
  displayName?: string;
  email?: string;
  phone?: string;
  roles?: Array<'JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN'>;
  division?: string;
  active?: boolean;
  organizationId?: string;
  password?: string;
}

export interface Organization {
  id: string;
  type: 'COURT' | 'AGENCY' | 'CONGRESS' | 'PARTY_COMMITTEE' | 'OTHER';
  name: string;
  shortName: string;
  code: string | null;
  regionCode: string;
  caseCode: string | null;
  parentId: string | null;
  emails: Array<string>;
  replyNeedsApproval: boolean;
  active: boolean;
  version: number;
}

export interface OrganizationPage {
  items: Array<Organization>;
  total: number;
  page: number;
  pageSize: number;
}

export interface CreateOrganization {
  type: 'COURT' | 'AGENCY' | 'CONGRESS' | 'PARTY_COMMITTEE' | 'OTHER';
  name: string;
  shortName: string;
  code?: string;
  regionCode: string;
  parentId?: string;
  caseCode?: string;
  emails?: Array<string>;
  replyNeedsApproval?: boolean;
  active?: boolean;
}

export interface UpdateOrganization {
  version?: number;
  name?: string;
  shortName?: string;
  code?: string;
  regionCode?: string;
  parentId?: string | null;
  caseCode?: string;
  emails?: Array<string>;
  replyNeedsApproval?: boolean;
  active?: boolean;
}

export interface DirectoryImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface DirectoryImportResult {
  organizations: DirectoryImportCounts;
  users: DirectoryImportCounts;
  rows: Array<{ sheet: string; row: number; key: string; outcome: 'created' | 'updated' | 'unchanged'; changed: Array<string> }>;
  credentials: Array<{ username: string; displayName: string; password: string }>;
}

/** One problem of a refused import (422 DIRECTORY_IMPORT_INVALID details). */
export interface DirectoryImportProblem {
  sheet: string | null;
  row: number;
  field: string;
  message: string;
}

export interface ApiToken {
  id: string;
  name: string;
  roles: Array<'JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN'>;
  tokenPrefix: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface CreateApiToken {
  name: string;
  roles: Array<'JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN'>;
  expiresAt?: string;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  roles: Array<'JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN'>;
  tokenPrefix: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  token: string;
}

export interface AuditVerification {
  valid: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
}

export type Role = User['roles'][number];
