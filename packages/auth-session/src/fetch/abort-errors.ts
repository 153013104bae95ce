import { RequestError } from '../errors/request-error.js';

/** Set on a response whose attempt follows a caller's signal: call it once the body is read. */
export const RELEASE = Symbol('apiclients.release');

// A caller's `AbortSignal.timeout()` is a deadline, and says so.
export const abortedError = (signal: AbortSignal) =>
  new RequestError(
    (signal.reason as { name?: unknown } | undefined)?.name === 'TimeoutError'
      ? 'TIMEOUT'
      : 'ABORTED',
  );

/**
 * What a body read that ended early means: the caller's abort (ABORTED, or TIMEOUT for its own
 * `AbortSignal.timeout()`), else the attempt's deadline (TIMEOUT). Undefined for any other error.
 */
export function endedRead(error: unknown, caller: AbortSignal | undefined) {
  const name = (error as { name?: unknown } | null)?.name;
  if (name !== 'AbortError' && name !== 'TimeoutError') return undefined;
  return caller?.aborted ? abortedError(caller) : new RequestError('TIMEOUT');
}
