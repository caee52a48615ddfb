// Every e2e/integration test runs in test mode; the database URL is set per test file by libs/testing.
process.env.APP_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
