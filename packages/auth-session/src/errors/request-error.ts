import { markSafe, safeCause } from './safe-cause.js';

export type RequestErrorCode = 'NETWORK' | 'TIMEOUT' | 'ABORTED';

/**
 * No usable response was obtained (HTTP error statuses are responses: they never become one).
 * `cause` summarises the fetch implementation's error by class names and system error codes
 * (`TypeError ← Error ECONNREFUSED`); its message is dropped, since it may quote the request.
 */
export class RequestError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return '@@apiclients/RequestError' in Object(value);
  }
  get '@@apiclients/RequestError'(): true {
    return true;
  }
  override readonly name = 'RequestError';

  constructor(
    readonly code: RequestErrorCode,
    cause?: unknown,
  ) {
    super(`No response: ${code}`, cause === undefined ? undefined : { cause: safeCause(cause) });
    markSafe(this);
  }
}
