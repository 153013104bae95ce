import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';
import { testDefaults } from '../../vitest.shared.js';
import { chromiumInstalled, SKIPPED_MESSAGE } from './test/chromium.js';

// Without Chromium the browser suite is not collected at all: nothing in it can pass by default.
// The skip is recorded for the closing summary of `pnpm test` (scripts/src/test-summary.ts).
const browser = chromiumInstalled();
const marker = new URL('./.reports/skipped.txt', import.meta.url);
if (browser) rmSync(marker, { force: true });
else {
  console.warn(SKIPPED_MESSAGE);
  mkdirSync(new URL('./.reports/', import.meta.url), { recursive: true });
  writeFileSync(marker, `${SKIPPED_MESSAGE}\n`);
}

export default defineConfig({
  test: {
    ...testDefaults,
    exclude: [...configDefaults.exclude, ...(browser ? [] : ['test/browser.test.ts'])],
    globalSetup: ['test/global-setup.ts'],
    // Chromium, Prism and the backend start once per file; their first start is slow on 2 cores.
    hookTimeout: 60_000,
  },
});
