/**
 * Types of the api's OpenAPI document (/api/docs-json): Operators' things: the legal calendar,
 * attachments, caught demo mail, failed mail, webhooks. Keep in step with the DTOs.
 */
export interface DueDate {
  from: string;
  months?: number;
  workingDays?: number;
  dueDate: string;
  adjusted: boolean;
  reason?: string;
}

export interface Calendar {
  year: number;
  holidays: Array<string>;
  workdays: Array<string>;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface PutCalendar {
  holidays: Array<string>;
  workdays: Array<string>;
  version?: number;
}

export interface UploadAttachment {
  file: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface DevMailSummary {
  id: string;
  messageId: string | null;
  from: string;
  to: Array<string>;
  subject: string;
  size: number;
  receivedAt: string;
}

export interface DevMailPage {
  items: Array<DevMailSummary>;
  total: number;
  page: number;
  pageSize: number;
}

export interface DevMail extends DevMailSummary {
  text: string | null;
  html: string | null;
  headers: Record<string, string>;
}

export interface CreateWebhook {
  url: string;
  events: Array<'delivery.created' | 'reminder' | 'message' | 'evaluation'>;
}

export interface CreatedWebhook {
  id: string;
  organizationId: string;
  url: string;
  events: Array<'delivery.created' | 'reminder' | 'message' | 'evaluation'>;
  active: boolean;
  createdAt: string;
  version: number;
  secret: string;
}

export interface Webhook {
  id: string;
  organizationId: string;
  url: string;
  events: Array<'delivery.created' | 'reminder' | 'message' | 'evaluation'>;
  active: boolean;
  createdAt: string;
  version: number;
}

/** GET /api/v1/admin/mails rows (not in the OpenAPI document). */
export interface MailRow {
  id: string;
  status: 'QUEUED' | 'SENT' | 'FAILED';
  to?: string[] | string;
  subject?: string;
  attempts?: number;
  lastError?: string | null;
  createdAt?: string;
  sentAt?: string | null;
  [key: string]: unknown;
}
