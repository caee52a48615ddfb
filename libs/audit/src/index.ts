export * from './audit-event.entity';
export * from './audit.types';
export * from './audit-hash';
export * from './canonical-json';
export * from './audit.service';
export * from './audit.module';
