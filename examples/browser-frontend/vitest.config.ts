import { configDefaults, defineConfig } from 'vitest/config';
import { testDefaults } from '../../vitest.shared.js';
import { chromiumInstalled, SKIPPED_MESSAGE } from './test/chromium.js';

// Without Chromium the browser suite is not collected at all: nothing in it can pass by default.
const browser = chromiumInstalled();
if (!browser) console.warn(SKIPPED_MESSAGE);

export default defineConfig({
  test: {
    ...testDefaults,
    exclude: [...configDefaults.exclude, ...(browser ? [] : ['test/browser.test.ts'])],
    globalSetup: ['test/global-setup.ts'],
    // Chromium, Prism and the backend start once per file; their first start is slow on 2 cores.
    hookTimeout: 60_000,
  },
});
