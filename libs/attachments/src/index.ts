export * from './attachment-target';
export * from './attachments.service';
export * from './attachments.module';
