import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';
import { testDefaults } from '../../vitest.shared.js';
import { redisInstalled, SKIPPED_MESSAGE } from './test/support/redis-server.js';

// Without redis-server the suites that need it are not collected at all (nothing in them can pass
// by default), and the skip is said here and recorded for the closing summary of `pnpm test`
// (scripts/src/test-summary.ts reads .reports/skipped.txt).
const redis = redisInstalled();
const marker = new URL('./.reports/skipped.txt', import.meta.url);
if (redis) rmSync(marker, { force: true });
else {
  console.warn(SKIPPED_MESSAGE);
  mkdirSync(new URL('./.reports/', import.meta.url), { recursive: true });
  writeFileSync(marker, `${SKIPPED_MESSAGE}\n`);
}

export default defineConfig({
  test: {
    ...testDefaults,
    exclude: [...configDefaults.exclude, ...(redis ? [] : ['test/redis/**'])],
    // redis-server starts per file; on 2 busy cores its first start can be slow.
    hookTimeout: 30_000,
  },
});
