export * from './outbox-message.entity';
export * from './outbox.service';
export * from './notifications.module';
