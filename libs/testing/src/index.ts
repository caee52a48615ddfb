export * from './test-database';
export * from './test-app';
export * from './test-worker';
export * from './browser';
export * from './fixtures';
export * from './tcp-proxy';
export * from './private-redis';
