// The build before the demo, without turbo's banner (its version, the packages in scope, the
// cache mode) and closing table: on success one line says what was built; on failure everything
// turbo said is shown, then why the demo did not start. turbo has no flag for the banner, so its
// output is held back until the exit code says whether anyone needs it.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface QuietRun {
  /** The exit code; null for a child ended by a signal. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** stdout and stderr together, in the order they arrived. */
  readonly output: string;
}

/**
 * Runs a command with its output captured, never printed. Both streams go to one file descriptor,
 * so that the output keeps the order the command wrote it in (two pipes interleave by chance).
 */
export function runQuietly(command: string, args: readonly string[], cwd: string) {
  return new Promise<QuietRun>((resolve, reject) => {
    const dir = mkdtempSync(join(tmpdir(), 'apiclients-build-'));
    const file = join(dir, 'output.log');
    const fd = openSync(file, 'w');
    let output: string | undefined;
    // Once: a command that cannot start emits both 'error' and 'close'.
    const done = () => {
      if (output === undefined) {
        closeSync(fd);
        output = readFileSync(file, 'utf8');
        rmSync(dir, { recursive: true, force: true });
      }
      return output;
    };
    const child = spawn(command, args, { cwd, stdio: ['ignore', fd, fd] });
    child.once('error', (error) => {
      done();
      reject(error);
    });
    child.once('close', (code, signal) => resolve({ code, signal, output: done() }));
  });
}

// Colour codes, in case turbo thinks it writes to a terminal.
const plain = (text: string) =>
  text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');

/** `Built the packages (turbo run build: 7 tasks, 7 from cache)`, from turbo's closing table. */
export function builtLine(output: string): string {
  const text = plain(output);
  const tasks = /Tasks:\s+(\d+) successful, (\d+) total/.exec(text);
  const cached = /Cached:\s+(\d+) cached/.exec(text);
  if (!tasks) return 'Built the packages (turbo run build)';
  const fromCache = cached ? `, ${cached[1]} from cache` : '';
  return `Built the packages (turbo run build: ${tasks[2]} tasks${fromCache})`;
}

/** What to print and the exit code, for a finished build. */
export function buildReport(
  command: string,
  run: QuietRun,
): { stdout: string; stderr: string; exitCode: number } {
  if (run.code === 0) return { stdout: `${builtLine(run.output)}\n`, stderr: '', exitCode: 0 };
  const how = run.code === null ? `was stopped by ${run.signal}` : `exited ${run.code}`;
  return {
    stdout: '',
    stderr: `${run.output}${run.output.endsWith('\n') || run.output === '' ? '' : '\n'}✗ build failed: ${command} ${how}; the demo did not start\n`,
    exitCode: run.code || 1,
  };
}
