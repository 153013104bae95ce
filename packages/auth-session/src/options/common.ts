import type { SessionEventListener } from '../session/events.js';
import type { TokenStore } from '../store/token-store.js';

/** Options every provider client takes. */
export interface CommonClientOptions {
  /** Overrides the spec's default server. An absolute http(s) URL. */
  baseUrl?: string;
  /** A fetch implementation (a test double, a proxy-aware fetch…). Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: HeadersInit;
  /** Retries of a failed request (408, 429, 5xx, network) where retrying is safe. Default 2. */
  maxRetries?: number;
  /** Per attempt, in ms. Default 60 000. */
  timeoutMs?: number;
  /** Refresh in the background this long before expiry. Default: min(60 s, 10 % of the lifetime). */
  refreshWindowMs?: number;
  /** Wait for a fresh token this long before expiry. Default: min(5 s, 5 % of the lifetime). */
  expiryMarginMs?: number;
  /** Where tokens are kept; share one to share tokens across clients or processes. Default: memory. */
  store?: TokenStore;
  /** Token and retry events, for logs and metrics. Never carries a token or a secret. */
  onEvent?: SessionEventListener;
  /** Allow a secret (clientSecret, apiKey) where `window` and `document` exist. Default false. */
  dangerouslyAllowBrowser?: boolean;
}
