import { ignore } from '../shared/ignore.js';
import type { Sleep } from './sleep.js';

/**
 * The signal of one attempt: it aborts when the caller's `signal` does, or after `timeoutMs`.
 * Call `settle` once the attempt is over, so that a long-lived caller signal does not collect a
 * listener per attempt and no timer outlives the attempt. The timer goes through `wait`, so that
 * a timeout of 2^31 ms or more (`Infinity`) never fires and tests control time.
 */
export function attemptSignal(signal: AbortSignal, timeoutMs: number, wait: Sleep) {
  const attempt = new AbortController();
  const timer = new AbortController();
  const abort = () => attempt.abort(signal.reason);
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort);
  // A deadline, not a reason to stay alive: the request's own socket keeps the process up.
  wait(timeoutMs, timer.signal, true).then(() => attempt.abort(), ignore);
  const settle = () => {
    signal.removeEventListener('abort', abort);
    timer.abort();
  };
  return [attempt.signal, settle] as const;
}
