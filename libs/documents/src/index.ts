export * from './document-data';
export * from './document-fonts';
export * from './document-format';
export * from './letter-layout';
export * from './documents.service';
export * from './documents.module';
