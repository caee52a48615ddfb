export * from './business-date';
export * from './deadline.service';
export * from './deadlines.module';
