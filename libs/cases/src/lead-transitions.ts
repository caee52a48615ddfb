import { TransitionRule, TransitionTable } from '@app/core';
import { PERSON_CHECK, Principal, Role } from '@app/identity';

export enum LeadStatus {
  NEW = 'NEW',
  DRAFTED = 'DRAFTED',
  DISMISSED = 'DISMISSED',
}

export enum LeadAction {
  DRAFT = 'DRAFT',
  DISMISS = 'DISMISS',
}

export interface LeadContext {
  principal: Principal;
  courtId: string;
}

const ownCourt = (c: LeadContext) => c.principal.organizationId === c.courtId;

/**
 * A class-case lead: NEW → DRAFTED (据此起草: a judge of the lead's court drafts a CLASS_CASE letter
 * from it) | DISMISSED (the court's judge, research office or leader, with a reason).
 */
export const LEAD_RULES: TransitionRule<LeadStatus, LeadAction, LeadContext>[] = [
  { action: LeadAction.DRAFT, from: [LeadStatus.NEW], to: [LeadStatus.DRAFTED], roles: [Role.JUDGE], byPerson: true, side: ownCourt },
  {
    action: LeadAction.DISMISS,
    from: [LeadStatus.NEW],
    to: [LeadStatus.DISMISSED],
    roles: [Role.JUDGE, Role.COURT_ADMIN, Role.COURT_LEADER],
    byPerson: true,
    side: ownCourt,
  },
];

export const LEAD_TABLE = new TransitionTable<LeadStatus, LeadAction, LeadContext>(LEAD_RULES, PERSON_CHECK);
