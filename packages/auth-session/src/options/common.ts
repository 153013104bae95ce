import type { RateLimit } from '../fetch/rate-limit.js';
import type { SessionEventListener } from '../session/events.js';
import type { TokenStore } from '../store/token-store.js';
import type { Logger, LogLevel } from './logger.js';

/** Options every provider client takes. */
export interface CommonClientOptions {
  /** Overrides the spec's default server. An absolute http(s) URL. */
  baseUrl?: string | undefined;
  /** A fetch implementation (a test double, a proxy-aware fetch…). Defaults to the global fetch. */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request. */
  headers?: HeadersInit | undefined;
  /** Retries of a failed request (408, 429, 5xx, network) where retrying is safe. Default 2. */
  maxRetries?: number | undefined;
  /** Per attempt, in ms. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Refresh in the background this long before expiry. Default: min(60 s, 10 % of the lifetime). */
  refreshWindowMs?: number | undefined;
  /** Wait for a fresh token this long before expiry. Default: min(5 s, 5 % of the lifetime). */
  expiryMarginMs?: number | undefined;
  /** Where tokens are kept; share one to share tokens across clients or processes. Default: memory. */
  store?: TokenStore | undefined;
  /** Token and retry events, for logs and metrics. Never carries a token or a secret. */
  onEvent?: SessionEventListener | undefined;
  /**
   * Where to log requests, retries, replays and token issuance: `{ debug, info, warn, error }`
   * (console, pino, winston…). Off by default; `console` when only `logLevel` is given.
   */
  logger?: Logger | undefined;
  /** The least level logged. Default `'info'` once `logger` is given; `'off'` logs nothing. */
  logLevel?: LogLevel | undefined;
  /** Allow a secret (clientSecret, apiKey) where `window` and `document` exist. Default false. */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** The backend entries' `rateLimit` option (a browser cannot keep its account's count). */
export interface RateLimitOption {
  /**
   * Keep under the provider's rate: requests wait their turn (within `timeoutMs`) instead of
   * collecting 429s. `true`: the limit the spec declares. Counted in this process, or across a
   * fleet when `store` counts too (`@apiclients/redis-store`). Default off.
   */
  rateLimit?: boolean | RateLimit | undefined;
}
