/** Who a reminder goes to. */
export type Audience =
  | 'AGENCY_CLERKS' // the recipient's clerks (and its registered mailboxes)
  | 'AGENCY_LEADERS' // the recipient's leaders
  | 'COURT_ADMINS' // the issuing court's research office
  | 'SUPERVISORS'; // 人大/党委 over the issuing court, and supervisors of the courts above it

export type ReminderKind =
  | 'DELIVERY_NOTICE'
  | 'SIGN_DUE_SOON'
  | 'SIGN_OVERDUE'
  | 'REPLY_DUE_SOON'
  | 'REPLY_DUE_TODAY'
  | 'REPLY_OVERDUE'
  | 'COPY_SUPERIOR_SUGGESTED'
  | 'EXTENSION_PENDING'
  | 'FOLLOW_UP_DUE';

/** The audiences in the order people are named (most specific first). */
export const AUDIENCE_ORDER: readonly Audience[] = ['AGENCY_CLERKS', 'AGENCY_LEADERS', 'COURT_ADMINS', 'SUPERVISORS'];

/**
 * One escalation step: from `afterDays` overdue on, remind `audience` — on top of every earlier
 * stage's audience and the agency's clerks (see {@link escalationAudience}).
 */
export interface EscalationStage {
  afterDays: number;
  audience: Audience[];
}

/**
 * The reminder policy (documented in the README). All day counts are calendar days in the
 * business time zone. Overdue reminders repeat every `repeatEveryDays` while the step stays
 * overdue; each (delivery, kind, stage, period) is sent at most once.
 */
export interface ReminderPolicy {
  deliveryNotice: Audience[];
  signDueSoonDays: number;
  signDueSoon: Audience[];
  signOverdue: { repeatEveryDays: number; stages: EscalationStage[] };
  replyDueSoonDays: number;
  replyDueSoon: Audience[];
  replyDueToday: Audience[];
  replyOverdue: { repeatEveryDays: number; stages: EscalationStage[] };
  /** After this many days overdue, suggest to the court admin to copy the recipient's superior (Art. 9). */
  copySuperiorAfterDays: number;
  extensionPending: { afterDays: number; repeatEveryDays: number; audience: Audience[] };
  followUp: { repeatEveryDays: number; audience: Audience[] };
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  deliveryNotice: ['AGENCY_CLERKS', 'AGENCY_LEADERS'],
  signDueSoonDays: 1,
  signDueSoon: ['AGENCY_CLERKS'],
  signOverdue: {
    repeatEveryDays: 7,
    stages: [
      { afterDays: 1, audience: ['AGENCY_CLERKS'] },
      { afterDays: 3, audience: ['AGENCY_CLERKS', 'AGENCY_LEADERS'] },
      { afterDays: 7, audience: ['AGENCY_CLERKS', 'AGENCY_LEADERS', 'COURT_ADMINS', 'SUPERVISORS'] },
    ],
  },
  replyDueSoonDays: 7,
  replyDueSoon: ['AGENCY_CLERKS'],
  replyDueToday: ['AGENCY_CLERKS', 'AGENCY_LEADERS'],
  replyOverdue: {
    repeatEveryDays: 7,
    stages: [
      { afterDays: 1, audience: ['AGENCY_CLERKS'] },
      { afterDays: 8, audience: ['AGENCY_CLERKS', 'AGENCY_LEADERS'] },
      { afterDays: 15, audience: ['AGENCY_CLERKS', 'AGENCY_LEADERS', 'COURT_ADMINS', 'SUPERVISORS'] },
    ],
  },
  copySuperiorAfterDays: 30,
  extensionPending: { afterDays: 2, repeatEveryDays: 7, audience: ['COURT_ADMINS'] },
  followUp: { repeatEveryDays: 30, audience: ['COURT_ADMINS', 'AGENCY_CLERKS'] },
};

/**
 * Who an overdue reminder at `stage` goes to. Escalation adds audiences, it never drops the agency
 * being chased: its clerks (and registered mailboxes) always, plus every audience of this and the
 * earlier stages — whatever a `REMINDER_POLICY` override lists for the stage.
 */
export function escalationAudience(stages: readonly EscalationStage[], stage: number): Audience[] {
  const wanted = new Set<Audience>(['AGENCY_CLERKS']);
  for (const s of stages.slice(0, stage + 1)) for (const a of s.audience) wanted.add(a);
  return AUDIENCE_ORDER.filter((a) => wanted.has(a));
}

/** The policy from `REMINDER_POLICY` (a JSON object merged over the defaults), validated. */
export function loadReminderPolicy(json: string | undefined): ReminderPolicy {
  if (!json || !json.trim()) return DEFAULT_REMINDER_POLICY;
  let override: Partial<ReminderPolicy>;
  try {
    override = JSON.parse(json);
  } catch {
    throw new Error('REMINDER_POLICY is not valid JSON');
  }
  const policy = { ...DEFAULT_REMINDER_POLICY, ...override } as ReminderPolicy;
  for (const s of [policy.signOverdue, policy.replyOverdue]) {
    if (!s.stages.length || s.repeatEveryDays < 1) throw new Error('REMINDER_POLICY: overdue steps need stages and repeatEveryDays ≥ 1');
    const sorted = [...s.stages].sort((a, b) => a.afterDays - b.afterDays);
    if (sorted.some((st, i) => st.afterDays !== s.stages[i].afterDays || st.afterDays < 1)) {
      throw new Error('REMINDER_POLICY: stages must be in increasing afterDays order, each ≥ 1');
    }
  }
  return policy;
}
