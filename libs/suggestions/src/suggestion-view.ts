import { AttachmentMeta } from '@app/attachments';
import { DeliveryView } from '@app/deliveries';
import { Principal } from '@app/identity';
import { DistrictCheck } from './district';
import { SuggestionContext, SUGGESTION_TRANSITIONS } from './suggestion-transitions';
import { SuggestionAction, SuggestionCategory, SuggestionStatus } from './suggestion.types';

/** The SELECT every letter read uses (suggestions s, courts c, authors u) with the guard flags. */
export const SUGGESTION_SELECT = `
  s.id, s.court_id, s.author_id, s.division, s.status, s.category, s.domain, s.major, s.title, s.background, s.cause_analysis, s.legal_basis,
  s.source_cases, s.reply_period_months, s.contact_name, s.contact_phone, s.doc_number, s.issued_at, s.closed_at, s.archived_at,
  s.withdrawn_at, s.withdraw_reason, s.last_comment, s.escalated_from_court_id, s.escalated_to_court_id, s.adopted_from_id, s.adopted_as_id,
  s.version, s.created_at, s.updated_at, c.name AS court_name, u.display_name AS author_name,
  EXISTS (SELECT 1 FROM committee_decisions cd WHERE cd.suggestion_id = s.id) AS has_committee,
  EXISTS (SELECT 1 FROM deliveries sd WHERE sd.suggestion_id = s.id AND sd.kind = 'MAIN' AND sd.signed_at IS NOT NULL) AS has_signed_main`;

export const SUGGESTION_FROM = `suggestions s JOIN organizations c ON c.id = s.court_id JOIN users u ON u.id = s.author_id`;

/** A row of SUGGESTION_SELECT. */
export interface SuggestionRow {
  id: string;
  court_id: string;
  author_id: string;
  division: string | null;
  status: SuggestionStatus;
  category: SuggestionCategory;
  domain: string | null;
  major: boolean;
  title: string;
  background: string;
  cause_analysis: string;
  legal_basis: string;
  source_cases: string[];
  reply_period_months: number;
  contact_name: string | null;
  contact_phone: string | null;
  doc_number: string | null;
  issued_at: Date | null;
  closed_at: Date | null;
  archived_at: Date | null;
  withdrawn_at: Date | null;
  withdraw_reason: string | null;
  last_comment: string | null;
  escalated_from_court_id: string | null;
  escalated_to_court_id: string | null;
  adopted_from_id: string | null;
  adopted_as_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  court_name: string;
  author_name: string;
  has_committee: boolean;
  has_signed_main: boolean;
}

export function suggestionContext(p: Principal, r: SuggestionRow): SuggestionContext {
  return {
    principal: p,
    status: r.status,
    courtId: r.court_id,
    authorId: r.author_id,
    division: r.division ?? null,
    category: r.category,
    escalatedToCourtId: r.escalated_to_court_id ?? null,
    adoptedFromId: r.adopted_from_id ?? null,
    adoptedAsId: r.adopted_as_id ?? null,
    hasCommitteeDecision: !!r.has_committee,
    hasSignedMainDelivery: !!r.has_signed_main,
  };
}

export interface SuggestionSummaryView {
  id: string;
  courtId: string;
  courtName: string;
  authorId: string;
  authorName: string;
  division: string | null;
  status: SuggestionStatus;
  category: SuggestionCategory;
  domain: string | null;
  major: boolean;
  title: string;
  docNumber: string | null;
  replyPeriodMonths: number;
  issuedAt: Date | null;
  closedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  allowedActions: SuggestionAction[];
}

export interface SuggestionView extends SuggestionSummaryView {
  background: string;
  /** 原因分析 ('' when not written). */
  causeAnalysis: string;
  legalBasis: string;
  sourceCases: string[];
  contactName: string | null;
  contactPhone: string | null;
  withdrawnAt: Date | null;
  withdrawReason: string | null;
  lastComment: string | null;
  escalatedFromCourtId: string | null;
  escalatedToCourtId: string | null;
  adoptedFromId: string | null;
  adoptedAsId: string | null;
  /** Art. 3 thread, on a letter a higher court adopted: the lower court's original (its id = adoptedFromId). */
  originalId: string | null;
  original: { id: string; courtName: string; title: string } | null;
  /** Art. 3 thread, on the original: the higher court's letter — its number once issued (readable from then on). */
  adoptedAs: { id: string; courtName: string; docNumber: string | null; issued: boolean } | null;
  /** Art. 3 before sign-off (court side): MAIN recipients outside the court's district and the court it would go up to. */
  district: DistrictCheck | null;
  items: { index: number; problem: string; recommendation: string }[];
  recipients: { organizationId: string; organizationName: string; kind: 'MAIN' | 'COPY' }[];
  deliveries: DeliveryView[];
  /** Files attached to the letter itself (purpose LETTER); each delivery lists its own. */
  attachments: AttachmentMeta[];
  committeeDecisions: { id: string; meetingDate: string; resolution: string; recordedBy: string | null; recordedAt: Date }[];
  consultations: { id: string; date: string; organizationId: string; organizationName: string; summary: string; recordedBy: string | null; recordedAt: Date }[];
}

export function toSummary(p: Principal, r: SuggestionRow): SuggestionSummaryView {
  return {
    id: r.id,
    courtId: r.court_id,
    courtName: r.court_name,
    authorId: r.author_id,
    authorName: r.author_name,
    division: r.division ?? null,
    status: r.status,
    category: r.category,
    domain: r.domain ?? null,
    major: r.major,
    title: r.title,
    docNumber: r.doc_number ?? null,
    replyPeriodMonths: r.reply_period_months,
    issuedAt: r.issued_at ?? null,
    closedAt: r.closed_at ?? null,
    archivedAt: r.archived_at ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    allowedActions: SUGGESTION_TRANSITIONS.allowed(r.status, suggestionContext(p, r)),
  };
}
