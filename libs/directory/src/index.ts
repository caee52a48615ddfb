export * from './organization.entity';
export * from './region';
export * from './directory-error-codes';
export * from './organizations.service';
export * from './jurisdiction.service';
export * from './visibility-scope';
export * from './visible-courts';
export * from './directory.module';
