import { markSafe, safeCause } from './safe-cause.js';

export type AuthErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'FORBIDDEN'
  | 'BAD_REQUEST'
  | 'RATE_LIMITED'
  | 'SERVER_ERROR'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'MALFORMED_RESPONSE'
  | 'ABORTED';

export interface AuthErrorDetails {
  readonly status?: number | undefined;
  readonly retryAfterMs?: number | undefined;
  readonly provider?: string | undefined;
  /** The token endpoint's `X-Request-Id` (or `Request-Id`), when it answered with one. */
  readonly requestId?: string | undefined;
  /**
   * Kept as a summary only (class names and system error codes, see `safeCause`): a foreign
   * error's message may quote the request that carried a secret.
   */
  readonly cause?: unknown;
  /** Must not carry a secret. Default: the code, and the HTTP status if any. */
  readonly message?: string | undefined;
}

/**
 * Credentials could not be obtained. Built from a code, a status and a delay only, so that
 * neither its message nor `JSON.stringify(error)` can carry a token or a secret.
 */
export class AuthError extends Error {
  // `instanceof` that holds across copies of this package: its ESM and CJS builds loaded side by
  // side (one app `import`s, a dependency `require`s), or two versions. Each error class has a
  // getter named for it on its prototype, the same in every copy, and tests for it; written in
  // the class body, so that a bundler can still drop a class nobody uses.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return '@@apiclients/AuthError' in Object(value);
  }
  get '@@apiclients/AuthError'(): true {
    return true;
  }
  override readonly name = 'AuthError';
  declare readonly status?: number;
  declare readonly retryAfterMs?: number;
  declare readonly provider?: string;
  declare readonly requestId?: string;

  constructor(
    readonly code: AuthErrorCode,
    { message, cause, ...details }: AuthErrorDetails = {},
  ) {
    super(
      message ?? code + (details.status ? ` (HTTP ${details.status})` : ''),
      // An absent cause stays absent rather than showing as `[cause]: undefined`.
      cause === undefined ? undefined : { cause: safeCause(cause) },
    );
    Object.assign(this, details);
    markSafe(this);
  }
}
