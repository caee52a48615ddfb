import { Principal, Role } from '@app/identity';
import { SuggestionContext, SUGGESTION_TRANSITIONS } from './suggestion-transitions';
import { SuggestionAction as A, SuggestionCategory, SuggestionStatus as S } from './suggestion.types';

const COURT = 'court';
const who = (roles: Role[], over: Partial<Principal> = {}): Principal => ({
  kind: 'user',
  userId: 'u-judge',
  username: 'u',
  displayName: 'u',
  organizationId: COURT,
  organizationType: 'COURT',
  roles,
  division: '民一庭',
  sessionId: null,
  apiTokenId: null,
  ip: null,
  correlationId: null,
  ...over,
});
const judge = who([Role.JUDGE]);
const otherJudge = who([Role.JUDGE], { userId: 'u-other' });
const head = who([Role.DIVISION_HEAD], { userId: 'u-head' });
const otherHead = who([Role.DIVISION_HEAD], { userId: 'u-head2', division: '民二庭' });
const leader = who([Role.COURT_LEADER], { userId: 'u-leader' });
const admin = who([Role.COURT_ADMIN], { userId: 'u-admin' });
const higherAdmin = who([Role.COURT_ADMIN], { userId: 'u-high', organizationId: 'higher' });

const ctx = (principal: Principal, status: S, over: Partial<SuggestionContext> = {}): SuggestionContext => ({
  principal,
  status,
  courtId: COURT,
  authorId: 'u-judge',
  division: '民一庭',
  category: SuggestionCategory.CLASS_CASE,
  escalatedToCourtId: null,
  adoptedFromId: null,
  adoptedAsId: null,
  hasCommitteeDecision: false,
  hasSignedMainDelivery: false,
  ...over,
});
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return `${(e as { getStatus(): number }).getStatus()} ${(e as { code: string }).code}`;
  }
};
const check = (a: A, s: S, p: Principal, over: Partial<SuggestionContext> = {}) => code(() => SUGGESTION_TRANSITIONS.check(a, s, ctx(p, s, over)));

describe('suggestion transition table', () => {
  it('walks the sign-off chain with the right people', () => {
    expect(check(A.SUBMIT, S.DRAFT, judge)).toBe('OK');
    expect(check(A.REVIEW_RETURN, S.IN_REVIEW, head)).toBe('OK');
    expect(check(A.SUBMIT, S.RETURNED, judge)).toBe('OK');
    expect(check(A.REVIEW_APPROVE, S.IN_REVIEW, head)).toBe('OK');
    expect(check(A.APPROVE, S.IN_APPROVAL, leader)).toBe('OK');
    expect(check(A.ARCHIVE, S.CLOSED, admin)).toBe('OK');
  });

  it('keeps drafts to their author and reviews to their division', () => {
    expect(check(A.EDIT, S.DRAFT, otherJudge)).toBe('403 FORBIDDEN');
    expect(check(A.REVIEW_APPROVE, S.IN_REVIEW, otherHead)).toBe('403 FORBIDDEN');
    expect(check(A.APPROVE, S.IN_APPROVAL, judge)).toBe('403 FORBIDDEN');
  });

  it('refuses steps out of order with 409 INVALID_TRANSITION', () => {
    expect(check(A.APPROVE, S.IN_REVIEW, leader)).toBe('409 INVALID_TRANSITION');
    expect(check(A.EDIT, S.IN_REVIEW, judge)).toBe('409 INVALID_TRANSITION');
    expect(check(A.ARCHIVE, S.ISSUED, admin)).toBe('409 INVALID_TRANSITION');
    expect(check(A.SUBMIT, S.ISSUED, judge)).toBe('409 INVALID_TRANSITION');
    // 撤回 only once something was sent; a judge never withdraws (a draft never submitted is deleted).
    expect(check(A.WITHDRAW, S.IN_REVIEW, admin)).toBe('409 INVALID_TRANSITION');
    expect(check(A.WITHDRAW, S.DRAFT, judge)).toBe('403 FORBIDDEN');
    expect(check(A.DELETE, S.DRAFT, judge)).toBe('OK');
    expect(check(A.DELETE, S.RETURNED, judge)).toBe('409 INVALID_TRANSITION');
  });

  it('needs the 审委会 decision before approving a governance letter (Art. 7)', () => {
    expect(check(A.APPROVE, S.IN_APPROVAL, leader, { category: SuggestionCategory.GOVERNANCE })).toBe('409 COMMITTEE_DECISION_REQUIRED');
    expect(check(A.APPROVE, S.IN_APPROVAL, leader, { category: SuggestionCategory.GOVERNANCE, hasCommitteeDecision: true })).toBe('OK');
    expect(SUGGESTION_TRANSITIONS.allowed(S.IN_APPROVAL, ctx(leader, S.IN_APPROVAL, { category: SuggestionCategory.GOVERNANCE }))).toEqual([A.APPROVAL_RETURN]);
  });

  it('allows withdrawal only while no main recipient has signed', () => {
    expect(check(A.WITHDRAW, S.ISSUED, admin)).toBe('OK');
    expect(check(A.WITHDRAW, S.ISSUED, leader, { hasSignedMainDelivery: true })).toBe('409 MAIN_DELIVERY_SIGNED');
    expect(check(A.WITHDRAW, S.CLOSED, admin)).toBe('409 INVALID_TRANSITION');
  });

  it('lets only the higher court decide an escalated letter, once', () => {
    const esc = { escalatedToCourtId: 'higher' };
    expect(check(A.ESCALATION_ADOPT, S.ESCALATED, higherAdmin, esc)).toBe('OK');
    expect(check(A.ESCALATION_RETURN, S.ESCALATED, higherAdmin, esc)).toBe('OK');
    expect(check(A.ESCALATION_ADOPT, S.ESCALATED, admin, esc)).toBe('403 FORBIDDEN');
    expect(check(A.ESCALATION_ADOPT, S.ESCALATED, higherAdmin, { ...esc, adoptedAsId: 'x' })).toBe('409 ESCALATION_ALREADY_ADOPTED');
  });

  it('gives nobody anything to do on an archived or withdrawn letter', () => {
    for (const p of [judge, head, leader, admin]) {
      expect(SUGGESTION_TRANSITIONS.allowed(S.ARCHIVED, ctx(p, S.ARCHIVED))).toEqual([]);
      expect(SUGGESTION_TRANSITIONS.allowed(S.WITHDRAWN, ctx(p, S.WITHDRAWN))).toEqual([]);
    }
  });

  // Who may act (issue 12 points 1–3). Checked failing: without `notAuthor` the one-person court
  // reviews and signs its own letter (OK); without `byPerson` a token with the roles gets OK or 403 FORBIDDEN;
  // with the old `(a ?? null) === (b ?? null)` a head without a division acts on letters without one.
  it('never lets the author review or sign off their own letter, whatever roles they hold (四眼原则)', () => {
    const everything = who([Role.JUDGE, Role.DIVISION_HEAD, Role.COURT_LEADER]);
    for (const [action, status] of [
      [A.REVIEW_APPROVE, S.IN_REVIEW],
      [A.REVIEW_RETURN, S.IN_REVIEW],
      [A.APPROVE, S.IN_APPROVAL],
      [A.APPROVAL_RETURN, S.IN_APPROVAL],
    ] as const) {
      expect({ action, result: check(action, status, everything) }).toEqual({ action, result: '403 SELF_APPROVAL' });
      expect(SUGGESTION_TRANSITIONS.allowed(status, ctx(everything, status))).not.toContain(action);
      const colleague = who([Role.DIVISION_HEAD, Role.COURT_LEADER], { userId: 'u-colleague' });
      expect({ action, result: check(action, status, colleague) }).toEqual({ action, result: 'OK' });
    }
    // Their own drafting steps stay theirs.
    expect(check(A.SUBMIT, S.DRAFT, everything)).toBe('OK');
  });

  it('keeps review, sign-off and adoption to named people: an API token gets 403 PERSON_REQUIRED and is not offered them', () => {
    const token = who([Role.DIVISION_HEAD, Role.COURT_LEADER, Role.COURT_ADMIN], { kind: 'apiToken', userId: null, apiTokenId: 't' });
    for (const [action, status, over] of [
      [A.REVIEW_APPROVE, S.IN_REVIEW, {}],
      [A.REVIEW_RETURN, S.IN_REVIEW, {}],
      [A.APPROVE, S.IN_APPROVAL, {}],
      [A.APPROVAL_RETURN, S.IN_APPROVAL, {}],
      [A.ESCALATION_ADOPT, S.ESCALATED, { courtId: 'lower', escalatedToCourtId: COURT }],
    ] as const) {
      expect({ action, result: check(action, status, token, over) }).toEqual({ action, result: '403 PERSON_REQUIRED' });
      expect(SUGGESTION_TRANSITIONS.allowed(status, ctx(token, status, over))).not.toContain(action);
    }
  });

  it('compares divisions one way: a missing division matches nothing, and a letter without one is not submitted', () => {
    const noDivisionHead = who([Role.DIVISION_HEAD], { userId: 'u-head3', division: null });
    expect(check(A.REVIEW_APPROVE, S.IN_REVIEW, noDivisionHead, { division: null })).toBe('403 FORBIDDEN');
    expect(check(A.REVIEW_APPROVE, S.IN_REVIEW, who([Role.DIVISION_HEAD], { userId: 'u-head4', division: '' }), { division: '' })).toBe('403 FORBIDDEN');
    expect(check(A.REVIEW_APPROVE, S.IN_REVIEW, head, { division: null })).toBe('403 FORBIDDEN');
    expect(check(A.SUBMIT, S.DRAFT, judge, { division: null })).toBe('409 DIVISION_REQUIRED');
    expect(check(A.SUBMIT, S.DRAFT, judge)).toBe('OK');
  });

  it('gives a letter adopted from a lower court to the research office: it edits and submits it to the leader, nobody else', () => {
    // Broken once: with `drafter` = `author` the admin got 403 on EDIT of the adopted draft.
    const adoptedDraft = { adoptedFromId: 'original', authorId: 'u-admin', division: null };
    expect(check(A.EDIT, S.DRAFT, admin, adoptedDraft)).toBe('OK');
    expect(check(A.SUBMIT, S.DRAFT, admin, adoptedDraft)).toBe('OK');
    expect(check(A.SUBMIT, S.RETURNED, admin, adoptedDraft)).toBe('OK');
    expect(SUGGESTION_TRANSITIONS.allowed(S.DRAFT, ctx(admin, S.DRAFT, adoptedDraft))).toEqual(expect.arrayContaining([A.EDIT, A.SUBMIT]));
    // Another court's admin, a judge of the court and the leader do not draft it.
    expect(check(A.EDIT, S.DRAFT, higherAdmin, adoptedDraft)).toBe('403 FORBIDDEN');
    expect(check(A.EDIT, S.DRAFT, judge, adoptedDraft)).toBe('403 FORBIDDEN');
    expect(check(A.SUBMIT, S.DRAFT, leader, adoptedDraft)).toBe('403 FORBIDDEN');
    // A court admin never edits or submits a judge's own letter.
    expect(check(A.EDIT, S.DRAFT, admin)).toBe('403 FORBIDDEN');
    expect(check(A.SUBMIT, S.DRAFT, admin)).toBe('403 FORBIDDEN');
    // The leader signs it off as any letter (the adopting admin is its author: 四眼原则 holds).
    expect(check(A.APPROVE, S.IN_APPROVAL, leader, adoptedDraft)).toBe('OK');
  });

  it('leaves closing to the system', () => {
    for (const p of [judge, head, leader, admin]) expect(SUGGESTION_TRANSITIONS.allowed(S.ISSUED, ctx(p, S.ISSUED))).not.toContain(A.CLOSE);
    expect(check(A.CLOSE, S.ISSUED, admin, { openMainDeliveries: 0 })).toBe('403 FORBIDDEN');
  });

  it('lets the system close an issued letter once no main delivery is open (unknown counts as open)', () => {
    const system = (status: S, open?: number) => {
      try {
        return SUGGESTION_TRANSITIONS.checkSystem(A.CLOSE, status, ctx(admin, status, { openMainDeliveries: open }))?.to ?? 'not due';
      } catch (e) {
        return `${e.getStatus()} ${e.getResponse().code}`;
      }
    };
    expect(system(S.ISSUED, 0)).toEqual([S.CLOSED]);
    expect(system(S.ISSUED, 1)).toBe('not due');
    expect(system(S.ISSUED)).toBe('not due');
    expect(system(S.CLOSED, 0)).toBe('409 INVALID_TRANSITION');
    expect(system(S.WITHDRAWN, 0)).toBe('409 INVALID_TRANSITION');
    expect(() => SUGGESTION_TRANSITIONS.checkSystem(A.ARCHIVE, S.CLOSED, ctx(admin, S.CLOSED))).toThrow('not an action of the system');
  });
});
