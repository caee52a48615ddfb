import { del, get, patch, post, qs } from './client';
import type {
  Committee,
  Consultation,
  CreateSuggestion,
  Decision,
  DistrictCheck,
  SimilarCheck,
  SimilarLetter,
  Suggestion,
  SuggestionPage,
  TimelineEntry,
  UpdateSuggestion,
  Withdraw,
} from './types';

export interface SuggestionQuery {
  page?: number;
  pageSize?: number;
  status?: string;
  category?: string;
  courtId?: string;
  q?: string;
  from?: string;
  to?: string;
}

export const listSuggestions = (q: SuggestionQuery) => get<SuggestionPage>(`/suggestions${qs(q)}`);
export const getSuggestion = (id: string) => get<Suggestion>(`/suggestions/${id}`);
export const createSuggestion = (body: CreateSuggestion) => post<Suggestion>('/suggestions', body);
export const updateSuggestion = (id: string, body: UpdateSuggestion) => patch<Suggestion>(`/suggestions/${id}`, body);
export const timeline = (id: string) => get<TimelineEntry[]>(`/suggestions/${id}/timeline`);
export const similar = (id: string) => get<SimilarLetter[]>(`/suggestions/${id}/similar`);
/** The drafting form's check: letters the caller sees and letters neighbouring courts issued. */
export const similarCheck = (q: { title: string; recipientIds: string[]; excludeId?: string }) =>
  get<SimilarCheck>(`/suggestions/similar${qs({ title: q.title, recipientIds: q.recipientIds.join(','), excludeId: q.excludeId })}`);
/** Deletes a draft never submitted. */
export const removeDraft = (id: string, version: number) => del<void>(`/suggestions/${id}${qs({ version })}`);

export const submit = (id: string, version: number) => post<Suggestion>(`/suggestions/${id}/submit`, { version });
export const review = (id: string, body: Decision) => post<Suggestion>(`/suggestions/${id}/review`, body);
export const approve = (id: string, body: Decision) => post<Suggestion>(`/suggestions/${id}/approve`, body);
export const committee = (id: string, body: Committee) => post<Suggestion>(`/suggestions/${id}/committee`, body);
export const consult = (id: string, body: Consultation) => post<Suggestion>(`/suggestions/${id}/consultations`, body);
export const withdraw = (id: string, body: Withdraw) => post<Suggestion>(`/suggestions/${id}/withdraw`, body);
export const archive = (id: string, version: number) => post<Suggestion>(`/suggestions/${id}/archive`, { version });
export const escalation = (id: string, body: { version?: number; decision: 'ADOPT' | 'RETURN'; comment?: string }) =>
  post<Suggestion>(`/suggestions/${id}/escalation`, body);

/** Art. 3 before saving: which would-be MAIN recipients lie outside the caller's court's district. */
export const districtCheck = (organizationIds: string[]) =>
  get<DistrictCheck>(`/suggestions/district-check${qs({ organizationIds: organizationIds.join(',') })}`);

export const documentPath = (id: string, ext: 'pdf' | 'docx', deliveryId?: string) => `/suggestions/${id}/document.${ext}${qs({ deliveryId })}`;
/** The 送达回证 of one delivery (PDF). */
export const receiptPath = (id: string, deliveryId: string) => `/suggestions/${id}/receipt.pdf${qs({ deliveryId })}`;
