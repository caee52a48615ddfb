export * from './mail-layout';
export * from './delivery-notice.template';
export * from './reminder.template';
