import { IdentityErrorCode, notOwnWork, PERSON_CHECK, Principal, Role, sameDivision } from '@app/identity';
import { CommonErrorCode, GuardFailure, TransitionRule, TransitionTable } from '@app/core';
import { SuggestionAction as A, SuggestionCategory, SuggestionErrorCode, SuggestionStatus as S } from './suggestion.types';

/** What the letter table needs to know about the letter and the caller. */
export interface SuggestionContext {
  principal: Principal;
  status: S;
  courtId: string;
  authorId: string;
  division: string | null;
  category: SuggestionCategory;
  escalatedToCourtId: string | null;
  /** The escalated letter of a lower court this one was made from (Art. 3), if any. */
  adoptedFromId: string | null;
  adoptedAsId: string | null;
  hasCommitteeDecision: boolean;
  hasSignedMainDelivery: boolean;
  /**
   * Main deliveries still open (a rejection rerouted elsewhere does not count). Counted only when
   * the system asks whether the letter closes; unknown counts as open.
   */
  openMainDeliveries?: number;
}

const author = (c: SuggestionContext) => c.principal.userId === c.authorId && c.principal.organizationId === c.courtId;
const ownCourt = (c: SuggestionContext) => c.principal.organizationId === c.courtId;
/** The one division comparison (normalize.ts sameDivision): a missing division matches nothing, as in the visibility rule. */
const ownDivision = (c: SuggestionContext) => ownCourt(c) && sameDivision(c.principal.division, c.division);
/**
 * Who drafts: a judge their own letter; a letter the court adopted from a lower court's escalation
 * (Art. 3) is the research office's (COURT_ADMIN of the court), which edits it and sends it to the
 * leader — the adopting court's own review before its sign-off.
 */
const adopted = (c: SuggestionContext) => c.adoptedFromId !== null;
const drafter = (c: SuggestionContext) =>
  adopted(c) ? ownCourt(c) && c.principal.roles.includes(Role.COURT_ADMIN) : author(c) && c.principal.roles.includes(Role.JUDGE);
const escalationTarget = (c: SuggestionContext) => c.principal.organizationId === c.escalatedToCourtId;
const fail = (code: string, message: string): GuardFailure => ({ code, message });
const notAdopted = (c: SuggestionContext) =>
  c.adoptedAsId ? fail(SuggestionErrorCode.ALREADY_ADOPTED, 'The higher court has already adopted this letter') : null;
const all =
  (...gs: ((c: SuggestionContext) => GuardFailure | null)[]) =>
  (c: SuggestionContext) =>
    gs.map((g) => g(c)).find((f) => f) ?? null;
/** 四眼原则: the author never reviews or signs off their own letter, whatever roles they hold. */
const notAuthor = (c: SuggestionContext) => notOwnWork(c.principal.userId, c.authorId, 'letter');
/** Only a letter of a division goes to review: otherwise no division head could ever see it. */
const hasDivision = (c: SuggestionContext) =>
  c.division
    ? null
    : fail(
        IdentityErrorCode.DIVISION_REQUIRED,
        'The letter belongs to no division, so no division head could review it; ask the administrator to set the author’s division',
      );

const EDITABLE = [S.DRAFT, S.RETURNED];
const BEFORE_ISSUE = [S.DRAFT, S.RETURNED, S.IN_REVIEW, S.IN_APPROVAL];

/**
 * The letter: `DRAFT → IN_REVIEW (庭长) → IN_APPROVAL (院领导) → ISSUED → CLOSED → ARCHIVED`, with
 * RETURNED from review/approval, WITHDRAWN (once sent) before any main recipient signs, DELETED (a
 * draft never submitted), and ESCALATED (Art. 3)
 * when a main recipient lies outside the court's district.
 */
export const SUGGESTION_RULES: TransitionRule<S, A, SuggestionContext>[] = [
  { action: A.EDIT, from: EDITABLE, to: [], roles: [Role.JUDGE, Role.COURT_ADMIN], side: drafter },
  {
    action: A.SUBMIT,
    from: EDITABLE,
    to: [S.IN_REVIEW, S.IN_APPROVAL],
    roles: [Role.JUDGE, Role.COURT_ADMIN],
    side: drafter,
    guard: (c) => (adopted(c) ? null : hasDivision(c)),
    clocks: 'a judge’s letter goes to the division head (IN_REVIEW); an adopted letter from the research office to the leader (IN_APPROVAL)',
  },
  { action: A.REVIEW_APPROVE, from: [S.IN_REVIEW], to: [S.IN_APPROVAL], roles: [Role.DIVISION_HEAD], byPerson: true, side: ownDivision, guard: notAuthor },
  { action: A.REVIEW_RETURN, from: [S.IN_REVIEW], to: [S.RETURNED], roles: [Role.DIVISION_HEAD], byPerson: true, side: ownDivision, guard: notAuthor },
  { action: A.RECORD_COMMITTEE, from: BEFORE_ISSUE, to: [], roles: [Role.COURT_ADMIN], side: ownCourt },
  {
    action: A.CONSULT,
    from: BEFORE_ISSUE,
    to: [],
    roles: [Role.JUDGE, Role.COURT_ADMIN],
    side: (c) => (c.principal.roles.includes(Role.COURT_ADMIN) ? ownCourt(c) : author(c)),
  },
  {
    action: A.APPROVE,
    from: [S.IN_APPROVAL],
    to: [S.ISSUED, S.ESCALATED],
    roles: [Role.COURT_LEADER],
    byPerson: true,
    side: ownCourt,
    guard: all(notAuthor, (c) =>
      c.category === SuggestionCategory.GOVERNANCE && !c.hasCommitteeDecision
        ? fail(SuggestionErrorCode.COMMITTEE_DECISION_REQUIRED, 'A governance suggestion needs the 审判委员会 decision on record before approval (Art. 7)')
        : null,
    ),
    clocks: 'issue: number assigned; each main delivery starts its sign-for clock (3 working days) and reply clock',
  },
  { action: A.APPROVAL_RETURN, from: [S.IN_APPROVAL], to: [S.RETURNED], roles: [Role.COURT_LEADER], byPerson: true, side: ownCourt, guard: notAuthor },
  // A draft never submitted is deleted by its author (DRAFT is only ever the state before the first
  // submission: a letter sent back is RETURNED). Nothing was sent, so nothing is withdrawn.
  { action: A.DELETE, from: [S.DRAFT], to: [S.DELETED], roles: [Role.JUDGE], side: author },
  // 撤回 only where something was sent: deliveries (ISSUED) or the higher court (ESCALATED).
  {
    action: A.WITHDRAW,
    from: [S.ESCALATED, S.ISSUED],
    to: [S.WITHDRAWN],
    roles: [Role.COURT_ADMIN, Role.COURT_LEADER],
    side: ownCourt,
    guard: (c) =>
      c.hasSignedMainDelivery
        ? fail(SuggestionErrorCode.MAIN_DELIVERY_SIGNED, 'A main recipient has already signed for the letter; it can no longer be withdrawn')
        : notAdopted(c),
    clocks: 'stops every clock; open deliveries close',
  },
  { action: A.ESCALATION_RETURN, from: [S.ESCALATED], to: [S.RETURNED], roles: [Role.COURT_ADMIN], side: escalationTarget, guard: notAdopted },
  {
    action: A.ESCALATION_ADOPT,
    from: [S.ESCALATED],
    to: [],
    roles: [Role.COURT_ADMIN],
    byPerson: true,
    side: escalationTarget,
    guard: notAdopted,
    clocks: 'a new DRAFT of the higher court (its author: the adopting person), edited by its research office and sent to its leader',
  },
  { action: A.ARCHIVE, from: [S.CLOSED], to: [S.ARCHIVED], roles: [Role.COURT_ADMIN], side: ownCourt },
  {
    action: A.CLOSE,
    from: [S.ISSUED],
    to: [S.CLOSED],
    roles: [],
    guard: (c) => (c.openMainDeliveries === 0 ? null : fail(CommonErrorCode.INVALID_TRANSITION, 'Main deliveries of the letter are still open')),
    clocks: 'the system closes the letter when its last open main delivery closes',
  },
];

export const SUGGESTION_TRANSITIONS = new TransitionTable<S, A, SuggestionContext>(SUGGESTION_RULES, PERSON_CHECK);
