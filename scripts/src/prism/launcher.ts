import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { specBaseName } from '../list-specs.js';
import { loadSpec } from '../load-spec.js';
import { freePort } from './free-port.js';
import { prismCompatible } from './prism-compatible.js';

export interface PrismMock {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  readonly port: number;
}

export interface PrismFleet {
  readonly mocks: Record<string, PrismMock>;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const prismBin = () => {
  const manifest = require.resolve('@stoplight/prism-cli/package.json');
  const { bin } = require(manifest) as { bin: { prism: string } };
  return join(dirname(manifest), bin.prism);
};

// Every Prism this process started, so that an exit of any kind can still stop them.
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole group: Prism may fork helpers
  } catch {
    child.kill(signal);
  }
}

let hooked = false;
function stopAllOnExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const child of running) killGroup(child, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const child of running) killGroup(child, 'SIGKILL');
      process.kill(process.pid, signal); // re-raise: the default action ends the process
    });
  }
}

async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  log: () => string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`prism exited with code ${child.exitCode}:\n${log()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return; // any HTTP answer (even a 404 for "/") means it is serving
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw new Error(`prism did not answer on ${url} within ${timeoutMs} ms:\n${log()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    killGroup(child, 'SIGTERM');
  });
}

// The spec as Prism should see it: the original, or a compatible (or bundled, for a multi-file
// spec: the one document the contract checks read) copy in a temporary folder.
async function specForPrism(specPath: string): Promise<{ path: string; cleanup: () => void }> {
  const { document, bundled } = await loadSpec(specPath);
  const compatible = prismCompatible(document) ?? (bundled ? document : undefined);
  if (!compatible) return { path: specPath, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'apiclients-prism-'));
  const path = join(dir, `${specBaseName(basename(specPath))}.json`);
  writeFileSync(path, JSON.stringify(compatible));
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function startOne(
  name: string,
  specPath: string,
  timeoutMs: number,
): Promise<{ mock: PrismMock; child: ChildProcess }> {
  const spec = await specForPrism(specPath);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [prismBin(), 'mock', '--host', '127.0.0.1', '--port', String(port), spec.path],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  child.once('exit', spec.cleanup);
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(url, child, () => output, timeoutMs);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { mock: { name, url, port, pid: child.pid as number }, child };
}

/**
 * Starts one `prism mock` per spec on a free loopback port, waits until each answers, and returns
 * their URLs. `stop()` ends them all; so does the exit of this process, however it exits.
 */
export async function startPrism(
  specs: Record<string, string>,
  { timeoutMs = 60_000 } = {},
): Promise<PrismFleet> {
  stopAllOnExit();
  const started = await Promise.allSettled(
    Object.entries(specs).map(([name, path]) => startOne(name, path, timeoutMs)),
  );
  const children = started.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value.child] : [],
  );
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  const mocks: Record<string, PrismMock> = {};
  for (const result of started)
    if (result.status === 'fulfilled') mocks[result.value.mock.name] = result.value.mock;
  return { mocks, stop };
}
