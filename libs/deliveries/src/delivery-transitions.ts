import { notOwnWork, PERSON_CHECK, Role } from '@app/identity';
import { DeliveryAction as A, DeliveryErrorCode, DeliveryKind, DeliveryStatus as S } from './delivery.types';
import { GuardFailure, TransitionRule, TransitionTable } from '@app/core';

/** What the delivery table needs to know about the delivery, its letter and the caller. */
export interface DeliveryContext {
  principal: import('@app/identity').Principal;
  kind: DeliveryKind;
  organizationId: string;
  /** The issuing court of the letter. */
  courtId: string;
  /** For a letter a higher court adopted (Art. 3): the court it came from, which follows it read-only. */
  originCourtId: string | null;
  letterStatus: string;
  reroutedToId: string | null;
  pendingExtension: boolean;
  pendingReply: boolean;
  /** Who wrote the reply awaiting approval (null: none waiting, or written by an API token). */
  pendingReplyBy: string | null;
  implementationStatus: string | null;
}

const AGENCY = [Role.AGENCY_CLERK, Role.AGENCY_LEADER] as const;
const recipient = (c: DeliveryContext) => c.principal.organizationId === c.organizationId;
const issuer = (c: DeliveryContext) => c.principal.organizationId === c.courtId;
const fail = (code: string, message: string): GuardFailure => ({ code, message });
const mainOnly = (c: DeliveryContext) => (c.kind === DeliveryKind.MAIN ? null : fail(DeliveryErrorCode.NOT_MAIN, 'Copies are read, not signed or answered'));
const letterIssued = (c: DeliveryContext) => (c.letterStatus === 'ISSUED' ? null : fail(DeliveryErrorCode.LETTER_NOT_OPEN, `The letter is ${c.letterStatus}`));
const all =
  <T>(...gs: ((c: T) => GuardFailure | null)[]) =>
  (c: T) =>
    gs.map((g) => g(c)).find((f) => f) ?? null;
/**
 * Approving a reply is an act of a named person (never an API token: `byPerson`), and never of the
 * person who drafted it (四眼原则). A leader's own reply needs no second approval — it goes out when
 * they submit it (DeliveryReplyService); a draft waits for a leader other than its writer, even if
 * the writer has become a leader since.
 */
const replyApproval = all<DeliveryContext>(
  (c) => (c.pendingReply ? null : fail(DeliveryErrorCode.NO_PENDING_REPLY, 'There is no reply waiting for approval')),
  (c) => notOwnWork(c.principal.userId, c.pendingReplyBy, 'reply'),
);

const OPEN = [S.DELIVERED, S.SIGNED, S.REPLIED, S.EVALUATED, S.IMPLEMENTING, S.IMPLEMENTED, S.NOT_ADOPTED];

/**
 * The delivery (one per recipient):
 * `DELIVERED → SIGNED → REPLIED → (IMPLEMENTING →) IMPLEMENTED | NOT_ADOPTED → CLOSED`,
 * `DELIVERED → REJECTED_BY_RECIPIENT` (then re-routed as a new delivery), copies `DELIVERED → READ`.
 */
export const DELIVERY_RULES: TransitionRule<S, A, DeliveryContext>[] = [
  {
    action: A.SIGN,
    from: [S.DELIVERED],
    to: [S.SIGNED],
    roles: AGENCY,
    side: recipient,
    guard: all(mainOnly, letterIssued),
    clocks: 'stops sign-for; replyDueDate = signed date + reply period',
  },
  {
    action: A.READ,
    from: [S.DELIVERED],
    to: [S.READ],
    roles: [...AGENCY, Role.SUPERVISOR],
    side: recipient,
    guard: (c) => (c.kind === DeliveryKind.COPY ? null : fail(DeliveryErrorCode.NOT_A_COPY, 'Only copies are marked read; sign for a main delivery')),
  },
  { action: A.REJECT, from: [S.DELIVERED], to: [S.REJECTED_BY_RECIPIENT], roles: AGENCY, side: recipient, guard: letterIssued, clocks: 'stops every clock' },
  {
    action: A.REROUTE,
    from: [S.REJECTED_BY_RECIPIENT],
    to: [],
    roles: [Role.COURT_ADMIN],
    side: issuer,
    guard: all(letterIssued, (c) => (c.reroutedToId ? fail(DeliveryErrorCode.ALREADY_REROUTED, 'This delivery was already re-routed') : null)),
    clocks: 'the new delivery starts its own sign-for clock',
  },
  {
    action: A.REQUEST_EXTENSION,
    from: [S.DELIVERED, S.SIGNED, S.IMPLEMENTING],
    to: [],
    roles: AGENCY,
    side: recipient,
    guard: all(mainOnly, (c) =>
      c.pendingExtension ? fail(DeliveryErrorCode.EXTENSION_PENDING, 'An extension request is already waiting for a decision') : null,
    ),
  },
  {
    action: A.DECIDE_EXTENSION,
    from: [S.DELIVERED, S.SIGNED, S.IMPLEMENTING],
    to: [],
    roles: [Role.COURT_ADMIN],
    side: issuer,
    guard: (c) => (c.pendingExtension ? null : fail(DeliveryErrorCode.NO_PENDING_EXTENSION, 'There is no extension request to decide')),
    clocks: 'approved: the running due date moves; the old one stays in history',
  },
  {
    action: A.REPLY,
    from: [S.SIGNED],
    to: [S.REPLIED, S.SIGNED],
    roles: AGENCY,
    side: recipient,
    // One reply at a time: while one waits for the leader, it is approved or returned first.
    guard: all(letterIssued, (c) =>
      c.pendingReply ? fail(DeliveryErrorCode.REPLY_AWAITING_APPROVAL, 'A reply is waiting for the agency leader’s approval') : null,
    ),
    clocks: 'stops the reply clock (once submitted; with leader approval, once approved)',
  },
  {
    action: A.APPROVE_REPLY,
    from: [S.SIGNED],
    to: [S.REPLIED],
    roles: [Role.AGENCY_LEADER],
    byPerson: true,
    side: recipient,
    guard: replyApproval,
    clocks: 'stops the reply clock',
  },
  {
    action: A.RETURN_REPLY,
    from: [S.SIGNED],
    to: [S.SIGNED],
    roles: [Role.AGENCY_LEADER],
    byPerson: true,
    side: recipient,
    guard: replyApproval,
    clocks: 'the reply clock keeps running',
  },
  {
    action: A.EVALUATE,
    from: [S.REPLIED],
    to: [S.IMPLEMENTING, S.NOT_ADOPTED],
    roles: [Role.COURT_ADMIN],
    byPerson: true,
    side: issuer,
    clocks: 'adopted: starts the follow-up clock (followUpDate)',
  },
  { action: A.REPORT_IMPLEMENTATION, from: [S.IMPLEMENTING], to: [], roles: AGENCY, side: recipient },
  {
    action: A.CONFIRM_IMPLEMENTATION,
    from: [S.IMPLEMENTING],
    to: [S.IMPLEMENTED],
    roles: [Role.COURT_ADMIN],
    side: issuer,
    guard: (c) =>
      c.implementationStatus === 'IMPLEMENTED'
        ? null
        : fail(DeliveryErrorCode.IMPLEMENTATION_NOT_REPORTED, 'The recipient has not reported the measures as implemented'),
    clocks: 'stops the follow-up clock',
  },
  {
    action: A.CLOSE,
    from: [S.IMPLEMENTED, S.NOT_ADOPTED],
    to: [S.CLOSED],
    roles: [Role.COURT_ADMIN],
    side: issuer,
    clocks: 'the letter closes when every main delivery is closed',
  },
  {
    action: A.MESSAGE,
    from: [...OPEN, S.CLOSED, S.READ, S.REJECTED_BY_RECIPIENT],
    to: [],
    roles: [Role.JUDGE, Role.DIVISION_HEAD, Role.COURT_LEADER, Role.COURT_ADMIN, ...AGENCY],
    side: (c) => recipient(c) || issuer(c),
  },
  {
    action: A.SUPERVISE,
    from: OPEN,
    to: [],
    roles: [Role.SUPERVISOR, Role.COURT_ADMIN],
    side: (c) => !recipient(c) && c.principal.organizationId !== c.originCourtId,
  },
  {
    action: A.COPY_SUPERIOR,
    from: [S.DELIVERED, S.SIGNED, S.REPLIED, S.IMPLEMENTING, S.NOT_ADOPTED],
    to: [],
    roles: [Role.COURT_ADMIN],
    side: issuer,
    guard: all(mainOnly, letterIssued),
    clocks: 'a new COPY delivery (read, not answered) for the recipient’s superior; no clock',
  },
];

export const DELIVERY_TRANSITIONS = new TransitionTable<S, A, DeliveryContext>(DELIVERY_RULES, PERSON_CHECK);
