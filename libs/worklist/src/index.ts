export * from './worklist-sql';
export * from './worklist.service';
export * from './watchlist.service';
export * from './worklist.module';
