import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

describe('nothing left behind', () => {
  it('a process that used a session and dropped it exits on its own', async () => {
    // The fixture arms a 120 s backoff, a 60 s timeout and a 50 s Retry-After wait; the
    // watchdog fails the test long before any of them could end, so only cleared timers pass.
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/use-and-drop.ts'], {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const watchdog = setTimeout(() => child.kill(), 15_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearTimeout(watchdog);
    expect(output).toBe('request 200\ntoken ABORTED\nretry ABORTED\ndone\n');
    expect(code).toBe(0);
  });
});
