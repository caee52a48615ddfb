export * from './deadline-error-codes';
export * from './legal-calendar';
export * from './legal-calendar.entity';
export * from './calendar.repository';
export * from './deadline.service';
export * from './calendar.service';
export * from './deadlines.module';
export * from './running-clock';
