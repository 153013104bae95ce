import { AuthError } from '../errors/auth-error.js';
import { authErrorCode, parseRetryAfter } from '../errors/from-response.js';
import { requestIdOf } from '../errors/request-id.js';
import { createDeadlines, followingDeadline } from '../timing/deadlines.js';
import type { Sleep } from '../timing/sleep.js';
import { realTimer, sleepTimer } from '../timing/timer.js';

/** The shape of an openapi-fetch result. */
export interface EndpointResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

export interface TokenEndpointOptions {
  /** Named in messages: "Hashrails", "Volubile". */
  readonly provider: string;
  /** The session's signal: the issuance's own, aborted only when nobody waits any more. */
  readonly signal: AbortSignal;
  /** One attempt's limit; the session retries TIMEOUT. */
  readonly timeoutMs: number;
  /** Provider-specific detail for an error status, e.g. which fields a 400 rejected. Never a value. */
  readonly explain?: (status: number, body: unknown) => string | undefined;
  /** How the timeout waits. Default: a timer, cleared once the call settles; inject it in tests. */
  readonly sleep?: Sleep;
}

/**
 * Calls a token endpoint through a typed client and turns every way it can fail into an
 * AuthError a session knows how to retry (or not). The response body never reaches a message:
 * it may echo what was sent.
 */
export async function callTokenEndpoint<T>(
  call: (signal: AbortSignal) => Promise<EndpointResult<T>>,
  { provider, signal, timeoutMs, explain, sleep: wait }: TokenEndpointOptions,
): Promise<T> {
  // The same deadline an API call's attempt gets when its caller gave a signal.
  const timer = wait ? sleepTimer(wait) : realTimer;
  const attempt = followingDeadline(createDeadlines(timeoutMs, timer, false), signal);
  let result: EndpointResult<T>;
  try {
    // Raced: a fetch that ignores the signal (a stub, an instrumentation layer) must not stall
    // a body read past the deadline.
    result = await attempt.race(call(attempt.signal));
  } catch (error) {
    if (signal.aborted) throw new AuthError('ABORTED', { provider });
    if (attempt.signal.aborted) {
      throw new AuthError('TIMEOUT', {
        provider,
        message: `${provider} token request timed out after ${timeoutMs} ms`,
      });
    }
    if (error instanceof SyntaxError) {
      throw new AuthError('MALFORMED_RESPONSE', {
        provider,
        message: `${provider} token response is not JSON`,
      });
    }
    // The cause keeps class names and system error codes only (see safeCause): a fetch that
    // quotes its request in its message would otherwise hand out the secret in the body.
    throw new AuthError('NETWORK', {
      provider,
      cause: error,
      message: `${provider} token request failed: no response`,
    });
  } finally {
    attempt.release();
  }
  const { response } = result;
  const { status } = response;
  if (!response.ok) {
    const code = authErrorCode(status);
    const detail = explain?.(status, result.error);
    // What a provider's support asks for; a header value, never the body.
    const requestId = requestIdOf(response);
    throw new AuthError(code, {
      provider,
      status,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      ...(requestId ? { requestId } : {}),
      message: `${provider} token request failed: HTTP ${status} ${code}${detail ? `: ${detail}` : ''}${requestId ? ` (request id ${requestId})` : ''}`,
    });
  }
  return result.data as T;
}

/** A token response that does not carry what it must. */
export const malformed = (provider: string, what: string) =>
  new AuthError('MALFORMED_RESPONSE', { provider, message: `${provider} token response ${what}` });

/**
 * A token response's lifetime in seconds: undefined when the response gives none (the JWT `exp`
 * then decides), the number when it is positive. Anything else (0, negative, a string) is a
 * malformed response: a token that expires now must never be cached as one that never does.
 */
export function lifetime(value: unknown, provider: string): number | undefined {
  if (value == null) return undefined;
  if (typeof value === 'number' && value > 0 && value !== Number.POSITIVE_INFINITY) return value;
  throw malformed(provider, 'has a lifetime that is not a positive number of seconds');
}
