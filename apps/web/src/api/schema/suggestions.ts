/**
 * Types of the api's OpenAPI document (/api/docs-json): Letters: drafting, sign-off,
 * consultations, escalation, the timeline. Keep in step with the DTOs.
 */
import type { Delivery } from './deliveries';

export interface ItemInput {
  problem: string;
  recommendation: string;
}

export interface RecipientInput {
  organizationId: string;
  kind: 'MAIN' | 'COPY';
}

export interface CreateSuggestion {
  title: string;
  category: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
  domain?: string;
  major?: boolean;
  background?: string;
  causeAnalysis?: string;
  items: Array<ItemInput>;
  sourceCases?: Array<string>;
  legalBasis?: string;
  replyPeriodMonths?: number;
  recipients: Array<RecipientInput>;
  contactName?: string;
  contactPhone?: string;
  attachmentIds?: Array<string>;
}

export interface SuggestionItem {
  index: number;
  problem: string;
  recommendation: string;
}

export interface SuggestionRecipient {
  organizationId: string;
  organizationName: string;
  kind: 'MAIN' | 'COPY';
}

export interface PersonRef {
  userId: string | null;
  name: string | null;
}

export interface AttachedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
  purpose: 'LETTER' | 'REPLY' | 'IMPLEMENTATION' | 'MESSAGE' | 'EXTENSION' | 'OTHER';
}

export interface CommitteeDecision {
  id: string;
  meetingDate: string;
  resolution: string;
  recordedBy: string | null;
  recordedAt: string;
}

export interface ConsultationOut {
  id: string;
  date: string;
  organizationId: string;
  organizationName: string;
  summary: string;
  recordedBy: string | null;
  recordedAt: string;
}

export interface OutsideRecipient {
  organizationId: string;
  organizationName: string;
  regionCode: string;
}

export interface DistrictCheck {
  courtId: string;
  courtName: string;
  higherCourtId: string | null;
  higherCourtName: string | null;
  outside: Array<OutsideRecipient>;
}

export interface LetterLink {
  id: string;
  courtName: string;
  title: string;
}

export interface AdoptedLetterLink {
  id: string;
  courtName: string;
  docNumber: string | null;
  issued: boolean;
}

export interface Suggestion extends SuggestionSummary {
  background: string;
  causeAnalysis: string;
  legalBasis: string;
  sourceCases: Array<string>;
  contactName: string | null;
  contactPhone: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  lastComment: string | null;
  escalatedFromCourtId: string | null;
  escalatedToCourtId: string | null;
  adoptedFromId: string | null;
  adoptedAsId: string | null;
  originalId: string | null;
  original: LetterLink | null;
  adoptedAs: AdoptedLetterLink | null;
  district: DistrictCheck | null;
  items: Array<SuggestionItem>;
  recipients: Array<SuggestionRecipient>;
  deliveries: Array<Delivery>;
  attachments: Array<AttachedFile>;
  committeeDecisions: Array<CommitteeDecision>;
  consultations: Array<ConsultationOut>;
}

export interface SuggestionSummary {
  id: string;
  courtId: string;
  courtName: string;
  authorId: string;
  authorName: string;
  division: string | null;
  status: 'DRAFT' | 'IN_REVIEW' | 'IN_APPROVAL' | 'RETURNED' | 'ESCALATED' | 'ISSUED' | 'CLOSED' | 'ARCHIVED' | 'WITHDRAWN' | 'DELETED';
  category: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
  domain: string | null;
  major: boolean;
  title: string;
  docNumber: string | null;
  replyPeriodMonths: number;
  issuedAt: string | null;
  closedAt: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  allowedActions: Array<
    | 'EDIT'
    | 'SUBMIT'
    | 'REVIEW_APPROVE'
    | 'REVIEW_RETURN'
    | 'RECORD_COMMITTEE'
    | 'CONSULT'
    | 'APPROVE'
    | 'APPROVAL_RETURN'
    | 'WITHDRAW'
    | 'DELETE'
    | 'ESCALATION_RETURN'
    | 'ESCALATION_ADOPT'
    | 'ARCHIVE'
    | 'CLOSE'
  >;
}

export interface SuggestionPage {
  items: Array<SuggestionSummary>;
  total: number;
  page: number;
  pageSize: number;
}

export interface UpdateSuggestion {
  title?: string;
  category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
  domain?: string;
  major?: boolean;
  background?: string;
  causeAnalysis?: string;
  items?: Array<ItemInput>;
  sourceCases?: Array<string>;
  legalBasis?: string;
  replyPeriodMonths?: number;
  recipients?: Array<RecipientInput>;
  contactName?: string;
  contactPhone?: string;
  attachmentIds?: Array<string>;
  version?: number;
}

export interface Version {
  version?: number;
}

export interface Decision {
  version?: number;
  decision: 'APPROVE' | 'RETURN';
  comment?: string;
}

export interface Committee {
  version?: number;
  meetingDate: string;
  resolution: string;
}

export interface Consultation {
  version?: number;
  date: string;
  organizationId: string;
  summary: string;
}

export interface EscalationDecision {
  version?: number;
  decision: 'ADOPT' | 'RETURN';
  comment?: string;
}

export interface Withdraw {
  version?: number;
  reason: string;
}

export interface TimelineActor {
  userId: string | null;
  organizationId: string | null;
  name: string | null;
}

export interface TimelineEntry {
  id: string;
  at: string;
  action: string;
  deliveryId: string | null;
  organizationId: string | null;
  organizationName: string | null;
  actor: TimelineActor;
  fromStatus: string | null;
  toStatus: string | null;
  data: Record<string, unknown>;
  sincePreviousMs: number | null;
  sincePreviousOnDeliveryMs?: number | null;
}

export type SuggestionStatus = Suggestion['status'];

export type SuggestionCategory = Suggestion['category'];

export type SuggestionAction = Suggestion['allowedActions'][number];
