// A fleet of worker processes (worker.ts), each its own Node process with its own Redis
// connection, driven by the test over IPC. Killed on stop() and on process exit.
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Command, Setup, Tally } from './protocol.js';

// Bundled once into one CommonJS file: eight processes loading TypeScript through tsx cost 20 s of
// CPU on a busy two-core machine, one prebuilt file a tenth of that.
async function bundleWorker() {
  const dir = mkdtempSync(join(tmpdir(), 'redis-store-fleet-'));
  const file = join(dir, 'worker.cjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: file,
    logLevel: 'warning',
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

interface Worker {
  readonly child: ChildProcess;
  request<T>(command: Command): Promise<T>;
  /** Issuances this worker started (its session's issue-start events), as they happen. */
  issuing: number;
}

async function spawnWorker(file: string, onIssue: (worker: Worker) => void): Promise<Worker> {
  const child = fork(file, [], { stdio: 'inherit' });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let serial = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  const worker: Worker = {
    child,
    issuing: 0,
    request: <T>(command: Command) =>
      new Promise<T>((resolve, reject) => {
        if (child.exitCode !== null || child.signalCode !== null)
          return reject(new Error('worker has exited'));
        const id = ++serial;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, command });
      }),
  };
  child.on('exit', () => {
    for (const { reject } of pending.values()) reject(new Error('worker exited'));
    pending.clear();
  });
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on(
      'message',
      (message: { type: string; id?: number; result?: unknown; error?: string }) => {
        if (message.type === 'started') resolve();
        else if (message.type === 'issue-start') {
          worker.issuing++;
          onIssue(worker);
        } else if (message.type === 'reply' && message.id !== undefined) {
          const waiter = pending.get(message.id);
          pending.delete(message.id);
          if (message.error) waiter?.reject(new Error(`worker failed: ${message.error}`));
          else waiter?.resolve(message.result);
        }
      },
    );
  });
  return worker;
}

export type Fleet = Awaited<ReturnType<typeof startFleet>>;

export async function startFleet(size: number) {
  const listeners = new Set<(worker: Worker) => void>();
  const onIssue = (worker: Worker) => {
    for (const listener of listeners) listener(worker);
  };
  const bundle = await bundleWorker();
  const workers = await Promise.all(
    Array.from({ length: size }, () => spawnWorker(bundle.file, onIssue)),
  );
  const alive = () => workers.filter((w) => w.child.exitCode === null && !w.child.signalCode);
  return {
    workers,
    alive,
    /** Every live worker set up the same way (its own connection and client). */
    setup: (setup: Omit<Setup, 'type'>) =>
      Promise.all(alive().map((w) => w.request({ type: 'setup', ...setup }))),
    all: <T = Tally>(command: Command) => Promise.all(alive().map((w) => w.request<T>(command))),
    /** The next worker to start an issuance. */
    nextIssuer: () =>
      new Promise<Worker>((resolve) => {
        const listener = (worker: Worker) => {
          listeners.delete(listener);
          resolve(worker);
        };
        listeners.add(listener);
      }),
    /** Each worker closes its connection; replaced workers and dead ones are skipped. */
    teardown: () => Promise.all(alive().map((w) => w.request({ type: 'teardown' }))),
    /** A worker killed and replaced by a fresh process (not set up). */
    async replace(worker: Worker) {
      if (worker.child.exitCode === null && !worker.child.signalCode) worker.child.kill('SIGKILL');
      workers[workers.indexOf(worker)] = await spawnWorker(bundle.file, onIssue);
    },
    async stop() {
      await Promise.all(
        workers.map(async (w) => {
          if (w.child.exitCode !== null || w.child.signalCode) return;
          const exited = new Promise((resolve) => w.child.once('exit', resolve));
          w.child.kill('SIGKILL');
          await exited;
        }),
      );
      bundle.remove();
    },
  };
}

/** Sums tallies from every worker. */
export function total(tallies: readonly Tally[]) {
  const sum: Tally = { statuses: {}, errors: [], foreign: 0 };
  for (const tally of tallies) {
    for (const [status, count] of Object.entries(tally.statuses))
      sum.statuses[Number(status)] = (sum.statuses[Number(status)] ?? 0) + count;
    sum.errors.push(...tally.errors);
    sum.foreign += tally.foreign;
  }
  return sum;
}
