/**
 * Types of the api's OpenAPI document (/api/docs-json): Deliveries and what happens on them: sign,
 * reject, extension, reply, evaluation, implementation, messages, supervision notes,
 * notifications. Keep in step with the DTOs.
 */
import type { AttachedFile, PersonRef } from './suggestions';

/**
 * The reply. While it awaits the agency leader's approval, everyone outside the recipient gets
 * `{ status: 'PENDING_APPROVAL' }` only (a reply is being prepared; its text stays in the agency);
 * a saved (DRAFT) or returned (RETURNED) one is null to them.
 */
export interface ReplyOut {
  id?: string;
  status: 'DRAFT' | 'PENDING_APPROVAL' | 'RETURNED' | 'SUBMITTED';
  content?: string;
  measures?: string;
  items?: Array<{
    index?: number;
    stance?: 'ADOPT' | 'PARTIAL' | 'DECLINE';
    note?: string;
  }>;
  writtenByName?: string | null;
  writtenAt?: string;
  approvedByName?: string | null;
  submittedAt?: string | null;
  returnComment?: string | null;
  returnedByName?: string | null;
  returnedAt?: string | null;
}

export type EvaluationResult = 'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED';

export interface EvaluationItem {
  index: number;
  result: EvaluationResult;
  note: string;
}

export interface EvaluationOut {
  result: EvaluationResult;
  comment: string | null;
  evaluatedAt: string;
  evaluatedBy: string | null;
  /** The court's judgement of each recommendation. */
  items: Array<EvaluationItem>;
}

export interface ImplementationOut {
  status: 'IN_PROGRESS' | 'IMPLEMENTED' | null;
  note: string | null;
  reportedAt: string | null;
  confirmedAt: string | null;
}

export interface ExtensionOut {
  id: string;
  clock: 'SIGN' | 'REPLY' | 'FOLLOW_UP';
  status: 'PENDING' | 'APPROVED' | 'REFUSED';
  reason: string;
  oldDueDate: string | null;
  requestedDueDate: string;
  newDueDate: string | null;
  requestedByName: string | null;
  requestedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
}

export interface RejectionOut {
  reason: string;
  rejectedAt: string;
}

export interface SupervisionAuthor {
  userId: string | null;
  name: string;
  organizationId: string;
  organizationName: string;
}

export interface DeliverySupervisionNote {
  id: string;
  comment: string;
  createdAt: string;
  author: SupervisionAuthor;
}

export interface DeliveryWatcher {
  name: string;
  organizationId: string;
  organizationName: string;
  scope: 'LETTER' | 'DELIVERY';
  since: string;
}

export interface Delivery {
  id: string;
  suggestionId: string;
  suggestionTitle: string;
  docNumber: string | null;
  courtId: string;
  courtName: string;
  organizationId: string;
  organizationName: string;
  kind: 'MAIN' | 'COPY';
  status: 'DELIVERED' | 'SIGNED' | 'REPLIED' | 'EVALUATED' | 'IMPLEMENTING' | 'IMPLEMENTED' | 'NOT_ADOPTED' | 'CLOSED' | 'REJECTED_BY_RECIPIENT' | 'READ';
  deliveredAt: string;
  signedAt: string | null;
  signedBy: PersonRef | null;
  readAt: string | null;
  signDueDate: string | null;
  replyDueDate: string | null;
  followUpDate: string | null;
  dueDate: string | null;
  colour: 'GREEN' | 'YELLOW' | 'RED';
  repliedAt: string | null;
  reply: ReplyOut | null;
  evaluation: EvaluationOut | null;
  implementation: ImplementationOut | null;
  extension: ExtensionOut | null;
  rejection: RejectionOut | null;
  reroutedFromId: string | null;
  reroutedToId: string | null;
  copyNote: string | null;
  copyOfDeliveryId: string | null;
  closedAt: string | null;
  closedReason: string | null;
  attachments: Array<AttachedFile>;
  version: number;
  allowedActions: Array<
    | 'SIGN'
    | 'READ'
    | 'REJECT'
    | 'REROUTE'
    | 'REQUEST_EXTENSION'
    | 'DECIDE_EXTENSION'
    | 'REPLY'
    | 'APPROVE_REPLY'
    | 'RETURN_REPLY'
    | 'EVALUATE'
    | 'REPORT_IMPLEMENTATION'
    | 'CONFIRM_IMPLEMENTATION'
    | 'CLOSE'
    | 'MESSAGE'
    | 'SUPERVISE'
    | 'COPY_SUPERIOR'
  >;
  supervisionNotes?: Array<DeliverySupervisionNote>;
  watched?: boolean;
  watchedBy?: Array<DeliveryWatcher>;
}

export interface DeliveryPage {
  items: Array<Delivery>;
  total: number;
  page: number;
  pageSize: number;
}

export interface DeliveryVersion {
  version?: number;
}

export interface Reject {
  version?: number;
  reason: string;
}

export interface Reroute {
  version?: number;
  organizationId: string;
}

export interface ExtensionRequest {
  version?: number;
  reason: string;
  requestedDueDate: string;
  attachmentIds?: Array<string>;
}

export interface ExtensionDecision {
  version?: number;
  approve: boolean;
  dueDate?: string;
  comment?: string;
}

export interface ReplyItem {
  index: number;
  stance: 'ADOPT' | 'PARTIAL' | 'DECLINE';
  note?: string;
}

export interface Reply {
  version?: number;
  content?: string;
  measures?: string;
  items: Array<ReplyItem>;
  attachmentIds?: Array<string>;
  /** 暂存: save without submitting. */
  draft?: boolean;
}

export interface Evaluate {
  version?: number;
  result: EvaluationResult;
  comment?: string;
  followUpDate?: string;
  items?: Array<{ index: number; result: EvaluationResult; note?: string }>;
}

export interface Implementation {
  version?: number;
  status: 'IN_PROGRESS' | 'IMPLEMENTED';
  note?: string;
  attachmentIds?: Array<string>;
}

export interface Comment {
  version?: number;
  comment?: string;
}

export interface AuthorRef {
  userId: string | null;
  organizationId: string;
  name: string;
}

export interface Message {
  id: string;
  deliveryId: string;
  side: 'COURT' | 'RECIPIENT';
  author: AuthorRef;
  body: string;
  /** The files sent with this message */
  attachments: Array<AttachedFile>;
  createdAt: string;
}

export interface MessageInput {
  body: string;
  attachmentIds?: Array<string>;
}

export interface SupervisionNote {
  id: string;
  deliveryId: string;
  author: AuthorRef;
  comment: string;
  createdAt: string;
}

export interface SupervisionInput {
  comment: string;
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  suggestionId: string | null;
  deliveryId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: Array<Notification>;
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export interface ReadAllResult {
  marked: number;
  unread: number;
}

export type DeliveryStatus = Delivery['status'];

export type DeliveryAction = Delivery['allowedActions'][number];

export type Colour = Delivery['colour'];
