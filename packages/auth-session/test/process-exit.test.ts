import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

async function run(fixture: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', `test/fixtures/${fixture}`], {
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
  return { output, code };
}

describe('nothing left behind', () => {
  it('a process that used a session and dropped it exits on its own', async () => {
    // The fixture arms a 120 s backoff, a 60 s timeout and a 50 s Retry-After wait; the
    // watchdog fails the test long before any of them could end, so only cleared timers pass.
    expect(await run('use-and-drop.ts')).toEqual({
      output: 'request 200\ntoken ABORTED\nretry ABORTED\ndone\n',
      code: 0,
    });
  });

  it('a stalled fetch that holds nothing open still times out, and then the process exits', async () => {
    // Exit code 13 (an unsettled top-level await) if the deadline let the process end first;
    // the watchdog's kill if the 60 s deadline of the answered requests held it.
    expect(await run('stalled-fetch.ts')).toEqual({
      output: 'stalled TIMEOUT\nanswered 200 200 200\ndone\n',
      code: 0,
    });
  });
});
