import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { LoadedSpec } from '../load-spec.js';
import { SpecError } from '../spec-error.js';
import type { ContractJob, ThreadError } from './contract-worker.js';
import type { ContractRenderOptions, ContractRenderResult } from './render-contract-test.js';

type Pending = {
  resolve: (result: ContractRenderResult) => void;
  reject: (error: Error) => void;
};

// One worker for the process, started on first use and kept: its JIT warms up over the specs of
// one `pnpm generate` like the main thread's does. It holds the process open only while it works.
let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function fromThread(error: ThreadError): Error {
  const rebuilt = error.spec
    ? new SpecError(error.spec.file, error.spec.pointer, error.spec.problem)
    : new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

// Every job still waiting fails with `error`; the next job starts a new worker.
function failAll(error: Error) {
  worker = undefined;
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function startWorker(): Worker {
  const started = new Worker(new URL('./contract-worker-boot.mjs', import.meta.url));
  started.on('message', ({ id, result, error }) => {
    const job = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) started.unref();
    if (error) job?.reject(fromThread(error));
    else job?.resolve(result);
  });
  started.on('error', failAll);
  started.on('exit', (code) => {
    if (pending.size > 0) failAll(new Error(`the contract worker exited (code ${code})`));
    else if (worker === started) worker = undefined;
  });
  return started;
}

/** The options a package's contract test is rendered with (`pnpm generate`'s). */
export const contractOptionsFor = (specPath: string, name: string): ContractRenderOptions => ({
  specPath,
  name,
  runtimeImport: '@apiclients/contract-kit/runtime',
});

/**
 * A spec file's size and modification time when it was read: a plan the worker made ahead from
 * the file is used only for a spec read with the same stamp (and the same options).
 */
export interface SourceStamp {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** Undefined for a file that cannot be read: `loadSpec` says why, naming it. */
export const stampOf = (path: string): SourceStamp | undefined => {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats && { path, size: stats.size, mtimeMs: stats.mtimeMs };
};

/** A spec the worker may plan from its file before it is asked to. */
export interface Speculation {
  /** The file to read. */
  readonly path: string;
  readonly options: ContractRenderOptions;
}

/**
 * Starts the worker now, unreferenced, so that it loads its modules (Ajv, the sampler; under tsx,
 * its TypeScript loader too) while this thread loads its own, and plans `ahead` from their files:
 * a CLI run then finds the plan of a large spec made by the time it has the spec's types. Idle,
 * the worker never holds the process open.
 */
export function prewarmContractWorker(ahead: readonly Speculation[] = []): void {
  worker ??= startWorker();
  for (const speculation of ahead) worker.postMessage({ speculation });
  if (pending.size === 0) worker.unref();
}

/**
 * `renderContractTest` on a worker thread: the contract plan (Ajv compiling the schemas every
 * request is checked against) runs while the main thread renders the types. The worker gets a
 * structured clone of the document, the same data `renderContractTest` would read here.
 */
export function renderContractTestOffThread(
  spec: LoadedSpec,
  options: ContractRenderOptions,
  /** Where `spec` was read from, and when: a plan made ahead from that file may serve. */
  source?: SourceStamp,
): Promise<ContractRenderResult> {
  worker ??= startWorker();
  worker.ref();
  const id = nextId++;
  const job: ContractJob = {
    id,
    spec: { file: spec.file, document: spec.document },
    options,
    ...(source && !spec.bundled ? { source } : {}),
  };
  const result = new Promise<ContractRenderResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
  });
  worker.postMessage(job);
  return result;
}
