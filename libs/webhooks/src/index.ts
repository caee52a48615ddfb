export * from './webhook-events';
export * from './webhook-signature';
export * from './webhook.entity';
export * from './webhooks.service';
export * from './webhooks.module';
export * from './webhook-sender.service';
