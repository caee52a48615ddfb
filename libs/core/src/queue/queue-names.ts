/** Every BullMQ queue and job name, in one place. */
export const QueueName = {
  MAINTENANCE: 'maintenance',
  /** Outbox rows of the `mail.*` topics (jobs carry only the outbox id). */
  MAIL: 'mail',
  /** Outbox rows of `delivery.*` and `reminder.*`: fan out to emails and webhooks. */
  EVENTS: 'events',
  /** Outbox rows of `webhook.*`: one signed POST each. */
  WEBHOOKS: 'webhooks',
  /** Reminder scans (fired by a job scheduler). */
  REMINDERS: 'reminders',
  /** Statistics rollup refresh (README "Statistics at scale"). */
  STATS: 'stats',
  /** Case data: class-case lead detection (daily, and on demand). */
  CASES: 'cases',
} as const;

export const JobName = {
  HEARTBEAT: 'heartbeat',
  MAIL_SEND: 'mail.send',
  EVENT_FANOUT: 'event.fanout',
  WEBHOOK_SEND: 'webhook.send',
  REMINDER_SCAN: 'reminder.scan',
  STATS_REFRESH: 'stats.refresh',
  LEAD_DETECT: 'cases.leads.detect',
  /** The daily signed checkpoint of the audit chains (maintenance queue). */
  AUDIT_CHECKPOINT: 'audit.checkpoint',
} as const;

export const SchedulerId = {
  HEARTBEAT: 'maintenance:heartbeat',
  REMINDER_SCAN: 'reminders:scan',
  STATS_REFRESH: 'stats:refresh',
  LEAD_DETECT: 'cases:leads-detect',
  AUDIT_CHECKPOINT: 'maintenance:audit-checkpoint',
} as const;
