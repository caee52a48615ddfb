import { types } from 'pg';
import { AttachmentMeta } from '@app/attachments';
import { Principal } from '@app/identity';
import { DeliveryContext, DELIVERY_TRANSITIONS } from './delivery-transitions';
import { ClockedDeliveryRow, ColourRule, colourOn, runningClockOfRow } from '@app/deadlines';
import { DeliveryAction, DeliveryKind, DeliveryStatus, EvaluationItem } from './delivery.types';

/** Timestamps inside JSON values arrive as text; parsed as the driver parses a timestamptz column. */
export const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (s: string) => Date;

/** The SELECT list every delivery read uses (deliveries d, suggestions s, organizations o/c). */
export const DELIVERY_SELECT = `
  d.id, d.suggestion_id, d.organization_id, d.kind, d.status, d.delivered_at, d.sign_due_date::text AS sign_due_date,
  d.signed_at, d.signed_by, d.signed_by_name, d.read_at, d.reply_due_date::text AS reply_due_date, d.replied_at,
  d.evaluation_result, d.evaluation_comment, d.evaluated_at, d.evaluated_by_name, d.evaluation_items, d.follow_up_date::text AS follow_up_date,
  d.implementation_status, d.implementation_note, d.implementation_reported_at, d.implementation_confirmed_at,
  d.rejected_reason, d.rejected_at, d.rerouted_from_id, d.rerouted_to_id, d.closed_at, d.closed_reason, d.version, d.copy_note, d.copy_of_delivery_id,
  s.escalated_from_court_id,
  o.name AS organization_name, s.title AS suggestion_title, s.doc_number, s.court_id, s.author_id, s.reply_period_months, s.status AS letter_status, c.name AS court_name,
  (SELECT row_to_json(r) FROM (SELECT id, status, content, measures, items, written_by_name, written_at, approved_by_name, submitted_at,
     return_comment, returned_by_name, returned_at
     FROM delivery_replies WHERE delivery_id = d.id AND status <> 'SUPERSEDED') r) AS reply,
  (SELECT written_by FROM delivery_replies WHERE delivery_id = d.id AND status = 'PENDING_APPROVAL') AS pending_reply_by,
  (SELECT row_to_json(x) FROM (SELECT id, clock, status, reason, old_due_date, requested_due_date, new_due_date, requested_by_name,
     requested_at, decided_by_name, decided_at, decision_comment
     FROM delivery_extensions WHERE delivery_id = d.id ORDER BY requested_at DESC, id DESC LIMIT 1) x) AS extension`;

/** The timestamptz columns of DELIVERY_SELECT (they come back as text when a row is read as JSON). */
export const DELIVERY_TIMESTAMP_COLUMNS = [
  'delivered_at',
  'signed_at',
  'read_at',
  'replied_at',
  'evaluated_at',
  'implementation_reported_at',
  'implementation_confirmed_at',
  'rejected_at',
  'closed_at',
] as const;

/**
 * A delivery row read as one JSON value (`row_to_json` over DELIVERY_SELECT) made into the row the
 * driver gives column by column: its timestamptz values are JSON text (`2031-03-04T10:00:00.5+08:00`)
 * and are parsed as the driver parses a timestamptz column. Reading one JSON column instead of
 * some sixty is the cheaper read for node-postgres, which sets up every column of every result.
 */
export function deliveryRowFromJson<R extends DeliveryRow>(r: R): R {
  const row = r as unknown as Record<(typeof DELIVERY_TIMESTAMP_COLUMNS)[number], Date | string | null>;
  for (const k of DELIVERY_TIMESTAMP_COLUMNS) {
    const v = row[k];
    if (typeof v === 'string') row[k] = parseTimestamptz(v.replace('T', ' '));
  }
  return r;
}

export const DELIVERY_FROM = `deliveries d JOIN suggestions s ON s.id = d.suggestion_id
  JOIN organizations o ON o.id = d.organization_id JOIN organizations c ON c.id = s.court_id`;

/** A reply of DELIVERY_SELECT's `reply` column (a `delivery_replies` row as JSON: timestamps as text). */
export interface DeliveryReplyJson {
  id: string;
  status: 'DRAFT' | 'PENDING_APPROVAL' | 'RETURNED' | 'SUBMITTED' | 'SUPERSEDED';
  content: string;
  measures: string | null;
  items: ReplyItemView[];
  written_by_name: string | null;
  written_at: string | null;
  approved_by_name: string | null;
  submitted_at: string | null;
  return_comment: string | null;
  returned_by_name: string | null;
  returned_at: string | null;
}

export interface ReplyItemView {
  index: number;
  stance: 'ADOPT' | 'PARTIAL' | 'DECLINE';
  note?: string | null;
}

/** The reply as a delivery shows it; only `status` for a reply withheld from the caller (replyWithheldFrom). */
export interface ReplyView {
  id?: string;
  status: DeliveryReplyJson['status'];
  content?: string;
  measures?: string | null;
  items?: ReplyItemView[];
  writtenByName?: string | null;
  writtenAt?: string | null;
  approvedByName?: string | null;
  submittedAt?: string | null;
  returnComment?: string | null;
  returnedByName?: string | null;
  returnedAt?: string | null;
}

/** The latest extension request of a delivery. */
export interface ExtensionView {
  id: string;
  clock: string;
  status: DeliveryExtensionJson['status'];
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

/** An extension of DELIVERY_SELECT's `extension` column (the latest `delivery_extensions` row as JSON). */
export interface DeliveryExtensionJson {
  id: string;
  clock: string;
  status: 'PENDING' | 'APPROVED' | 'REFUSED';
  reason: string;
  old_due_date: string | null;
  requested_due_date: string;
  new_due_date: string | null;
  requested_by_name: string | null;
  requested_at: string;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_comment: string | null;
}

/** A row of DELIVERY_SELECT (dates as `YYYY-MM-DD` text). */
export interface DeliveryRow {
  id: string;
  suggestion_id: string;
  organization_id: string;
  kind: DeliveryKind;
  status: DeliveryStatus;
  delivered_at: Date;
  sign_due_date: string | null;
  signed_at: Date | null;
  signed_by: string | null;
  signed_by_name: string | null;
  read_at: Date | null;
  reply_due_date: string | null;
  replied_at: Date | null;
  evaluation_result: string | null;
  /** The court's judgement of each item. */
  evaluation_items: EvaluationItem[] | null;
  evaluation_comment: string | null;
  evaluated_at: Date | null;
  evaluated_by_name: string | null;
  follow_up_date: string | null;
  implementation_status: string | null;
  implementation_note: string | null;
  implementation_reported_at: Date | null;
  implementation_confirmed_at: Date | null;
  rejected_reason: string | null;
  rejected_at: Date | null;
  rerouted_from_id: string | null;
  rerouted_to_id: string | null;
  closed_at: Date | null;
  closed_reason: string | null;
  version: number;
  copy_note: string | null;
  copy_of_delivery_id: string | null;
  escalated_from_court_id: string | null;
  organization_name: string;
  suggestion_title: string;
  doc_number: string | null;
  court_id: string;
  author_id: string;
  reply_period_months: number;
  letter_status: string;
  court_name: string;
  reply: DeliveryReplyJson | null;
  pending_reply_by: string | null;
  extension: DeliveryExtensionJson | null;
}

export function contextOf(p: Principal, r: DeliveryRow): DeliveryContext {
  return {
    principal: p,
    kind: r.kind as DeliveryKind,
    organizationId: r.organization_id,
    courtId: r.court_id,
    originCourtId: r.escalated_from_court_id ?? null,
    letterStatus: r.letter_status,
    reroutedToId: r.rerouted_to_id ?? null,
    pendingExtension: r.extension?.status === 'PENDING',
    pendingReply: r.reply?.status === 'PENDING_APPROVAL',
    pendingReplyBy: r.pending_reply_by ?? null,
    implementationStatus: r.implementation_status ?? null,
  };
}

/** Reply statuses that are the agency's own business until the reply is submitted. */
export const UNSUBMITTED_REPLY_STATUSES = ['DRAFT', 'PENDING_APPROVAL', 'RETURNED'] as const;

/**
 * A reply not yet submitted — saved (DRAFT), awaiting its agency leader's approval, or returned by
 * the leader — is the agency's alone: anyone else who sees the delivery (the issuing court, a
 * higher court, supervisors) learns only that one awaits approval — `{ status: 'PENDING_APPROVAL' }`,
 * none of its text, stances or files — and nothing of a saved or returned one. The same rule
 * guards the reply's files on download (AttachmentsService.canSee), and search indexes only
 * submitted replies.
 */
export function replyWithheldFrom(p: Principal, r: { reply: { status?: unknown } | null; organization_id: string }): boolean {
  return (UNSUBMITTED_REPLY_STATUSES as readonly string[]).includes(r.reply?.status as string) && p.organizationId !== r.organization_id;
}

/** The reply as the caller sees it (see replyWithheldFrom). */
function replyShown(p: Principal, r: DeliveryRow): ReplyView | null {
  const reply = r.reply;
  if (!reply) return null;
  if (replyWithheldFrom(p, r)) return reply.status === 'PENDING_APPROVAL' ? { status: 'PENDING_APPROVAL' } : null;
  return {
    id: reply.id,
    status: reply.status,
    content: reply.content,
    measures: reply.measures,
    items: reply.items,
    writtenByName: reply.written_by_name,
    writtenAt: reply.written_at,
    approvedByName: reply.approved_by_name,
    submittedAt: reply.submitted_at,
    returnComment: reply.return_comment,
    returnedByName: reply.returned_by_name,
    returnedAt: reply.returned_at,
  };
}

function extensionShown(x: DeliveryExtensionJson | null | undefined): ExtensionView | null {
  if (!x) return null;
  return {
    id: x.id,
    clock: x.clock,
    status: x.status,
    reason: x.reason,
    oldDueDate: x.old_due_date,
    requestedDueDate: x.requested_due_date,
    newDueDate: x.new_due_date,
    requestedByName: x.requested_by_name,
    requestedAt: x.requested_at,
    decidedByName: x.decided_by_name,
    decidedAt: x.decided_at,
    decisionComment: x.decision_comment,
  };
}

/** The delivery's files as the caller may see them: a withheld reply's files are left out. */
export function filesShown(p: Principal, v: Pick<DeliveryView, 'reply' | 'organizationId'>, files: AttachmentMeta[]): AttachmentMeta[] {
  return replyWithheldFrom(p, { reply: v.reply, organization_id: v.organizationId }) ? files.filter((f) => f.purpose !== 'REPLY') : files;
}

export interface DeliveryView {
  id: string;
  suggestionId: string;
  suggestionTitle: string;
  docNumber: string | null;
  courtId: string;
  courtName: string;
  organizationId: string;
  organizationName: string;
  kind: DeliveryKind;
  status: DeliveryStatus;
  deliveredAt: Date;
  signedAt: Date | null;
  signedBy: { userId: string | null; name: string | null } | null;
  readAt: Date | null;
  signDueDate: string | null;
  replyDueDate: string | null;
  followUpDate: string | null;
  dueDate: string | null;
  colour: 'GREEN' | 'YELLOW' | 'RED';
  repliedAt: Date | null;
  reply: ReplyView | null;
  /** The court's evaluation: the overall result and its judgement of each recommendation (`items`). */
  evaluation: { result: string; comment: string | null; evaluatedAt: Date; evaluatedBy: string | null; items: EvaluationItem[] } | null;
  implementation: { status: string | null; note: string | null; reportedAt: Date | null; confirmedAt: Date | null } | null;
  extension: ExtensionView | null;
  rejection: { reason: string; rejectedAt: Date } | null;
  reroutedFromId: string | null;
  reroutedToId: string | null;
  /** A COPY added for a recipient's superior (Art. 9): the court's note (printed on the copy) and the main delivery it concerns. */
  copyNote: string | null;
  copyOfDeliveryId: string | null;
  closedAt: Date | null;
  closedReason: string | null;
  /** Files of this delivery (reply, implementation report, messages, extension request). */
  attachments: AttachmentMeta[];
  version: number;
  allowedActions: DeliveryAction[];
  /** 督办意见 on this delivery, latest first (single-delivery reads and action answers only). */
  supervisionNotes?: DeliverySupervisionNote[];
  /** Whether the caller watches this delivery or its letter. */
  watched?: boolean;
  /** Who watches it (the letter or this delivery); empty for the recipient, who is not told. */
  watchedBy?: DeliveryWatcher[];
}

export interface DeliverySupervisionNote {
  id: string;
  comment: string;
  createdAt: Date;
  author: { userId: string | null; name: string; organizationId: string; organizationName: string };
}

export interface DeliveryWatcher {
  name: string;
  organizationId: string;
  organizationName: string;
  scope: 'LETTER' | 'DELIVERY';
  since: Date;
}

export function toDeliveryView(p: Principal, r: DeliveryRow, colours: ColourRule): DeliveryView {
  const clock = runningClockOfRow(r as ClockedDeliveryRow);
  const due = clock.dueDate;
  return {
    id: r.id,
    suggestionId: r.suggestion_id,
    suggestionTitle: r.suggestion_title,
    docNumber: r.doc_number ?? null,
    courtId: r.court_id,
    courtName: r.court_name,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    kind: r.kind,
    status: r.status,
    deliveredAt: r.delivered_at,
    signedAt: r.signed_at ?? null,
    signedBy: r.signed_at ? { userId: r.signed_by ?? null, name: r.signed_by_name ?? null } : null,
    readAt: r.read_at ?? null,
    signDueDate: r.sign_due_date ?? null,
    replyDueDate: r.reply_due_date ?? null,
    followUpDate: r.follow_up_date ?? null,
    dueDate: due,
    colour: colourOn(colours, clock.kind, due),
    repliedAt: r.replied_at ?? null,
    reply: replyShown(p, r),
    evaluation: r.evaluation_result
      ? {
          result: r.evaluation_result,
          comment: r.evaluation_comment ?? null,
          evaluatedAt: r.evaluated_at as Date,
          evaluatedBy: r.evaluated_by_name ?? null,
          items: r.evaluation_items ?? [],
        }
      : null,
    implementation:
      r.implementation_status || r.implementation_confirmed_at
        ? {
            status: r.implementation_status ?? null,
            note: r.implementation_note ?? null,
            reportedAt: r.implementation_reported_at ?? null,
            confirmedAt: r.implementation_confirmed_at ?? null,
          }
        : null,
    extension: extensionShown(r.extension),
    rejection: r.rejected_at ? { reason: r.rejected_reason ?? '', rejectedAt: r.rejected_at } : null,
    reroutedFromId: r.rerouted_from_id ?? null,
    reroutedToId: r.rerouted_to_id ?? null,
    copyNote: r.copy_note ?? null,
    copyOfDeliveryId: r.copy_of_delivery_id ?? null,
    closedAt: r.closed_at ?? null,
    closedReason: r.closed_reason ?? null,
    attachments: [],
    version: r.version,
    allowedActions: DELIVERY_TRANSITIONS.allowed(r.status, contextOf(p, r)),
  };
}
