/**
 * Waits `ms`; rejects with the signal's reason on abort. `background`: nothing but this wait
 * would keep the process alive (a deadline on a request whose socket already does), so the
 * timer is unref'd where the runtime has `unref`. Injectable so that tests never sleep.
 */
export type Sleep = (ms: number, signal?: AbortSignal, background?: boolean) => Promise<void>;

// On abort the timer is cleared at once: a pending wait must not keep a process alive. Timers
// wrap around past 2^31 - 1 ms and would fire at once, so a longer wait (Infinity) only ends
// on abort.
export const sleep: Sleep = (ms, signal, background) =>
  new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer =
      ms < 2 ** 31
        ? setTimeout(() => {
            signal?.removeEventListener('abort', stop);
            resolve();
          }, ms)
        : undefined;
    if (background) (timer as { unref?: () => void } | undefined)?.unref?.();
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop);
  });
