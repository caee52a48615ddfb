import { get, post, put, qs, rawFetch, ApiError } from './client';
import type {
  Attachment,
  Calendar,
  DevMail,
  DevMailPage,
  MailPage,
  MailRow,
  NotificationPage,
  Notification,
  PutCalendar,
  ReadAllResult,
  SearchPage,
} from './types';

export const notifications = (q: { page?: number; pageSize?: number; unread?: boolean }) => get<NotificationPage>(`/notifications${qs(q)}`);
export const readNotification = (id: string) => post<Notification>(`/notifications/${id}/read`);
export const readAllNotifications = () => post<ReadAllResult>('/notifications/read-all');

export const search = (q: string, page = 1, pageSize = 20) => get<SearchPage>(`/search${qs({ q, page, pageSize })}`);

export const getCalendar = (year: number) => get<Calendar>(`/calendar/${year}`);
export const putCalendar = (year: number, body: PutCalendar) => put<Calendar>(`/calendar/${year}`, body);

export const devMails = (q: { page?: number; pageSize?: number; to?: string }) => get<DevMailPage>(`/dev/mails${qs(q)}`);
export const devMail = (id: string) => get<DevMail>(`/dev/mails/${id}`);
/** Outgoing mail log; null while the api does not serve it (404). */
export const adminMails = (q: { page?: number; pageSize?: number; status?: string }) =>
  get<MailPage>(`/admin/mails${qs(q)}`).catch((e: ApiError) => {
    if (e?.statusCode === 404) return null;
    throw e;
  });
export const retryMail = (id: string) => post<MailRow>(`/admin/mails/${id}/retry`);

export async function uploadAttachment(file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  const res = await rawFetch('/attachments', { method: 'POST', body: form });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw { statusCode: res.status, code: body.code ?? 'UPLOAD_FAILED', message: body.message ?? `上传失败（${res.status}）` } as ApiError;
  return body as Attachment;
}
