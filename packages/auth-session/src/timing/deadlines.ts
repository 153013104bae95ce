import type { Timer } from './timer.js';

// One reason for every timed-out attempt: a DOMException per timeout would build a stack each.
let timeoutReason: DOMException | undefined;
export const timedOut = () => {
  timeoutReason ??= new DOMException('The attempt timed out', 'TimeoutError');
  return timeoutReason;
};

// A real fetch's request follows the signal it is given with an abort listener, dropped only when
// the request is collected; undici warns past 1500 listeners on one signal.
const MAX_SHARED = 256;

/**
 * Per-attempt deadlines at a fraction of the cost. An AbortController and a timer per request are
 * the priciest part of a call in Node 20 (an AbortSignal is a transferable object), so attempts
 * that start within the same short window (2 % of the timeout, at most 1 s; at most 256 of them)
 * share one signal, aborted by one timer `timeoutMs` after the window closes: each attempt gets at
 * least `timeoutMs` and at most 2 % more. Aborting a finished request is a no-op, so the signal is
 * aborted whether or not its attempts are over, and nothing has to be released per attempt. The
 * timer is unref'd. `grouped: false` (tests on virtual time) gives every attempt its own signal.
 */
export function createDeadlines(timeoutMs: number, timer: Timer, grouped: boolean) {
  const window = grouped ? Math.min(1000, Math.max(1, timeoutMs / 50)) : 0;
  let current: AbortController | undefined;
  let opened = 0;
  let shared = 0;

  return {
    /** The signal of an attempt starting now. */
    next(): AbortSignal {
      if (!current || shared >= MAX_SHARED || !(Date.now() - opened < window)) {
        const controller = new AbortController();
        timer.start(timeoutMs + window, () => controller.abort(timedOut()));
        current = controller;
        opened = Date.now();
        shared = 0;
      }
      shared++;
      return current.signal;
    },
  };
}
