import { configDefaults, defineConfig } from 'vitest/config';
import { recordSkip, testDefaults } from '../../vitest.shared.js';
import { chromiumInstalled, SKIPPED } from './test/chromium.js';

// Without Chromium the browser suite is not collected at all: nothing in it can pass by default.
// The skip is said now and recorded for the closing summary of `pnpm test`
// (scripts/src/test-summary.ts reads .reports/skipped.json).
const browser = chromiumInstalled();
recordSkip(import.meta.url, browser ? undefined : SKIPPED);

export default defineConfig({
  test: {
    ...testDefaults,
    exclude: [...configDefaults.exclude, ...(browser ? [] : ['test/browser.test.ts'])],
    globalSetup: ['test/global-setup.ts'],
    // Chromium, Prism and the backend start once per file; their first start is slow on 2 cores.
    hookTimeout: 60_000,
  },
});
