import { parseRetryAfter } from '../errors/from-response.js';
import { RequestError } from '../errors/request-error.js';
import type { Credential } from '../security/credential.js';
import { credentialResolver } from '../security/credential-resolver.js';
import type { ApiSecurityDescription } from '../security/types.js';
import { eventEmitter, type SessionEventListener } from '../session/events.js';
import { ignore } from '../shared/ignore.js';
import { attemptSignal } from '../timing/attempt-signal.js';
import { backoff } from '../timing/backoff.js';
import { type Sleep, sleep } from '../timing/sleep.js';
import { guardBody } from './guard-body.js';
import { isRetriedStatus, mayRepeat } from './retry-policy.js';

export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

export interface AuthFetchOptions {
  /** The generated security data of the API (`src/generated/operations.ts`). */
  readonly api: ApiSecurityDescription;
  /** A credential per security scheme name the client can satisfy. */
  readonly credentials: Readonly<Record<string, Credential | undefined>>;
  /** Defaults to the global `fetch`, looked up at call time. */
  readonly fetch?: FetchLike;
  /** Retries after the first attempt, for 408/429/500/502/503/504 and network errors. Default 2. */
  readonly maxRetries?: number;
  /** Per attempt, from sending the request to the end of its response body. Default 60 000. */
  readonly timeoutMs?: number;
  readonly onEvent?: SessionEventListener;
  /** Source of jitter in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
  /** How retry delays and timeouts wait. Default: timers, cleared as soon as they are moot. */
  readonly sleep?: Sleep;
}

// A caller's `AbortSignal.timeout()` is a deadline, and says so.
const aborted = (signal: AbortSignal) =>
  new RequestError(
    (signal.reason as { name?: unknown } | undefined)?.name === 'TimeoutError'
      ? 'TIMEOUT'
      : 'ABORTED',
  );

/**
 * A fetch that attaches exactly the credentials the spec asks for, replays once on a 401 with a
 * fresh token, and retries what is safe to retry. HTTP errors come back as responses; it rejects
 * only without a usable response: RequestError, or the AuthError of a credential.
 */
export function createAuthFetch(options: AuthFetchOptions): FetchLike {
  const credentialsFor = credentialResolver(options.api, options.credentials);
  const {
    fetch: send = (input, init) => globalThis.fetch(input, init),
    maxRetries = 2,
    timeoutMs = 60_000,
    random,
    sleep: wait = sleep,
  } = options;
  const emit = eventEmitter(options.onEvent);

  return async (request, init) => {
    const chosen = credentialsFor(request);
    const { signal } = request;
    const repeatable = mayRepeat(request);
    // Read once, from a clone so that the caller's request stays whole: every retry and the
    // 401 replay then send the same bytes with the same headers (a FormData boundary lives in
    // the content-type, which is copied along).
    const body = request.body ? await request.clone().arrayBuffer() : undefined;
    let replayed = false;

    for (let retries = 0; ; ) {
      const headers = new Headers(request.headers);
      const applied: [Credential, string][] = [];
      try {
        for (const credential of chosen) {
          const { headers: add, token } = await credential.apply({ signal });
          for (const name in add) headers.set(name, add[name] as string);
          if (token !== undefined) applied.push([credential, token]);
        }
      } catch (error) {
        // A credential's own failure (an AuthError) is the caller's answer, unless it aborted.
        throw signal.aborted ? aborted(signal) : error;
      }

      const [attempt, settle] = attemptSignal(signal, timeoutMs, wait);
      let response: Response | undefined;
      let failure: RequestError | undefined;
      try {
        response = await send(new Request(request, { headers, body, signal: attempt }), init);
      } catch (error) {
        settle();
        if (signal.aborted) throw aborted(signal);
        failure = new RequestError(attempt.aborted ? 'TIMEOUT' : 'NETWORK', error);
      }

      const status = response?.status;
      if (status === 401 && applied.length && !replayed) {
        // The token was refused: drop it and replay once with a fresh one, which every
        // concurrent 401 shares through the session's single flight.
        replayed = true;
        settle();
        for (const [credential, token] of applied) credential.invalidate?.(token);
        response?.body?.cancel().catch(ignore);
        emit({ type: 'request-replay', status });
        continue;
      }
      let delayMs = parseRetryAfter(response?.headers.get('retry-after'));
      // A server asking for a longer wait than one attempt may take gets its answer back.
      if (
        !repeatable ||
        retries >= maxRetries ||
        (response && (!isRetriedStatus(response.status) || (delayMs ?? 0) > timeoutMs))
      ) {
        // The attempt's deadline and the caller's signal keep watch until the body is read.
        if (response)
          return guardBody(
            response,
            attempt,
            () => (signal.aborted ? aborted(signal) : new RequestError('TIMEOUT')),
            settle,
          );
        throw failure;
      }
      settle();
      response?.body?.cancel().catch(ignore);
      retries++;
      delayMs ??= backoff(retries, random);
      emit({ type: 'request-retry', attempt: retries, delayMs, status, code: failure?.code });
      await wait(delayMs, signal).catch(() => {
        throw aborted(signal);
      });
    }
  };
}
