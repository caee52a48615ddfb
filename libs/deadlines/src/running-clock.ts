/**
 * THE running-clock rule: which of a delivery's clocks is running and so which due date counts
 * (for its colour, the reminders, the overdue figures, the work list and extension requests):
 * - SIGN: a MAIN delivery waiting to be signed for (`DELIVERED`) — its sign-for due date; a copy is
 *   read, never signed, so no clock runs on it;
 * - REPLY: signed, no reply submitted yet (`SIGNED`; a reply awaiting its leader's approval keeps
 *   the delivery SIGNED and the clock running) — its reply due date;
 * - FOLLOW_UP: adopted and being implemented (`IMPLEMENTING`) — its follow-up date;
 * - NONE: every other status (replied, evaluated, implemented, not adopted, closed, returned, read).
 *
 * Its SQL twin is the pair of stored generated columns `deliveries.running_clock` and
 * `deliveries.running_due_date` (migration RunningClock1763780200001), which every SQL reader uses;
 * test/api/running-clock.e2e-spec.ts runs both over one table of cases.
 */
export type ClockKind = 'SIGN' | 'REPLY' | 'FOLLOW_UP' | 'NONE';

/** A clock that can run (not NONE). */
export type RunningClockKind = Exclude<ClockKind, 'NONE'>;

/** What the rule reads of a delivery (dates `YYYY-MM-DD`). */
export interface ClockedDelivery {
  status: string;
  kind: string;
  signDueDate: string | null;
  replyDueDate: string | null;
  followUpDate: string | null;
}

export interface RunningClock {
  kind: ClockKind;
  /** The running clock's due date; null when none runs (or it has no date). */
  dueDate: string | null;
}

/** The field that holds each clock's due date (an approved extension moves it). */
export const DUE_DATE_FIELD: Record<RunningClockKind, 'signDueDate' | 'replyDueDate' | 'followUpDate'> = {
  SIGN: 'signDueDate',
  REPLY: 'replyDueDate',
  FOLLOW_UP: 'followUpDate',
};

/** The SQL columns of the rule on `deliveries`. */
export const RUNNING_CLOCK_SQL = {
  kind: (d = 'd') => `${d}.running_clock`,
  dueDate: (d = 'd') => `${d}.running_due_date`,
} as const;

export function runningClock(d: ClockedDelivery): RunningClock {
  const kind: ClockKind =
    d.status === 'DELIVERED' && d.kind === 'MAIN' ? 'SIGN' : d.status === 'SIGNED' ? 'REPLY' : d.status === 'IMPLEMENTING' ? 'FOLLOW_UP' : 'NONE';
  return { kind, dueDate: kind === 'NONE' ? null : d[DUE_DATE_FIELD[kind]] };
}

/** The running clock of a row read with snake_case columns (`sign_due_date` …). */
export interface ClockedDeliveryRow {
  status: string;
  kind: string;
  sign_due_date: string | null;
  reply_due_date: string | null;
  follow_up_date: string | null;
}

export function runningClockOfRow(r: ClockedDeliveryRow): RunningClock {
  return runningClock({ status: r.status, kind: r.kind, signDueDate: r.sign_due_date, replyDueDate: r.reply_due_date, followUpDate: r.follow_up_date });
}
