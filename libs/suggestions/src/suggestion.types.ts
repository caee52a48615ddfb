export enum SuggestionStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  IN_APPROVAL = 'IN_APPROVAL',
  RETURNED = 'RETURNED',
  ESCALATED = 'ESCALATED',
  ISSUED = 'ISSUED',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
  WITHDRAWN = 'WITHDRAWN',
  /** A never-submitted draft its author deleted (soft delete: kept, audited, shown to nobody). */
  DELETED = 'DELETED',
}

export enum SuggestionCategory {
  INDIVIDUAL_CASE = 'INDIVIDUAL_CASE',
  CLASS_CASE = 'CLASS_CASE',
  GOVERNANCE = 'GOVERNANCE',
  WHITE_PAPER = 'WHITE_PAPER',
}

export enum SuggestionAction {
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  REVIEW_APPROVE = 'REVIEW_APPROVE',
  REVIEW_RETURN = 'REVIEW_RETURN',
  RECORD_COMMITTEE = 'RECORD_COMMITTEE',
  CONSULT = 'CONSULT',
  APPROVE = 'APPROVE',
  APPROVAL_RETURN = 'APPROVAL_RETURN',
  WITHDRAW = 'WITHDRAW',
  /** The author deletes a draft never submitted (DELETE /suggestions/:id). */
  DELETE = 'DELETE',
  ESCALATION_RETURN = 'ESCALATION_RETURN',
  ESCALATION_ADOPT = 'ESCALATION_ADOPT',
  ARCHIVE = 'ARCHIVE',
  /** Taken by the system when the last main delivery closes. */
  CLOSE = 'CLOSE',
}

export enum RecipientKind {
  MAIN = 'MAIN',
  COPY = 'COPY',
}

export const SuggestionErrorCode = {
  COMMITTEE_DECISION_REQUIRED: 'COMMITTEE_DECISION_REQUIRED',
  MAIN_DELIVERY_SIGNED: 'MAIN_DELIVERY_SIGNED',
  ALREADY_ADOPTED: 'ESCALATION_ALREADY_ADOPTED',
  NO_HIGHER_COURT: 'NO_HIGHER_COURT',
  RECIPIENT_INVALID: 'RECIPIENT_INVALID',
  NOT_A_COURT: 'NOT_A_COURT',
  /** Submit: legal basis, contact person and phone, a MAIN recipient or an item is missing (details name them). */
  LETTER_INCOMPLETE: 'LETTER_INCOMPLETE',
} as const;
