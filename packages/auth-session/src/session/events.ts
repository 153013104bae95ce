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
  | (CallContext & {
      readonly type: 'request-retry';
      readonly attempt: number;
      readonly delayMs: number;
      readonly status?: number;
      readonly code?: RequestErrorCode;
    })
  | (CallContext & { readonly type: 'request-replay'; readonly status: 401 })
  /** A request waits its turn under the client's `rateLimit`. */
  | (CallContext & { readonly type: 'rate-limit-wait'; readonly delayMs: number })
  /** A call ended: its answer's status (or, without one, its failure), attempts and duration. */
  | (CallContext & {
      readonly type: 'request';
      readonly status?: number;
      readonly code?: RequestErrorCode;
      readonly attempt: number;
      readonly durationMs: number;
      /** The response's `X-Request-Id` (or `Request-Id`): what a provider's support asks for. */
      readonly requestId?: string;
    });

/** Which call an event is about: set whenever the client has a listener. */
export interface CallContext {
  readonly method?: string;
  /** The operation's path template (`/v1/calls/{id}`), or the URL's path outside the client. */
  readonly path?: string;
}

export type SessionEventListener = (event: SessionEvent) => void;

// A throwing listener is the listener's bug; it must not fail the request it observes.
export const eventEmitter =
  (listener?: SessionEventListener): SessionEventListener =>
  (event) => {
    try {
      listener?.(event);
    } catch {}
  };
