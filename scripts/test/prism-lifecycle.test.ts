import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alive, listening } from './process-probes.js';

const child = join(import.meta.dirname, 'fixtures/prism-child.ts');

function start(mode: string): {
  process: ChildProcess;
  started: Promise<{ pid: number; port: number }>;
} {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, mode], {
    cwd: join(import.meta.dirname, '..'),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const started = new Promise<{ pid: number; port: number }>((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0] as string));
    });
    proc.once('exit', (code) => reject(new Error(`child exited (${code}) before reporting`)));
  });
  return { process: proc, started };
}

const exited = (proc: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve(proc.exitCode);
    else proc.once('exit', (code) => resolve(code));
  });

async function gone(pid: number, port: number) {
  // The kill is sent before the parent exits; give the kernel a moment to reap.
  for (let i = 0; i < 50 && (alive(pid) || (await listening(port))); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { alive: alive(pid), listening: await listening(port) };
}

describe('the Prism launcher leaves nothing behind', () => {
  for (const mode of ['stop', 'crash', 'wait'] as const) {
    const how = {
      stop: 'after stop()',
      crash: 'after an uncaught error',
      wait: 'on Ctrl-C (SIGINT)',
    }[mode];
    it(how, async () => {
      const { process: proc, started } = start(mode);
      const { pid, port } = await started;
      expect(alive(pid)).toBe(true);
      expect(await listening(port)).toBe(true);
      // Only now, with both seen up, may the child end.
      if (mode === 'wait') proc.kill('SIGINT');
      else proc.stdin?.write('go\n');
      await exited(proc);
      expect(await gone(pid, port)).toEqual({ alive: false, listening: false });
    });
  }
});
