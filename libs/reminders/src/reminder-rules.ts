import { ClockedDelivery, runningClock } from '@app/deadlines';
import { Audience, EscalationStage, escalationAudience, ReminderKind, ReminderPolicy } from './reminder-policy';

/** The clock facts of one delivery the rules look at (dates are `YYYY-MM-DD`). */
export interface DeliveryClocks extends ClockedDelivery {
  kind: 'MAIN' | 'COPY';
  /** The requested-at date of an extension request still waiting for a decision. */
  pendingExtensionSince: string | null;
}

/** A reminder that is due now. (deliveryId, kind, stage, period) is its identity. */
export interface ReminderSpec {
  kind: ReminderKind;
  stage: number;
  period: number;
  audience: Audience[];
  /** The due date the reminder is about. */
  dueDate: string | null;
  daysOverdue: number;
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);

function overdue(kind: ReminderKind, dueDate: string, today: string, cfg: { repeatEveryDays: number; stages: EscalationStage[] }): ReminderSpec | null {
  const late = days(dueDate, today);
  let stage = -1;
  cfg.stages.forEach((s, i) => {
    if (late >= s.afterDays) stage = i;
  });
  if (stage < 0) return null;
  const period = Math.floor((late - cfg.stages[stage].afterDays) / cfg.repeatEveryDays);
  return { kind, stage, period, audience: escalationAudience(cfg.stages, stage), dueDate, daysOverdue: late };
}

/**
 * The reminders a delivery is due for as of `today`: only its current state counts (a scan run
 * after a gap sends the reminder for today's stage, not the backlog of skipped ones).
 */
export function remindersDue(d: DeliveryClocks, today: string, p: ReminderPolicy): ReminderSpec[] {
  if (d.kind !== 'MAIN') return [];
  const out: ReminderSpec[] = [];
  const clock = runningClock(d);
  if (clock.kind === 'SIGN' && clock.dueDate) {
    const left = days(today, clock.dueDate);
    if (left >= 0 && left <= p.signDueSoonDays)
      out.push({ kind: 'SIGN_DUE_SOON', stage: 0, period: 0, audience: p.signDueSoon, dueDate: clock.dueDate, daysOverdue: 0 });
    const late = overdue('SIGN_OVERDUE', clock.dueDate, today, p.signOverdue);
    if (late) out.push(late);
  }
  // The reply due date is set on delivery: one still unsigned past it is overdue to reply as well.
  const replyDue = clock.kind === 'REPLY' ? clock.dueDate : clock.kind === 'SIGN' ? d.replyDueDate : null;
  if (replyDue) {
    const left = days(today, replyDue);
    if (clock.kind === 'REPLY' && left > 0 && left <= p.replyDueSoonDays)
      out.push({ kind: 'REPLY_DUE_SOON', stage: 0, period: 0, audience: p.replyDueSoon, dueDate: replyDue, daysOverdue: 0 });
    if (clock.kind === 'REPLY' && left === 0)
      out.push({ kind: 'REPLY_DUE_TODAY', stage: 0, period: 0, audience: p.replyDueToday, dueDate: replyDue, daysOverdue: 0 });
    const late = overdue('REPLY_OVERDUE', replyDue, today, p.replyOverdue);
    if (late) out.push(late);
    if (late && late.daysOverdue >= p.copySuperiorAfterDays) {
      out.push({ kind: 'COPY_SUPERIOR_SUGGESTED', stage: 0, period: 0, audience: ['COURT_ADMINS'], dueDate: replyDue, daysOverdue: late.daysOverdue });
    }
  }
  // An extension is asked for the running clock; the request waits while that clock runs.
  if (d.pendingExtensionSince && clock.kind !== 'NONE') {
    const waited = days(d.pendingExtensionSince, today);
    if (waited >= p.extensionPending.afterDays) {
      const period = Math.floor((waited - p.extensionPending.afterDays) / p.extensionPending.repeatEveryDays);
      out.push({ kind: 'EXTENSION_PENDING', stage: 0, period, audience: p.extensionPending.audience, dueDate: d.pendingExtensionSince, daysOverdue: waited });
    }
  }
  if (clock.kind === 'FOLLOW_UP' && clock.dueDate) {
    const since = days(clock.dueDate, today);
    if (since >= 0) {
      out.push({
        kind: 'FOLLOW_UP_DUE',
        stage: 0,
        period: Math.floor(since / p.followUp.repeatEveryDays),
        audience: p.followUp.audience,
        dueDate: clock.dueDate,
        daysOverdue: since,
      });
    }
  }
  return out;
}

/** The unique key of a reminder, also the idempotency key of everything it produces. */
export function reminderKey(deliveryId: string, r: Pick<ReminderSpec, 'kind' | 'stage' | 'period'>): string {
  return `${deliveryId}:${r.kind}:${r.stage}:${r.period}`;
}
