// The worker side of render-off-thread.ts: renders the contract test of the spec it is sent.
import { parentPort } from 'node:worker_threads';
import { type LoadedSpec, loadSpec } from '../load-spec.js';
import { SpecError } from '../spec-error.js';
import {
  type ContractRenderOptions,
  type ContractRenderResult,
  renderContractTest,
} from './render-contract-test.js';
import { type SourceStamp, type Speculation, stampOf } from './render-off-thread.js';

export interface ContractJob {
  readonly id: number;
  /** The spec as the main thread loaded it (a structured clone of it). */
  readonly spec: Pick<LoadedSpec, 'file' | 'document'>;
  readonly options: ContractRenderOptions;
  /** The single file it was read from, if any: a plan made ahead from it with this stamp serves. */
  readonly source?: SourceStamp;
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

type Outcome = { result: ContractRenderResult } | { error: ThreadError };

const plan = (
  spec: Pick<LoadedSpec, 'file' | 'document'>,
  options: ContractRenderOptions,
): Outcome => {
  try {
    return { result: renderContractTest(spec, options) };
  } catch (error) {
    return { error: asThreadError(error) };
  }
};

// Plans made ahead from a file (`prewarmContractWorker`), by stamp and options, each used once.
const ahead = new Map<string, Promise<Outcome | undefined>>();
const keyOf = (stamp: SourceStamp, options: ContractRenderOptions) =>
  JSON.stringify([stamp.path, stamp.size, stamp.mtimeMs, options]);

async function planAhead(
  { path, options }: Speculation,
  stamp: SourceStamp,
): Promise<Outcome | undefined> {
  // A spec that fails to load fails on the main thread too, which then never asks; a spec of
  // several files is stamped by its entry alone, so the main thread's copy is planned instead.
  const spec = await loadSpec(path, options.specPath).catch(() => undefined);
  if (!spec || spec.bundled) return undefined;
  const outcome = plan(spec, options);
  // Read while the file was being changed: not the bytes the stamp names.
  const after = stampOf(path);
  return after?.size === stamp.size && after.mtimeMs === stamp.mtimeMs ? outcome : undefined;
}

parentPort?.on('message', async (message: ContractJob | { speculation: Speculation }) => {
  if ('speculation' in message) {
    const stamp = stampOf(message.speculation.path);
    if (stamp)
      ahead.set(keyOf(stamp, message.speculation.options), planAhead(message.speculation, stamp));
    return;
  }
  const { id, spec, options, source } = message;
  const key = source && keyOf(source, options);
  const made = key === undefined ? undefined : await ahead.get(key);
  if (key !== undefined) ahead.delete(key);
  const outcome = made ?? plan(spec, options);
  parentPort?.postMessage({ id, ...outcome });
});
