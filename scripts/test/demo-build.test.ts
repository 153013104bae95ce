// `pnpm demo`'s build step: silent about turbo's banner and table when the build passes, loud
// with everything turbo said when it fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, builtLine, runQuietly } from '../src/demo/build-quietly.js';

const root = join(import.meta.dirname, '../..');

// What turbo 2 prints around a passing build with --output-logs=errors-only.
const TURBO_BANNER = [
  '',
  '   • turbo 2.11.11',
  '   • Packages in scope: @apiclients/auth-session, @apiclients/blips',
  '   • Running build in 8 packages',
  '   • Remote caching disabled',
  '',
  ' Tasks:    7 successful, 7 total',
  'Cached:    5 cached, 7 total',
  '  Time:    51ms >>> FULL TURBO',
  '',
].join('\n');

const node = (script: string) => runQuietly(process.execPath, ['-e', script], root);

describe('the demo build', () => {
  it('prints one line, not the banner, when the build passes', async () => {
    const run = await node(`process.stdout.write(${JSON.stringify(TURBO_BANNER)})`);
    expect(run).toMatchObject({ code: 0, output: TURBO_BANNER });
    expect(buildReport('turbo run build', run)).toEqual({
      stdout: 'Built the packages (turbo run build: 7 tasks, 5 from cache)\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('shows everything turbo said, in order, and why the demo did not start, when it fails', async () => {
    const run = await node(
      "console.log('• turbo 2.11.11'); console.error('src/client.ts(3,1): error TS1005'); console.log(' Tasks: 3 successful, 4 total'); process.exit(2)",
    );
    const report = buildReport('turbo run build', run);
    expect(report.exitCode).toBe(2);
    expect(report.stdout).toBe('');
    expect(report.stderr).toBe(
      [
        '• turbo 2.11.11',
        'src/client.ts(3,1): error TS1005',
        ' Tasks: 3 successful, 4 total',
        '✗ build failed: turbo run build exited 2; the demo did not start',
        '',
      ].join('\n'),
    );
  });

  it('fails, saying so, when the build is stopped by a signal', async () => {
    const run = await node("process.kill(process.pid, 'SIGTERM')");
    expect(buildReport('turbo run build', run)).toEqual({
      stdout: '',
      stderr: '✗ build failed: turbo run build was stopped by SIGTERM; the demo did not start\n',
      exitCode: 1,
    });
  });

  it('rejects when the command cannot be started', async () => {
    await expect(runQuietly(join(root, 'no-such-turbo'), [], root)).rejects.toThrow(/ENOENT/);
  });

  it('says what it can when turbo prints no table', () => {
    expect(builtLine('')).toBe('Built the packages (turbo run build)');
  });

  it('is what `pnpm demo` runs before the tour, instead of a bare turbo', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.demo).toBe('tsx scripts/src/demo/build.ts && tsx scripts/src/demo/run.ts');
  });
});
