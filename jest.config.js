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
  // Each test file gets its own database; files run in parallel on the 2 cores.
  maxWorkers: 2,
  // A worker's heap grows from file to file (each file loads the app's modules afresh under native
  // ESM; V8 keeps much of it). At 1.6 GB, the collection a worker ran as it was told to exit took
  // longer than the half second jest waits, and jest force-exited it ("A worker process has failed
  // to exit gracefully"). Past this, a worker is replaced between files instead.
  workerIdleMemoryLimit: '800MB',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  // Bounds a failing test only: waits poll their condition and return as soon as it holds.
  testTimeout: 60000,
};
