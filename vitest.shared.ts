// Test settings shared by every workspace package. The JSON report is what `.ci/run` sums into
// its closing "N passed, N failed" line (scripts/src/test-summary.ts).
export const testDefaults = {
  include: ['test/**/*.test.ts'],
  reporters: ['default', 'json'],
  outputFile: { json: '.reports/vitest.json' },
  testTimeout: 30_000,
};
