import { parseRetryAfter } from '../errors/from-response.js';
import { RequestError } from '../errors/request-error.js';
import type { TokenStore } from '../store/token-store.js';

/** At most `requests` requests in any `perSeconds` seconds. */
export interface RateLimit {
  readonly requests: number;
  readonly perSeconds: number;
}

export interface RateLimiter {
  /** 0 when a request may go now (it is then counted), else the ms to wait before asking again. */
  take(): number | Promise<number>;
  /**
   * Waits until the request's turn, at most `timeoutMs` in all (then TIMEOUT: it would not have
   * been sent in time anyway); `wait` rejects on the caller's abort.
   */
  turn(
    wait: (ms: number) => Promise<void>,
    timeoutMs: number,
    onWait: (delayMs: number) => void,
  ): Promise<void>;
  /** Reads what the server says of its own count: a 429's `Retry-After`, `X-RateLimit-Remaining`. */
  observe(response: Response): void;
}

// Our count starts when a request is sent, the server's when it arrives: a little slack keeps
// the two windows from overlapping by the time a request takes on the way.
const SLACK_MS = 250;

/**
 * A sliding-window count of the requests sent: in this process, or fleet-wide through a store that
 * offers `acquireSlot` (a store that fails falls back to the local count, never to failing).
 * `key` names the account the limit belongs to in the store; without one, counting stays local.
 */
export function createRateLimiter(
  { requests, perSeconds }: RateLimit,
  store?: TokenStore,
  key?: string,
  now: () => number = Date.now,
): RateLimiter {
  const windowMs = perSeconds * 1000 + SLACK_MS;
  // Send times still inside the window, oldest first.
  const sent: number[] = [];
  let pausedUntil = 0;
  const local = () => {
    const time = now();
    while (sent.length && (sent[0] as number) <= time - windowMs) sent.shift();
    if (sent.length < requests) return sent.push(time) && 0;
    return (sent[0] as number) + windowMs - time;
  };
  const shared = key !== undefined && store?.acquireSlot ? store : undefined;
  const limiter: RateLimiter = {
    async turn(wait, timeoutMs, onWait) {
      for (let waited = 0; ; ) {
        const delayMs = await limiter.take();
        if (!delayMs) return;
        waited += delayMs;
        if (waited > timeoutMs) throw new RequestError('TIMEOUT');
        onWait(delayMs);
        await wait(delayMs);
      }
    },
    take: () => {
      const paused = pausedUntil - now();
      if (paused > 0) return paused;
      return shared
        ? Promise.resolve()
            .then(() =>
              (shared.acquireSlot as NonNullable<TokenStore['acquireSlot']>)(
                key as string,
                requests,
                windowMs,
              ),
            )
            .then((wait) => (Number.isFinite(wait) && wait >= 0 ? wait : local()), local)
        : local();
    },
    observe(response) {
      const headers = response.headers;
      const retryAfter = response.status === 429 && parseRetryAfter(headers.get('retry-after'));
      if (retryAfter) pausedUntil = Math.max(pausedUntil, now() + retryAfter);
      // The server counts the account's other users too: take no more than it says remain.
      const remaining = headers.get('x-ratelimit-remaining');
      if (remaining !== null && !shared) {
        const room = requests - sent.length - Number(remaining);
        for (let i = 0; i < room; i++) sent.push(now());
      }
    },
  };
  return limiter;
}
