import { JobName, QueueName } from '@app/core';

/** Outbox topics handled by the worker. A topic's family is the part before the first dot. */
export const OutboxTopic = {
  /** payload `{ mailId }`: send one `mail_messages` row. */
  MAIL_SEND: 'mail.send',
} as const;

export interface OutboxRoute {
  queue: string;
  job: string;
}

/**
 * Topic family → BullMQ queue. The relay claims only routed families; rows of other topics stay
 * PENDING (kept, visible, and relayed once a route for them exists).
 */
export const OUTBOX_ROUTES: Record<string, OutboxRoute> = {
  mail: { queue: QueueName.MAIL, job: JobName.MAIL_SEND },
  delivery: { queue: QueueName.EVENTS, job: JobName.EVENT_FANOUT },
  reminder: { queue: QueueName.EVENTS, job: JobName.EVENT_FANOUT },
  webhook: { queue: QueueName.WEBHOOKS, job: JobName.WEBHOOK_SEND },
};

export function topicFamily(topic: string): string {
  const i = topic.indexOf('.');
  return i < 0 ? topic : topic.slice(0, i);
}

/** What a queue job carries: only the outbox row's id (the processor re-reads the row). */
export interface OutboxJobData {
  outboxId: string;
}
