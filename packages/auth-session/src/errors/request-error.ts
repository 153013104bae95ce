export type RequestErrorCode = 'NETWORK' | 'TIMEOUT' | 'ABORTED';

/**
 * No usable response was obtained (HTTP error statuses are responses: they never become one).
 * `cause` is the fetch implementation's own error, which describes the connection (host, port,
 * TLS), never the request headers where credentials travel.
 */
export class RequestError extends Error {
  override readonly name = 'RequestError';

  constructor(
    readonly code: RequestErrorCode,
    cause?: unknown,
  ) {
    super(`No response: ${code}`, cause === undefined ? undefined : { cause });
  }
}
