/** Case data: class-case leads (类案线索) and a letter's governance impact (治理成效). */
import { get, post, qs, uploadWithProgress } from './client';
import type { ImportResult, Impact, Lead, LeadPage, LeadRefreshResult, Suggestion } from './types';

export type { ImportResult, Impact, Lead, LeadPage };

export type LeadStatus = Lead['status'];

export const leads = (f: { status?: LeadStatus; courtId?: string; page?: number }) => get<LeadPage>(`/cases/leads${qs({ ...f, pageSize: 50 })}`);
export const refreshLeads = () => post<LeadRefreshResult>('/cases/leads/refresh');
export const draftFromLead = (id: string) => post<Suggestion>(`/cases/leads/${id}/draft`, {});
export const dismissLead = (id: string, reason: string, version: number) => post<Lead>(`/cases/leads/${id}/dismiss`, { reason, version });
export const impact = (suggestionId: string) => get<Impact>(`/suggestions/${suggestionId}/impact`);

export const importCases = (file: File, onProgress: (percent: number) => void) => uploadWithProgress<ImportResult>('/cases/import', file, onProgress);
