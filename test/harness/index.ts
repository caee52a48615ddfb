/**
 * The applications as they ship, started for a test (api, worker). They live beside the tests,
 * not in libs/testing: a library never imports an application.
 */
export * from './test-app';
export * from './test-worker';
