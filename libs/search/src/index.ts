export * from './highlight';
export * from './search.service';
export * from './similar.service';
export * from './search.module';
