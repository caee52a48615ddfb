/* Generated from the api's OpenAPI document (/api/docs-json); regenerate when DTOs change. */
export interface Login {
  username: string;
  password: string;
}

export interface User {
  id: string;
  organizationId: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  roles: Array<"JUDGE" | "DIVISION_HEAD" | "COURT_LEADER" | "COURT_ADMIN" | "AGENCY_CLERK" | "AGENCY_LEADER" | "SUPERVISOR" | "SYS_ADMIN">;
  division: string | null;
  active: boolean;
  version: number;
}

export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
  user: User;
}

export interface Refresh {
  refreshToken: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
}

export interface Logout {
  refreshToken?: string;
}

export interface Me {
  id: string;
  organizationId: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  roles: Array<"JUDGE" | "DIVISION_HEAD" | "COURT_LEADER" | "COURT_ADMIN" | "AGENCY_CLERK" | "AGENCY_LEADER" | "SUPERVISOR" | "SYS_ADMIN">;
  division: string | null;
  active: boolean;
  version: number;
  kind: "user" | "apiToken";
  organizationName: string;
  organizationType: string;
}

export interface ChangePassword {
  currentPassword: string;
  newPassword: string;
}

export interface UserPage {
  items: Array<User>;
  total: number;
  page: number;
  pageSize: number;
}

export interface CreateUser {
  organizationId: string;
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  roles: Array<"JUDGE" | "DIVISION_HEAD" | "COURT_LEADER" | "COURT_ADMIN" | "AGENCY_CLERK" | "AGENCY_LEADER" | "SUPERVISOR" | "SYS_ADMIN">;
  division?: string;
  password: string;
  active?: boolean;
}

export interface UpdateUser {
  version?: number;
  displayName?: string;
  email?: string;
  phone?: string;
  roles?: Array<"JUDGE" | "DIVISION_HEAD" | "COURT_LEADER" | "COURT_ADMIN" | "AGENCY_CLERK" | "AGENCY_LEADER" | "SUPERVISOR" | "SYS_ADMIN">;
  division?: string;
  active?: boolean;
  organizationId?: string;
  password?: string;
}

export interface Organization {
  id: string;
  type: "COURT" | "AGENCY" | "CONGRESS" | "PARTY_COMMITTEE" | "OTHER";
  name: string;
  shortName: string;
  code: string | null;
  regionCode: string;
  parentId: string | null;
  emails: Array<string>;
  replyNeedsApproval: boolean;
  active: boolean;
  version: number;
}

export interface OrganizationPage {
  items: Array<Organization>;
  total: number;
  page: number;
  pageSize: number;
}

export interface CreateOrganization {
  type: "COURT" | "AGENCY" | "CONGRESS" | "PARTY_COMMITTEE" | "OTHER";
  name: string;
  shortName: string;
  code?: string;
  regionCode: string;
  parentId?: string;
  emails?: Array<string>;
  replyNeedsApproval?: boolean;
  active?: boolean;
}

export interface UpdateOrganization {
  version?: number;
  name?: string;
  shortName?: string;
  code?: string;
  regionCode?: string;
  parentId?: string | null;
  emails?: Array<string>;
  replyNeedsApproval?: boolean;
  active?: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  roles: Array<"JUDGE" | "DIVISION_HEAD" | "COURT_LEADER" | "COURT_ADMIN" | "AGENCY_CLERK" | "AGENCY_LEADER" | "SUPERVISOR" | "SYS_ADMIN">;
  tokenPrefix: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface CreateApiToken {
  name: string;
  roles: Array<"JUDGE" | "DIVISION_HEAD" | "COURT_LEADER" | "COURT_ADMIN" | "AGENCY_CLERK" | "AGENCY_LEADER" | "SUPERVISOR" | "SYS_ADMIN">;
  expiresAt?: string;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  roles: Array<"JUDGE" | "DIVISION_HEAD" | "COURT_LEADER" | "COURT_ADMIN" | "AGENCY_CLERK" | "AGENCY_LEADER" | "SUPERVISOR" | "SYS_ADMIN">;
  tokenPrefix: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  token: string;
}

export interface AuditVerification {
  valid: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
}

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

export interface DevMail {
  id: string;
  messageId: string | null;
  from: string;
  to: Array<string>;
  subject: string;
  size: number;
  receivedAt: string;
  text: string | null;
  html: string | null;
  headers: Record<string, string>;
}

export interface ItemInput {
  problem: string;
  recommendation: string;
}

export interface RecipientInput {
  organizationId: string;
  kind: "MAIN" | "COPY";
}

export interface CreateSuggestion {
  title: string;
  category: "INDIVIDUAL_CASE" | "CLASS_CASE" | "GOVERNANCE" | "WHITE_PAPER";
  domain?: string;
  major?: boolean;
  background?: string;
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
  kind: "MAIN" | "COPY";
}

export interface PersonRef {
  userId: string | null;
  name: string | null;
}

export interface ReplyOut {
  id: string;
  status: "PENDING_APPROVAL" | "SUBMITTED";
  content: string;
  measures: string;
  items: Array<{
  index?: number;
  stance?: "ADOPT" | "PARTIAL" | "DECLINE";
  note?: string;
}>;
  writtenByName: string | null;
  writtenAt: string;
  approvedByName: string | null;
  submittedAt: string | null;
}

export interface EvaluationOut {
  result: "ADOPTED" | "PARTIALLY_ADOPTED" | "NOT_ADOPTED";
  comment: string | null;
  evaluatedAt: string;
  evaluatedBy: string | null;
}

export interface ImplementationOut {
  status: "IN_PROGRESS" | "IMPLEMENTED" | null;
  note: string | null;
  reportedAt: string | null;
  confirmedAt: string | null;
}

export interface ExtensionOut {
  id: string;
  clock: "SIGN" | "REPLY" | "FOLLOW_UP";
  status: "PENDING" | "APPROVED" | "REFUSED";
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

export interface AttachedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
  purpose: "LETTER" | "REPLY" | "IMPLEMENTATION" | "MESSAGE" | "EXTENSION" | "OTHER";
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
  scope: "LETTER" | "DELIVERY";
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
  kind: "MAIN" | "COPY";
  status: "DELIVERED" | "SIGNED" | "REPLIED" | "EVALUATED" | "IMPLEMENTING" | "IMPLEMENTED" | "NOT_ADOPTED" | "CLOSED" | "REJECTED_BY_RECIPIENT" | "READ";
  deliveredAt: string;
  signedAt: string | null;
  signedBy: PersonRef | null;
  readAt: string | null;
  signDueDate: string | null;
  replyDueDate: string | null;
  followUpDate: string | null;
  dueDate: string | null;
  colour: "GREEN" | "YELLOW" | "RED";
  repliedAt: string | null;
  reply: ReplyOut | null;
  evaluation: EvaluationOut | null;
  implementation: ImplementationOut | null;
  extension: ExtensionOut | null;
  rejection: RejectionOut | null;
  reroutedFromId: string | null;
  reroutedToId: string | null;
  closedAt: string | null;
  closedReason: string | null;
  attachments: Array<AttachedFile>;
  version: number;
  allowedActions: Array<"SIGN" | "READ" | "REJECT" | "REROUTE" | "REQUEST_EXTENSION" | "DECIDE_EXTENSION" | "REPLY" | "APPROVE_REPLY" | "EVALUATE" | "REPORT_IMPLEMENTATION" | "CONFIRM_IMPLEMENTATION" | "CLOSE" | "MESSAGE" | "SUPERVISE">;
  supervisionNotes?: Array<DeliverySupervisionNote>;
  watched?: boolean;
  watchedBy?: Array<DeliveryWatcher>;
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

export interface Suggestion {
  id: string;
  courtId: string;
  courtName: string;
  authorId: string;
  authorName: string;
  division: string | null;
  status: "DRAFT" | "IN_REVIEW" | "IN_APPROVAL" | "RETURNED" | "ESCALATED" | "ISSUED" | "CLOSED" | "ARCHIVED" | "WITHDRAWN";
  category: "INDIVIDUAL_CASE" | "CLASS_CASE" | "GOVERNANCE" | "WHITE_PAPER";
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
  allowedActions: Array<"EDIT" | "SUBMIT" | "REVIEW_APPROVE" | "REVIEW_RETURN" | "RECORD_COMMITTEE" | "CONSULT" | "APPROVE" | "APPROVAL_RETURN" | "WITHDRAW" | "ESCALATION_RETURN" | "ESCALATION_ADOPT" | "ARCHIVE" | "CLOSE">;
  background: string;
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
  status: "DRAFT" | "IN_REVIEW" | "IN_APPROVAL" | "RETURNED" | "ESCALATED" | "ISSUED" | "CLOSED" | "ARCHIVED" | "WITHDRAWN";
  category: "INDIVIDUAL_CASE" | "CLASS_CASE" | "GOVERNANCE" | "WHITE_PAPER";
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
  allowedActions: Array<"EDIT" | "SUBMIT" | "REVIEW_APPROVE" | "REVIEW_RETURN" | "RECORD_COMMITTEE" | "CONSULT" | "APPROVE" | "APPROVAL_RETURN" | "WITHDRAW" | "ESCALATION_RETURN" | "ESCALATION_ADOPT" | "ARCHIVE" | "CLOSE">;
}

export interface SuggestionPage {
  items: Array<SuggestionSummary>;
  total: number;
  page: number;
  pageSize: number;
}

export interface UpdateSuggestion {
  title?: string;
  category?: "INDIVIDUAL_CASE" | "CLASS_CASE" | "GOVERNANCE" | "WHITE_PAPER";
  domain?: string;
  major?: boolean;
  background?: string;
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
  decision: "APPROVE" | "RETURN";
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
  decision: "ADOPT" | "RETURN";
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
  stance: "ADOPT" | "PARTIAL" | "DECLINE";
  note?: string;
}

export interface Reply {
  version?: number;
  content: string;
  measures?: string;
  items: Array<ReplyItem>;
  attachmentIds?: Array<string>;
}

export interface Evaluate {
  version?: number;
  result: "ADOPTED" | "PARTIALLY_ADOPTED" | "NOT_ADOPTED";
  comment?: string;
  followUpDate?: string;
}

export interface Implementation {
  version?: number;
  status: "IN_PROGRESS" | "IMPLEMENTED";
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
  side: "COURT" | "RECIPIENT";
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

export interface Metric {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export interface OverdueMetrics {
  sign: Metric;
  reply: Metric;
  followUp: Metric;
}

export interface StatsScope {
  viewer: "court" | "region" | "agency";
  courtId: string | null;
  regionPrefix: string | null;
  organizationId: string | null;
  category: string | null;
  domain: string | null;
  from: string | null;
  to: string | null;
}

export interface Overview {
  issued: Metric;
  signRate: Metric;
  feedbackRate: Metric;
  onTimeFeedbackRate: Metric;
  adoptionRate: Metric;
  itemAdoptionRate: Metric;
  implementationRate: Metric;
  avgHoursToSign: Metric;
  p90HoursToSign: Metric;
  avgDaysToReply: Metric;
  p90DaysToReply: Metric;
  overdue: OverdueMetrics;
  major: Metric;
  copiedToSuperior: Metric;
  scope: StatsScope;
  asOf: string | null;
  refreshedAt: string | null;
  definitions: Record<string, MetricDefinition>;
}

export interface Metrics {
  issued: Metric;
  signRate: Metric;
  feedbackRate: Metric;
  onTimeFeedbackRate: Metric;
  adoptionRate: Metric;
  itemAdoptionRate: Metric;
  implementationRate: Metric;
  avgHoursToSign: Metric;
  p90HoursToSign: Metric;
  avgDaysToReply: Metric;
  p90DaysToReply: Metric;
  overdue: OverdueMetrics;
  major: Metric;
  copiedToSuperior: Metric;
}

export interface RankedRow {
  rank: number | null;
  id: string;
  name: string | null;
  metrics: Metrics;
}

export interface Ranking {
  scope: StatsScope;
  asOf: string | null;
  refreshedAt: string | null;
  sort: string;
  total: number;
  peers?: string | null;
  items: Array<RankedRow>;
}

export interface TrendPoint {
  period: string;
  metrics: Metrics;
}

export interface Trend {
  scope: StatsScope;
  asOf: string | null;
  refreshedAt: string | null;
  granularity: "month" | "quarter" | "year";
  items: Array<TrendPoint>;
}

export interface OverdueItem {
  deliveryId: string;
  suggestionId: string;
  docNumber: string | null;
  title: string;
  courtId: string;
  courtName: string;
  organizationId: string;
  organizationName: string;
  status: string;
  step: "sign" | "reply" | "followUp";
  dueDate: string;
  daysOverdue: number;
  major: boolean;
}

export interface OverduePage {
  asOf: string;
  items: Array<OverdueItem>;
  total: number;
  page: number;
  pageSize: number;
}

export interface RefreshResult {
  mode: "full" | "incremental" | "skipped";
  asOf: string;
  touchedKeys: number;
  durationMs: number;
}

export interface Watch {
  id: string;
  suggestionId: string;
  deliveryId: string | null;
  note: string;
  createdAt: string;
  docNumber: string | null;
  title: string;
  suggestionStatus: string;
  organizationId: string | null;
  organizationName: string | null;
  deliveryStatus: string | null;
  signDueDate: string | null;
  replyDueDate: string | null;
  followUpDate: string | null;
}

export interface CreateWatch {
  suggestionId: string;
  deliveryId?: string;
  note?: string;
}

export interface WorkNote {
  comment: string;
  authorName: string;
  organizationName: string;
  createdAt: string;
}

export interface WorkWatcher {
  name: string;
  organizationName: string;
  scope: "LETTER" | "DELIVERY";
  since: string;
}

export interface WorkSupervision {
  notes: number;
  latestNote: WorkNote | null;
  watched: boolean;
  watchers: Array<WorkWatcher>;
}

export interface WorkItem {
  kind: "DELIVERY" | "LETTER";
  type: "OVERDUE" | "EXTENSION_PENDING" | "REJECTED_TO_REROUTE" | "REPLY_TO_EVALUATE" | "FOLLOW_UP_DUE" | "IMPLEMENTATION_TO_CONFIRM" | "SUPERVISED";
  reasons: Array<"OVERDUE" | "EXTENSION_PENDING" | "REJECTED_TO_REROUTE" | "REPLY_TO_EVALUATE" | "FOLLOW_UP_DUE" | "IMPLEMENTATION_TO_CONFIRM" | "SUPERVISED">;
  suggestionId: string;
  deliveryId: string | null;
  docNumber: string | null;
  title: string;
  organizationId: string | null;
  organizationName: string | null;
  deliveryStatus: string | null;
  dueDate: string | null;
  colour: "GREEN" | "YELLOW" | "RED";
  supervision: WorkSupervision;
}

export interface WorkList {
  asOf: string;
  total: number;
  counts: Record<string, number>;
  items: Array<WorkItem>;
}

export interface SearchHit {
  source: "LETTER" | "REPLY" | "MESSAGE";
  suggestionId: string;
  deliveryId: string | null;
  docNumber: string | null;
  title: string;
  titleHighlight: string;
  snippet: string;
  score: number;
  updatedAt: string;
}

export interface SearchPage {
  terms: Array<string>;
  items: Array<SearchHit>;
  total: number;
  page: number;
  pageSize: number;
}

export interface SimilarLetter {
  id: string;
  docNumber: string | null;
  title: string;
  status: string;
  courtId: string;
  courtName: string;
  issuedAt: string | null;
  titleSimilarity: number;
  sharedRecipients: Array<string>;
  reasons: Array<"SAME_PROBLEM" | "SAME_RECIPIENT">;
}

export interface CreateWebhook {
  url: string;
  events: Array<"delivery.created" | "reminder" | "message" | "evaluation">;
}

export interface CreatedWebhook {
  id: string;
  organizationId: string;
  url: string;
  events: Array<"delivery.created" | "reminder" | "message" | "evaluation">;
  active: boolean;
  createdAt: string;
  version: number;
  secret: string;
}

export interface Webhook {
  id: string;
  organizationId: string;
  url: string;
  events: Array<"delivery.created" | "reminder" | "message" | "evaluation">;
  active: boolean;
  createdAt: string;
  version: number;
}

export interface MetricDefinition {
  label: string;
  zh: string;
  en: string;
}

export type Role = User['roles'][number];
export type SuggestionStatus = Suggestion['status'];
export type SuggestionCategory = Suggestion['category'];
export type SuggestionAction = Suggestion['allowedActions'][number];
export type DeliveryStatus = Delivery['status'];
export type DeliveryAction = Delivery['allowedActions'][number];
export type Colour = Delivery['colour'];
export type WorkType = WorkItem['type'];

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
