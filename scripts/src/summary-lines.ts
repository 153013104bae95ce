// The closing lines of a test run: what passed, what failed, and which suites did not run at all
// for want of a service, with why. Pure, so their wording is tested without running the suites.
import type { SkippedSuite } from '../../vitest.shared.js';

export type { SkippedSuite };

export interface Totals {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: readonly SkippedSuite[];
}

/** `0 suites skipped`, or `2 suites skipped (browser: chromium not installed; redis: …)`. */
export function skippedSuites(skipped: readonly SkippedSuite[]): string {
  const count = `${skipped.length} suite${skipped.length === 1 ? '' : 's'} skipped`;
  if (skipped.length === 0) return count;
  return `${count} (${skipped.map(({ suite, reason }) => `${suite}: ${reason}`).join('; ')})`;
}

/**
 * The last lines of the summary. For a person (`pnpm test`) the skips share the final line; for
 * CI (`.ci/run`), whose parser reads a final line of exactly `N passed, N failed`, they come on
 * the line before it.
 */
export function closingLines(totals: Totals, forCi: boolean): string[] {
  const counts = `${totals.passed} passed, ${totals.failed} failed`;
  const skips = skippedSuites(totals.skipped);
  return forCi ? [skips, counts] : [`${counts}, ${skips}`];
}

/** A package's `.reports/skipped.json`, checked: a malformed one is an error naming the file. */
export function parseSkipped(text: string, file: string): SkippedSuite[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
  const fields = ['suite', 'reason', 'message'] as const;
  if (!Array.isArray(value)) throw new Error(`${file}: expected an array of skipped suites`);
  value.forEach((entry: unknown, index) => {
    for (const field of fields)
      if (typeof (entry as Record<string, unknown> | null)?.[field] !== 'string')
        throw new Error(`${file}: /${index}/${field} must be a string`);
  });
  return value as SkippedSuite[];
}
