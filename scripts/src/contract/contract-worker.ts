// The worker side of render-off-thread.ts: loads the spec itself (reading and parsing in
// parallel with the main thread, rather than the main thread cloning its copy over) and renders
// its contract test.
import { parentPort } from 'node:worker_threads';
import { loadSpec } from '../load-spec.js';
import { SpecError } from '../spec-error.js';
import { type ContractRenderOptions, renderContractTest } from './render-contract-test.js';

export interface ContractJob {
  readonly id: number;
  readonly file: string;
  readonly specPath: string;
  readonly options: ContractRenderOptions;
}

/** An error as it crosses threads: a SpecError keeps its parts, to be one again on the other side. */
export interface ThreadError {
  readonly message: string;
  readonly stack?: string;
  readonly spec?: { file: string; pointer: string; problem: string };
}

const asThreadError = (error: unknown): ThreadError =>
  error instanceof SpecError
    ? {
        message: error.message,
        ...(error.stack ? { stack: error.stack } : {}),
        spec: { file: error.file, pointer: error.pointer, problem: error.problem },
      }
    : error instanceof Error
      ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
      : { message: String(error) };

parentPort?.on('message', async ({ id, file, specPath, options }: ContractJob) => {
  try {
    const result = renderContractTest(await loadSpec(file, specPath), options);
    parentPort?.postMessage({ id, result });
  } catch (error) {
    parentPort?.postMessage({ id, error: asThreadError(error) });
  }
});
