// Native ESM under jest (agenda 6 and imapflow are ESM-only): run with
// --experimental-vm-modules (see `npm run jest`) and let swc strip the types.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  // Sources import './x.js' as Node ESM requires; jest resolves them to the .ts files.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Each test file gets its own database; files run in parallel on the 2 cores.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testTimeout: 30000,
  // Known issue: run alone, the 50-request race test leaves jest waiting after all tests pass
  // although no handle is open (checked with process._getActiveHandles()). The full suite exits
  // cleanly; forceExit makes sure a run never hangs CI while that is investigated.
  forceExit: true,
};
