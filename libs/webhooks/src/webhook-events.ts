/** Events an organization's own system (OA) can subscribe to. */
export const WEBHOOK_EVENTS = ['delivery.created', 'reminder', 'message', 'evaluation'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Outbox topics that fan out to webhooks, and the webhook event each becomes. */
export const WEBHOOK_SOURCE_TOPICS: Record<string, WebhookEvent> = {
  'delivery.created': 'delivery.created',
  'reminder.created': 'reminder',
  'delivery.message': 'message',
  'delivery.evaluated': 'evaluation',
};

export const WEBHOOK_DELIVER_TOPIC = 'webhook.deliver';
