import { AppConfig, APP_CONFIG, ConfigError } from '@app/core';
import { loadReminderPolicy } from './reminder-policy';

export type { ReminderPolicy } from './reminder-policy';

/** Injection token of the active {@link ReminderPolicy} (REMINDER_POLICY env over the defaults). */
export const REMINDER_POLICY = Symbol('REMINDER_POLICY');

export const reminderPolicyProvider = {
  provide: REMINDER_POLICY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    try {
      return loadReminderPolicy(config.reminderPolicyJson ?? undefined);
    } catch (e) {
      throw new ConfigError([(e as Error).message]);
    }
  },
};
