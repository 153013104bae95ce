// Test settings shared by every workspace package. Their source is the contract kit's, which
// client packages import by name (@apiclients/contract-kit/vitest); the others import this file.
// The JSON report is what `.ci/run` sums into its closing "N passed, N failed" line
// (scripts/src/test-summary.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

export { testDefaults } from './tooling/contract-kit/src/vitest.js';

/** A suite a package leaves out for want of a service, as the closing summary reports it. */
export interface SkippedSuite {
  /** Short name for the summary's final line: `browser`, `redis`. */
  readonly suite: string;
  /** Why, in a few words: `chromium not installed`. */
  readonly reason: string;
  /** The full line said before the suites run, with the fix. */
  readonly message: string;
}

/**
 * Records (or, with no skip, clears) the package's `.reports/skipped.json`, which
 * scripts/src/test-summary.ts reads at the end of `pnpm test`. `configUrl`: the vitest config's
 * `import.meta.url`.
 */
export function recordSkip(configUrl: string, skip: SkippedSuite | undefined): void {
  const marker = new URL('./.reports/skipped.json', configUrl);
  if (!skip) {
    rmSync(marker, { force: true });
    return;
  }
  console.warn(skip.message);
  mkdirSync(new URL('./.reports/', configUrl), { recursive: true });
  writeFileSync(marker, `${JSON.stringify([skip], null, 2)}\n`);
}
