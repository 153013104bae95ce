import type { TokenStore } from '../store/token-store.js';
import type { Sleep } from '../timing/sleep.js';
import type { SessionEventListener } from './events.js';

/** What an `issue` function resolves with. `expiresIn` is in seconds. */
export interface IssuedToken {
  readonly accessToken: string;
  readonly expiresIn?: number;
  readonly tokenType?: string;
}

export interface RetryOptions {
  /** Attempts in all, the first included. Default 4. */
  readonly maxAttempts?: number;
  /** Backoff base: attempt n waits up to base * 2^(n-1), with full jitter. Default 500. */
  readonly baseDelayMs?: number;
  /** Cap of one backoff wait (a longer `Retry-After` is still honoured). Default 30 000. */
  readonly maxDelayMs?: number;
  /** No retry starts that would end later than this after the first attempt. Default 60 000. */
  readonly budgetMs?: number;
}

export interface TokenSessionOptions {
  /** Obtains a token. Throws AuthError; any other error counts as NETWORK (or ABORTED). */
  readonly issue: (context: { signal: AbortSignal }) => Promise<IssuedToken>;
  /** Identifies the token in the store. Default `'default'`. Never put a secret in it. */
  readonly key?: string;
  /** Default: a memory store of this session's own. */
  readonly store?: TokenStore;
  /** ms clock. Default `Date.now`. */
  readonly now?: () => number;
  /** Default: the smaller of 60 s and 10 % of the token's lifetime. */
  readonly refreshWindowMs?: number;
  /** Default: the smaller of 5 s and 5 % of the token's lifetime. */
  readonly expiryMarginMs?: number;
  readonly retry?: RetryOptions;
  readonly onEvent?: SessionEventListener;
  /** Source of jitter in [0, 1). Default `Math.random`; seed it in tests. */
  readonly random?: () => number;
  /** How backoff waits. Default: a timer cleared on abort; inject one in tests. */
  readonly sleep?: Sleep;
}

export interface TokenSession {
  /** Where the session's tokens are kept in its store: provider, base URL, identity; no secret. */
  readonly key?: string;
  getToken(options?: { signal?: AbortSignal; forceRefresh?: boolean }): Promise<string>;
  /**
   * The cached token if it may be sent now (starting the background refresh inside the window),
   * else undefined: then call `getToken`. Synchronous, for a request's hot path.
   */
  peekToken?(): string | undefined;
  /** Drops the cached token if it is `token`; without `token`, drops whatever is cached. */
  invalidate(token?: string): void;
}
