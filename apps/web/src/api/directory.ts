import { get, patch, post, qs } from './client';
import type { CreateOrganization, CreateUser, Organization, OrganizationPage, UpdateOrganization, UpdateUser, User, UserPage } from './schema';

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
