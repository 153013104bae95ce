import { configDefaults, defineConfig } from 'vitest/config';
import { recordSkip, testDefaults } from '../../vitest.shared.js';
import { redisInstalled, SKIPPED } from './test/support/redis-server.js';

// Without redis-server the suites that need it are not collected at all (nothing in them can pass
// by default), and the skip is said now and recorded for the closing summary of `pnpm test`
// (scripts/src/test-summary.ts reads .reports/skipped.json).
const redis = redisInstalled();
recordSkip(import.meta.url, redis ? undefined : SKIPPED);

export default defineConfig({
  test: {
    ...testDefaults,
    exclude: [...configDefaults.exclude, ...(redis ? [] : ['test/redis/**'])],
    // redis-server starts per file; on 2 busy cores its first start can be slow.
    hookTimeout: 30_000,
  },
});
