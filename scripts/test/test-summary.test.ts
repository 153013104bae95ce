// The closing lines of `pnpm test` and `.ci/run`: counts, and the suites skipped for want of a
// service with why; CI's last line stays exactly "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SKIPPED as BROWSER_SKIPPED } from '../../examples/browser-frontend/test/chromium.js';
import { SKIPPED as REDIS_SKIPPED } from '../../packages/redis-store/test/support/redis-server.js';
import { recordSkip } from '../../vitest.shared.js';
import { summarize } from '../src/summarize-reports.js';
import { closingLines, parseSkipped, skippedSuites } from '../src/summary-lines.js';
import { makeTree } from './fixture.js';

const browser = { suite: 'browser', reason: 'chromium not installed', message: 'SKIPPED browser…' };
const redis = { suite: 'redis', reason: 'redis-server not installed', message: 'Redis suite…' };

describe('closingLines', () => {
  it('says that no suite was skipped', () => {
    expect(closingLines({ passed: 932, failed: 0, skipped: [] }, false)).toEqual([
      '932 passed, 0 failed, 0 suites skipped',
    ]);
  });

  it('names each skipped suite and why, on the final line', () => {
    expect(closingLines({ passed: 900, failed: 1, skipped: [browser] }, false)).toEqual([
      '900 passed, 1 failed, 1 suite skipped (browser: chromium not installed)',
    ]);
    expect(closingLines({ passed: 900, failed: 0, skipped: [browser, redis] }, false)).toEqual([
      '900 passed, 0 failed, 2 suites skipped (browser: chromium not installed; redis: redis-server not installed)',
    ]);
  });

  it('for CI, puts the skips on the line before a final "N passed, N failed"', () => {
    expect(closingLines({ passed: 932, failed: 0, skipped: [] }, true)).toEqual([
      '0 suites skipped',
      '932 passed, 0 failed',
    ]);
    const lines = closingLines({ passed: 900, failed: 2, skipped: [browser, redis] }, true);
    expect(lines).toEqual([
      '2 suites skipped (browser: chromium not installed; redis: redis-server not installed)',
      '900 passed, 2 failed',
    ]);
    expect(lines.at(-1)).toMatch(/^\d+ passed, \d+ failed$/);
  });

  it('reads the skips the two packages record', () => {
    expect(skippedSuites([BROWSER_SKIPPED, REDIS_SKIPPED])).toBe(
      '2 suites skipped (browser: chromium not installed; redis: redis-server not installed)',
    );
  });
});

describe('parseSkipped', () => {
  it('reads what recordSkip writes', () => {
    expect(parseSkipped(JSON.stringify([redis]), 'x/skipped.json')).toEqual([redis]);
  });

  it('names the file and the field of a malformed record', () => {
    expect(() => parseSkipped('SKIPPED browser tests', 'a/skipped.json')).toThrow(
      /^a\/skipped\.json: not JSON/,
    );
    expect(() => parseSkipped('{}', 'a/skipped.json')).toThrow(
      'a/skipped.json: expected an array of skipped suites',
    );
    expect(() => parseSkipped('[{"suite":"redis","reason":3}]', 'a/skipped.json')).toThrow(
      'a/skipped.json: /0/reason must be a string',
    );
  });
});

describe('recordSkip', () => {
  it('writes what parseSkipped reads, says it, and clears it once the suite runs', () => {
    const tree = makeTree({ 'vitest.config.ts': '' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const config = pathToFileURL(join(tree.root, 'vitest.config.ts')).href;
      const marker = join(tree.root, '.reports/skipped.json');
      recordSkip(config, redis);
      expect(warn).toHaveBeenCalledWith(redis.message);
      expect(parseSkipped(readFileSync(marker, 'utf8'), marker)).toEqual([redis]);
      recordSkip(config, undefined);
      expect(existsSync(marker)).toBe(false);
    } finally {
      warn.mockRestore();
      tree.dispose();
    }
  });
});

describe('summarize, over a checkout’s reports', () => {
  const report = (passed: number, failed: number) =>
    JSON.stringify({ numPassedTests: passed, numFailedTests: failed, testResults: [] });
  let dispose = () => {};
  afterEach(() => dispose());

  it('sums the reports and ends with the skips, for a person and for CI', async () => {
    const tree = makeTree({
      'scripts/.reports/vitest.json': report(10, 0),
      'packages/redis-store/.reports/vitest.json': report(5, 1),
      'packages/redis-store/.reports/skipped.json': JSON.stringify([redis]),
      'examples/browser-frontend/.reports/vitest.json': report(3, 0),
      'examples/browser-frontend/.reports/skipped.json': JSON.stringify([browser]),
    });
    dispose = tree.dispose;
    const lines = await summarize(tree.root);
    expect(lines).toContain('SKIPPED: Redis suite…');
    expect(lines).toContain('SKIPPED: browser…');
    // Packages first, then examples: the order the directories are read in.
    expect(lines.at(-1)).toBe(
      '18 passed, 1 failed, 2 suites skipped (redis: redis-server not installed; browser: chromium not installed)',
    );
    expect((await summarize(tree.root, '2')).slice(-2)).toEqual([
      '2 suites skipped (redis: redis-server not installed; browser: chromium not installed)',
      '18 passed, 3 failed',
    ]);
  });

  it('counts an unreadable skip record as a failure, naming the file', async () => {
    const tree = makeTree({
      'packages/redis-store/.reports/vitest.json': report(5, 0),
      'packages/redis-store/.reports/skipped.json': 'Redis suite skipped',
    });
    dispose = tree.dispose;
    const lines = await summarize(tree.root);
    expect(lines).toContainEqual(
      expect.stringMatching(/^FAILED: packages\/redis-store\/\.reports\/skipped\.json: not JSON/),
    );
    expect(lines.at(-1)).toBe('5 passed, 1 failed, 0 suites skipped');
  });
});
