import type { AuthErrorCode } from '../errors/auth-error.js';
import type { RequestErrorCode } from '../errors/request-error.js';

/** What the session and the authenticated fetch report. Never a token, never a secret. */
export type SessionEvent =
  | { readonly type: 'issue-start'; readonly attempt: number; readonly background: boolean }
  | { readonly type: 'issue-success'; readonly attempt: number; readonly expiresAt?: number }
  | {
      readonly type: 'issue-failure';
      readonly attempt: number;
      readonly code: AuthErrorCode;
      readonly status?: number;
      readonly willRetry: boolean;
      readonly delayMs?: number;
    }
  | { readonly type: 'refresh-background-failure'; readonly code: AuthErrorCode }
  | { readonly type: 'token-invalidated' }
  | { readonly type: 'store-failure'; readonly operation: 'get' | 'set' | 'delete' | 'lease' }
  | {
      readonly type: 'request-retry';
      readonly attempt: number;
      readonly delayMs: number;
      readonly status?: number;
      readonly code?: RequestErrorCode;
    }
  | { readonly type: 'request-replay'; readonly status: 401 }
  /** A request waits its turn under the client's `rateLimit`. */
  | { readonly type: 'rate-limit-wait'; readonly delayMs: number };

export type SessionEventListener = (event: SessionEvent) => void;

// A throwing listener is the listener's bug; it must not fail the request it observes.
export const eventEmitter =
  (listener?: SessionEventListener): SessionEventListener =>
  (event) => {
    try {
      listener?.(event);
    } catch {}
  };
