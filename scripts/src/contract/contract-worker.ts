// The worker side of render-off-thread.ts: renders the contract test of the spec it is sent.
import { parentPort } from 'node:worker_threads';
import type { LoadedSpec } from '../load-spec.js';
import { SpecError } from '../spec-error.js';
import { type ContractRenderOptions, renderContractTest } from './render-contract-test.js';

export interface ContractJob {
  readonly id: number;
  /** The spec as the main thread loaded it (a structured clone of it). */
  readonly spec: Pick<LoadedSpec, 'file' | 'document'>;
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

parentPort?.on('message', ({ id, spec, options }: ContractJob) => {
  try {
    parentPort?.postMessage({ id, result: renderContractTest(spec, options) });
  } catch (error) {
    parentPort?.postMessage({ id, error: asThreadError(error) });
  }
});
