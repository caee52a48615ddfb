/**
 * Unit tests sit beside the code; e2e and integration tests live in test/. All use real services.
 * NestJS 12, nodemailer 10's helpers, smtp-server, mailparser and content-disposition ship only ESM; Jest loads
 * them through Node's require(esm), which needs Node 24.9+ and `--experimental-vm-modules` (set in .npmrc).
 */
const moduleNameMapper = { '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src' };
const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleNameMapper,
  testEnvironment: 'node',
};

module.exports = {
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  // Global (Jest ignores it inside a project): real databases, browsers and child processes.
  testTimeout: 60000,
  // Test files run in a worker that is replaced once it holds more than this after a file: each file
  // starts real Nest apps, and what a framework keeps process-wide must not pile up over ~100 files.
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/test/**/*.integration-spec.ts', '<rootDir>/test/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      setupFiles: ['<rootDir>/test/setup-env.ts'],
    },
  ],
};
