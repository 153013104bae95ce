import { parseRetryAfter } from '../errors/from-response.js';
import { RequestError } from '../errors/request-error.js';
import { ignore } from '../shared/ignore.js';
import type { TokenStore } from '../store/token-store.js';

/** At most `requests` requests in any `perSeconds` seconds. */
export interface RateLimit {
  readonly requests: number;
  readonly perSeconds: number;
}

/** Called once a counted request has been answered (or has failed): it has reached the server. */
export type Settle = () => void;

export interface RateLimiter {
  /**
   * A turn for one request: a `Settle` when it may go now (it is then counted: call the settle
   * once it is answered), else the ms to wait before asking again.
   */
  take(): number | Settle | Promise<number | Settle>;
  /**
   * Waits until the request's turn, at most `timeoutMs` in all (then TIMEOUT: it would not have
   * been sent in time anyway); `wait` rejects on the caller's abort.
   */
  turn(
    wait: (ms: number) => Promise<void>,
    timeoutMs: number,
    onWait: (delayMs: number) => void,
  ): Promise<Settle>;
  /** Reads what the server says of its own count: a 429's `Retry-After`, `X-RateLimit-Remaining`. */
  observe(response: Response): void;
}

// A request counts in the server's window from when it arrives, somewhere between our send and
// its answer: so ours runs from the answer (`Settle`). Until then it is in flight, and a turn
// that only an in-flight request could free is asked for again this soon.
export const IN_FLIGHT_POLL_MS = 100;

/** How long a failing store is asked again before the process counts alone. */
export const STORE_GRACE_MS = 1000;

/**
 * A sliding-window count of the requests sent: in this process, or fleet-wide through a store that
 * offers `acquireSlot` (a store that keeps failing for STORE_GRACE_MS falls back to the local
 * count, never to failing).
 * `key` names the account the limit belongs to in the store; without one, counting stays local.
 */
export function createRateLimiter(
  { requests, perSeconds }: RateLimit,
  store?: TokenStore,
  key?: string,
  now: () => number = Date.now,
): RateLimiter {
  const windowMs = perSeconds * 1000;
  // Each counted request: when it was answered, Infinity while in flight.
  let counted: { at: number }[] = [];
  let pausedUntil = 0;
  const local = (): number | Settle => {
    const time = now();
    counted = counted.filter((entry) => entry.at > time - windowMs);
    if (counted.length < requests) {
      const entry = { at: Number.POSITIVE_INFINITY };
      counted.push(entry);
      return () => {
        entry.at = now();
      };
    }
    const oldest = Math.min(...counted.map((entry) => entry.at));
    return oldest === Number.POSITIVE_INFINITY ? IN_FLIGHT_POLL_MS : oldest + windowMs - time;
  };
  const shared = key !== undefined && store?.acquireSlot ? store : undefined;
  // When the store first fails: a slow answer under load is asked again before this process
  // counts alone (which, across a fleet, lets the limit through once per process).
  let failingSince: number | undefined;
  const unshared = () => {
    failingSince ??= now();
    return now() - failingSince < STORE_GRACE_MS ? IN_FLIGHT_POLL_MS : local();
  };
  const limiter: RateLimiter = {
    async turn(wait, timeoutMs, onWait) {
      for (let waited = 0; ; ) {
        const turn = await limiter.take();
        if (typeof turn === 'function') return turn;
        waited += turn;
        if (waited > timeoutMs) throw new RequestError('TIMEOUT');
        onWait(turn);
        await wait(turn);
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
            .then((turn) => {
              failingSince = undefined;
              return typeof turn === 'function'
                ? // Settling is the store's business: its failure must not fail the request.
                  () => {
                    Promise.resolve().then(turn).catch(ignore);
                  }
                : Number.isFinite(turn) && turn > 0
                  ? turn
                  : local();
            }, unshared)
        : local();
    },
    observe(response) {
      const headers = response.headers;
      const retryAfter = response.status === 429 && parseRetryAfter(headers.get('retry-after'));
      if (retryAfter) pausedUntil = Math.max(pausedUntil, now() + retryAfter);
      // The server counts the account's other users too: take no more than it says remain.
      const remaining = headers.get('x-ratelimit-remaining');
      if (remaining !== null && !shared) {
        const room = requests - counted.length - Number(remaining);
        for (let i = 0; i < room; i++) counted.push({ at: now() });
      }
    },
  };
  return limiter;
}
