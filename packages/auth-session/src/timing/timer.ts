import { ignore } from '../shared/ignore.js';
import type { Sleep } from './sleep.js';

/** Starts and cancels one-shot timers: plain timers on the hot path, a `Sleep` in tests. */
export interface Timer {
  start(ms: number, fire: () => void): unknown;
  cancel(handle: unknown): void;
  /** Whether the timer keeps the process alive: while a request waits on it, it must. */
  hold?(handle: unknown, held: boolean): void;
}

interface NodeTimeout {
  ref?: () => void;
  unref?: () => void;
}

// Started unref'd, and held only while an attempt is in flight: a fetch that answers nothing and
// holds no socket (a mock, a stalled custom fetch) must still reach its TIMEOUT rather than let
// the process exit under it, and a deadline shared by finished attempts must not keep a process
// alive. Past 2^31 - 1 ms a timer would fire at once, so such a deadline (Infinity) is none.
export const realTimer: Timer = {
  start: (ms, fire) => {
    if (!(ms < 2 ** 31)) return undefined;
    const handle = setTimeout(fire, ms);
    (handle as NodeTimeout).unref?.();
    return handle;
  },
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  hold: (handle, held) => (handle as NodeTimeout | undefined)?.[held ? 'ref' : 'unref']?.(),
};

/** A Timer over an injected `Sleep`, so that tests move time themselves. */
export const sleepTimer = (wait: Sleep): Timer => ({
  start: (ms, fire) => {
    const stop = new AbortController();
    wait(ms, stop.signal, true).then(fire, ignore);
    return stop;
  },
  cancel: (handle) => (handle as AbortController).abort(),
});
