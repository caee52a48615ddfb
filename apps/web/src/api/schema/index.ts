/* The api's types for the web app, one file per area. */
export * from './identity';
export * from './admin';
export * from './suggestions';
export * from './deliveries';
export * from './statistics';
export * from './search';
