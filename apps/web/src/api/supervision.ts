import { api, get, post, qs } from './client';
import type { CreateWatch, Watch, WorkList, WorkType } from './types';

/** One page of the court admin's work list (待办), optionally narrowed to one reason; counts are always for all. */
export const worklist = (type?: WorkType, page = 1, pageSize = 20) => get<WorkList>(`/worklist${qs({ type, page, pageSize })}`);

/** The caller's watch list (督办关注), optionally of one letter. */
export const watchlist = (suggestionId?: string) => get<Watch[]>(`/watchlist${qs({ suggestionId })}`);
export const watch = (body: CreateWatch) => post<Watch>('/watchlist', body);
export const unwatch = (id: string) => api<void>(`/watchlist/${id}`, { method: 'DELETE' });
