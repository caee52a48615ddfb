import { api, download, get, patch, post, qs } from './client';
import type {
  CreateOrganization,
  CreateUser,
  DirectoryImportResult,
  Organization,
  OrganizationPage,
  UpdateOrganization,
  UpdateUser,
  User,
  UserPage,
} from './types';

export interface OrgQuery {
  page?: number;
  pageSize?: number;
  type?: string;
  q?: string;
  regionCode?: string;
  parentId?: string;
  active?: boolean;
}

export const listOrganizations = (q: OrgQuery) => get<OrganizationPage>(`/organizations${qs(q)}`);
export const getOrganization = (id: string) => get<Organization>(`/organizations/${id}`);
export const createOrganization = (body: CreateOrganization) => post<Organization>('/organizations', body);
export const updateOrganization = (id: string, body: UpdateOrganization) => patch<Organization>(`/organizations/${id}`, body);

export interface UserQuery {
  page?: number;
  pageSize?: number;
  organizationId?: string;
  role?: string;
  q?: string;
  active?: boolean;
}

export const listUsers = (q: UserQuery) => get<UserPage>(`/users${qs(q)}`);
export const createUser = (body: CreateUser) => post<User>('/users', body);
export const updateUser = (id: string, body: UpdateUser) => patch<User>(`/users/${id}`, body);

/** The directory import: the xlsx/CSV file itself is the body (all or nothing; 422 names every problem row). */
export const importDirectory = (file: File) =>
  api<DirectoryImportResult>('/directory/import', {
    method: 'POST',
    body: file,
    headers: { 'content-type': /\.csv$/i.test(file.name) ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
export const downloadImportTemplate = () => download('/directory/import-template.xlsx', '通讯录导入模板.xlsx');
