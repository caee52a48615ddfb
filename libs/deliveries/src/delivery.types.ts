export enum DeliveryStatus {
  DELIVERED = 'DELIVERED',
  SIGNED = 'SIGNED',
  REPLIED = 'REPLIED',
  /** Kept for API compatibility; evaluation leads straight to IMPLEMENTING or NOT_ADOPTED. */
  EVALUATED = 'EVALUATED',
  IMPLEMENTING = 'IMPLEMENTING',
  IMPLEMENTED = 'IMPLEMENTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
  CLOSED = 'CLOSED',
  REJECTED_BY_RECIPIENT = 'REJECTED_BY_RECIPIENT',
  READ = 'READ',
}

export enum DeliveryKind {
  MAIN = 'MAIN',
  COPY = 'COPY',
}

export enum DeliveryAction {
  SIGN = 'SIGN',
  READ = 'READ',
  REJECT = 'REJECT',
  REROUTE = 'REROUTE',
  REQUEST_EXTENSION = 'REQUEST_EXTENSION',
  DECIDE_EXTENSION = 'DECIDE_EXTENSION',
  REPLY = 'REPLY',
  APPROVE_REPLY = 'APPROVE_REPLY',
  /** The agency leader sends the reply awaiting approval back to its writer, with a comment. */
  RETURN_REPLY = 'RETURN_REPLY',
  EVALUATE = 'EVALUATE',
  REPORT_IMPLEMENTATION = 'REPORT_IMPLEMENTATION',
  CONFIRM_IMPLEMENTATION = 'CONFIRM_IMPLEMENTATION',
  CLOSE = 'CLOSE',
  MESSAGE = 'MESSAGE',
  SUPERVISE = 'SUPERVISE',
  /** Art. 9: the court adds a COPY for the recipient's superior organization, with a note printed on it. */
  COPY_SUPERIOR = 'COPY_SUPERIOR',
}

export enum EvaluationResult {
  ADOPTED = 'ADOPTED',
  PARTIALLY_ADOPTED = 'PARTIALLY_ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
}

/** The court's judgement of one recommendation of the letter. */
export interface EvaluationItem {
  index: number;
  result: EvaluationResult;
  note: string;
}

/** The result as people read it (notice titles): never the code. */
export const EVALUATION_RESULT_LABEL: Record<EvaluationResult, string> = { ADOPTED: '采纳', PARTIALLY_ADOPTED: '部分采纳', NOT_ADOPTED: '未采纳' };

export enum ItemStance {
  ADOPT = 'ADOPT',
  PARTIAL = 'PARTIAL',
  DECLINE = 'DECLINE',
}

export enum ImplementationStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
}

/** Statuses after which a MAIN delivery no longer holds its letter open. */
export const OPEN_MAIN_STATUSES = [
  DeliveryStatus.DELIVERED,
  DeliveryStatus.SIGNED,
  DeliveryStatus.REPLIED,
  DeliveryStatus.EVALUATED,
  DeliveryStatus.IMPLEMENTING,
  DeliveryStatus.IMPLEMENTED,
  DeliveryStatus.NOT_ADOPTED,
];

export const DeliveryErrorCode = {
  ALREADY_REROUTED: 'DELIVERY_ALREADY_REROUTED',
  NOT_A_COPY: 'DELIVERY_NOT_A_COPY',
  NOT_MAIN: 'DELIVERY_NOT_MAIN',
  EXTENSION_PENDING: 'EXTENSION_ALREADY_PENDING',
  NO_PENDING_EXTENSION: 'NO_PENDING_EXTENSION',
  NO_PENDING_REPLY: 'NO_PENDING_REPLY',
  REPLY_ITEMS_MISMATCH: 'REPLY_ITEMS_MISMATCH',
  REPLY_AWAITING_APPROVAL: 'REPLY_AWAITING_APPROVAL',
  EVALUATION_ITEMS_MISMATCH: 'EVALUATION_ITEMS_MISMATCH',
  IMPLEMENTATION_NOT_REPORTED: 'IMPLEMENTATION_NOT_REPORTED',
  LETTER_NOT_OPEN: 'LETTER_NOT_OPEN',
  REROUTE_TARGET_INVALID: 'REROUTE_TARGET_INVALID',
  OUT_OF_DISTRICT: 'RECIPIENT_OUT_OF_DISTRICT',
  DUE_DATE_INVALID: 'DUE_DATE_INVALID',
  COPY_TARGET_INVALID: 'COPY_TARGET_INVALID',
  NO_SUPERIOR: 'NO_SUPERIOR_ORGANIZATION',
} as const;
