/** Case data: class-case leads (类案线索) and a letter's governance impact (治理成效). Keep in step with the DTOs of apps/api cases. */
import { get, post, qs, uploadWithProgress } from './client';
import type { Impact, Suggestion } from './types';

export type LeadStatus = 'NEW' | 'DRAFTED' | 'DISMISSED';

export interface Lead {
  id: string;
  courtId: string;
  courtName: string;
  kind: 'CAUSE_GROWTH' | 'PARTY';
  cause: { code: string; name: string } | null;
  keyword: string | null;
  partyName: string | null;
  periodFrom: string;
  periodTo: string;
  cases: number;
  previousCases: number;
  growth: number | null;
  evidence: {
    monthly: { month: string; cases: number }[];
    topParties: { name: string; cases: number }[];
    topCauses: { code: string; name: string; cases: number }[];
    sampleCaseNumbers: string[];
  };
  authority: string | null;
  suggestedOrganization: { id: string; name: string } | null;
  answeredBy: { id: string; title: string; docNumber: string | null; status: string } | null;
  status: LeadStatus;
  dismissReason: string | null;
  draftId: string | null;
  detectedAt: string;
  version: number;
  allowedActions: ('DRAFT' | 'DISMISS')[];
}

export interface LeadPage {
  items: Lead[];
  total: number;
  page: number;
  pageSize: number;
}

export const leads = (f: { status?: LeadStatus; courtId?: string; page?: number }) => get<LeadPage>(`/cases/leads${qs({ ...f, pageSize: 50 })}`);
export const refreshLeads = () => post<{ candidates: number; upserted: number }>('/cases/leads/refresh');
export const draftFromLead = (id: string) => post<Suggestion>(`/cases/leads/${id}/draft`, {});
export const dismissLead = (id: string, reason: string, version: number) => post<Lead>(`/cases/leads/${id}/dismiss`, { reason, version });
export const impact = (suggestionId: string) => get<Impact>(`/suggestions/${suggestionId}/impact`);

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; field: string; message: string }[];
  naturalPersonNamesDropped: number;
}

export const importCases = (file: File, onProgress: (percent: number) => void) => uploadWithProgress<ImportResult>('/cases/import', file, onProgress);
