// The test settings every workspace package shares, and a client package's: those plus a Prism
// mock of its spec for test/contract.gen.test.ts. Plain JavaScript (typed by vitest.d.ts):
// vitest loads a config's imports from node_modules with Node itself, which runs no TypeScript.
import { fileURLToPath } from 'node:url';

// The JSON report is what `.ci/run` sums into its closing "N passed, N failed" line
// (scripts/src/test-summary.ts).
export const testDefaults = {
  include: ['test/**/*.test.ts'],
  reporters: ['default', 'json'],
  outputFile: { json: '.reports/vitest.json' },
  testTimeout: 30_000,
};

// Absolute, so that vitest finds it from any package's root.
export const prismSetup = fileURLToPath(new URL('./prism-setup.ts', import.meta.url));

export const clientTestConfig = () => ({
  test: { ...testDefaults, globalSetup: [prismSetup] },
});
