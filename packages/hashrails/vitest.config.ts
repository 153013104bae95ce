import { defineConfig } from 'vitest/config';
import { testDefaults } from '../../vitest.shared.js';

export default defineConfig({
  // A Prism mock of this package's spec, for test/contract.gen.test.ts.
  test: { ...testDefaults, globalSetup: ['../../scripts/src/prism/global-setup.ts'] },
});
