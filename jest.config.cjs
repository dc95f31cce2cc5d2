/**
 * Four projects: unit (pure, mocks allowed), workflows (interpreter on a real Temporal server), integration (real Temporal + PostgreSQL),
 * browser (chromium). A fifth, faults (kills and restarts the stack's parts), exists only when OW_FAULTS=1 (`npm run test:faults`,
 * and the last stage of `npm test`): it must not share a stack with the others, so it runs after them on its own.
 */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
// ESM-only packages the code imports synchronously (feelin, the FEEL interpreter, and what it imports): compiled too
const transformIgnorePatterns = [
  '/node_modules/(?!(feelin|lezer-feel|@lezer|min-dash|temporal-polyfill|temporal-spec|temporal-utils)/)',
];
const common = {
  transform,
  transformIgnorePatterns,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
const onStack = {
  ...common,
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
};
module.exports = {
  // Tests on the real stack are bounded by their own waits (waitFor, locators); jest's 5 s failed them on a starved
  // machine. Jest reads this only here, not per project.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    // the interpreter workflow on its own local Temporal dev server (tests/support/workflow-env.ts), activities stubbed
    { ...common, displayName: 'workflows', testMatch: ['<rootDir>/tests/workflows/**/*.test.ts'] },
    { ...onStack, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...onStack, displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.test.ts'] },
    ...(process.env.OW_FAULTS === '1'
      ? [
          {
            ...onStack,
            displayName: 'faults',
            testMatch: ['<rootDir>/tests/faults/**/*.test.ts'],
            // tests/faults/cluster needs one process per Temporal service: only on such a stack (the cluster stage)
            testPathIgnorePatterns:
              process.env.OW_TEST_TEMPORAL === 'cluster-per-service'
                ? ['/node_modules/']
                : ['/node_modules/', '/tests/faults/cluster/'],
          },
        ]
      : []),
  ],
};
