export * from './test-database';
export * from './browser';
export * from './fixtures';
export * from './tcp-proxy';
export * from './private-redis';
export * from './redis-keys';
export * from './poppler';
