import { loadReminderPolicy } from './reminder-policy';

export type { ReminderPolicy } from './reminder-policy';

/** Injection token of the active {@link ReminderPolicy} (REMINDER_POLICY env over the defaults). */
export const REMINDER_POLICY = Symbol('REMINDER_POLICY');

export const reminderPolicyProvider = { provide: REMINDER_POLICY, useFactory: () => loadReminderPolicy(process.env.REMINDER_POLICY) };
