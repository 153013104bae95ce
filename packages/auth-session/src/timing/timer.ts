import { ignore } from '../shared/ignore.js';
import type { Sleep } from './sleep.js';

/** Starts and cancels one-shot timers: plain timers on the hot path, a `Sleep` in tests. */
export interface Timer {
  start(ms: number, fire: () => void): unknown;
  cancel(handle: unknown): void;
}

// Unref'd: a deadline never keeps a process alive (a request in flight has its own socket).
// Past 2^31 - 1 ms a timer would fire at once, so such a deadline (Infinity) is none.
export const realTimer: Timer = {
  start: (ms, fire) => {
    if (!(ms < 2 ** 31)) return undefined;
    const handle = setTimeout(fire, ms);
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
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
