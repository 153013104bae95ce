import { parseRetryAfter } from '../errors/from-response.js';
import { RequestError, type RequestErrorCode } from '../errors/request-error.js';
import { requestIdOf } from '../errors/request-id.js';
import type { AppliedCredential, Credential } from '../security/credential.js';
import { routeResolver } from '../security/route-resolver.js';
import type { ApiSecurityDescription } from '../security/types.js';
import { type CallContext, eventEmitter, type SessionEventListener } from '../session/events.js';
import { ignore } from '../shared/ignore.js';
import { backoff } from '../timing/backoff.js';
import { createDeadlines, type Deadline, followingDeadline } from '../timing/deadlines.js';
import { type Sleep, sleep } from '../timing/sleep.js';
import { realTimer, sleepTimer, type Timer } from '../timing/timer.js';
import { abortedError as aborted, RELEASE } from './abort-errors.js';
import { BODY, CALLER_SIGNAL, TEMPLATE } from './api-request.js';
import { idempotencyKey } from './idempotency-key.js';
import type { RateLimiter } from './rate-limit.js';
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
  /** Every attempt waits its turn here before it is sent (`rateLimit`). */
  readonly rateLimiter?: RateLimiter;
}

/** Our own request: built by `ApiRequest`, with its caller signal and body kept. */
type Owned = Request & {
  readonly [CALLER_SIGNAL]: AbortSignal | undefined;
  readonly [BODY]: BodyInit | null | undefined;
  readonly [TEMPLATE]: string | undefined;
};

// The deadline keeps watch over the body through the signal fetch was given (a real fetch
// aborts the body read with it), until the client's call wrapper reports the body read through
// RELEASE. Unreleased (a response read outside the client), it simply runs out.
const answer = (response: Response, release: () => void) => {
  if (response.body) (response as { [RELEASE]?: () => void })[RELEASE] = release;
  else release();
  return response;
};

const NO_SIGNAL = {};

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/**
 * A fetch that attaches exactly the credentials the spec asks for, replays once on a 401 with a
 * fresh token, and retries what is safe to retry. HTTP errors come back as responses; it rejects
 * only without a usable response: RequestError, or the AuthError of a credential.
 *
 * The first attempt sends the request openapi-fetch built (an `ApiRequest`) as is, credentials
 * set on its headers: nothing is copied or read on the way. Its deadline and the caller's signal
 * reach fetch as `init.signal`, the standard way to override a request's signal. Only a retry or
 * a replay builds a new Request, from the body kept as given; a request built elsewhere (a
 * middleware's) has its body read once, from a clone, for them.
 */
export function createAuthFetch(options: AuthFetchOptions): FetchLike {
  const needsOf = routeResolver(options.api, options.credentials);
  const {
    fetch: send = (input, init) => globalThis.fetch(input, init),
    maxRetries = 2,
    timeoutMs = 60_000,
    random,
    sleep: wait = sleep,
    rateLimiter: limiter,
  } = options;
  const timer: Timer = options.sleep ? sleepTimer(wait) : realTimer;
  // Virtual time (an injected sleep) has no clock to group attempts by.
  const deadlines = createDeadlines(timeoutMs, timer, !options.sleep);
  const ownDeadlines = createDeadlines(timeoutMs, timer, false);
  const emit = eventEmitter(options.onEvent);
  // Events name the call (method, path template): worked out only when someone listens.
  const listening = !!options.onEvent;
  // The call's last word, for the listener: its status or its failure, attempts and time.
  const report = (
    call: CallContext | undefined,
    started: number,
    response: Response | undefined,
    attempt: number,
    code?: RequestErrorCode,
  ) => {
    if (!call) return;
    const requestId = requestIdOf(response);
    emit({
      type: 'request',
      ...call,
      status: response?.status,
      code,
      attempt,
      durationMs: Date.now() - started,
      ...(requestId ? { requestId } : {}),
    });
  };

  return async (request, init) => {
    const started = listening ? Date.now() : 0;
    const call: CallContext | undefined = listening
      ? {
          method: request.method,
          path: (request as Partial<Owned>)[TEMPLATE] ?? new URL(request.url).pathname,
        }
      : undefined;
    const { credentials: chosen, idempotencyHeader } = needsOf(request);
    // A write the spec makes idempotent gets its key once, here: every retry and the 401 replay
    // copy this request's headers, so the server sees one key however often it is sent. A
    // caller's own key wins.
    if (idempotencyHeader && !request.headers.has(idempotencyHeader)) {
      request.headers.set(idempotencyHeader, idempotencyKey());
    }
    const owned = BODY in request ? (request as Owned) : undefined;
    const caller = owned ? owned[CALLER_SIGNAL] : request.signal;
    let body = owned?.[BODY];
    // Not ours, or a stream: read once, from a clone so that the caller's request stays whole.
    if (body === undefined && request.body) body = await request.clone().arrayBuffer();
    let replayed = false;

    for (let retries = 0; ; ) {
      // The first attempt of our own request goes out as built; any other gets a copy (a body
      // is sent once, and a request built elsewhere keeps its headers to itself).
      let attempt =
        owned && retries === 0 && !replayed && owned[BODY] !== undefined
          ? request
          : new Request(request, { body });

      // The tokens sent, for a 401 to invalidate: one in the common case, in plain variables.
      let tokenOf: Credential | undefined;
      let token: string | undefined;
      let more: [Credential, string][] | undefined;
      try {
        for (const credential of chosen) {
          let result = credential.apply(caller ? { signal: caller } : NO_SIGNAL);
          if (isPromise<AppliedCredential>(result)) result = await result;
          for (const name in result.headers) {
            attempt.headers.set(name, result.headers[name] as string);
          }
          if (result.rewrite) attempt = result.rewrite(attempt, body);
          if (result.token === undefined) continue;
          if (!tokenOf) {
            tokenOf = credential;
            token = result.token;
          } else {
            more ??= [];
            more.push([credential, result.token]);
          }
        }
      } catch (error) {
        // A credential's own failure (an AuthError) is the caller's answer, unless it aborted.
        throw caller?.aborted ? aborted(caller) : error;
      }

      let settle: (() => void) | undefined;
      if (limiter) {
        settle = await limiter
          .turn(
            (ms) => wait(ms, caller),
            timeoutMs,
            (delayMs) => emit({ type: 'rate-limit-wait', ...call, delayMs }),
          )
          .catch((error) => {
            throw caller?.aborted ? aborted(caller) : error;
          });
      }

      // The attempt's deadline: shared with the attempts that started with it, or, when the
      // caller gave a signal, its own, following that signal until the body is read.
      let signal: AbortSignal;
      let race: Deadline['race'];
      let release: () => void;
      ({ signal, race, release } = caller
        ? followingDeadline(ownDeadlines, caller)
        : deadlines.next());

      let response: Response | undefined;
      let failure: RequestError | undefined;
      try {
        // Raced against the deadline: a fetch that ignores `init.signal` (a wrapper passing on
        // the request alone) still ends on time, at least until its response headers.
        response = await race(send(attempt, init ? { ...init, signal } : { signal }));
        settle?.();
      } catch (error) {
        settle?.();
        release();
        if (caller?.aborted) throw aborted(caller);
        failure = new RequestError(signal.aborted ? 'TIMEOUT' : 'NETWORK', error);
      }

      const status = response?.status;
      if (response) limiter?.observe(response);
      if (status === 401 && tokenOf && !replayed) {
        // The token was refused: drop it and replay once with a fresh one, which every
        // concurrent 401 shares through the session's single flight.
        replayed = true;
        release();
        tokenOf.invalidate?.(token as string);
        for (const [credential, other] of more ?? []) credential.invalidate?.(other);
        response?.body?.cancel().catch(ignore);
        emit({ type: 'request-replay', ...call, status });
        continue;
      }
      const attempts = retries + (replayed ? 2 : 1);
      // The common answer returns at once: nothing else about it is read.
      if (response && !isRetriedStatus(response.status)) {
        report(call, started, response, attempts);
        return answer(response, release);
      }
      let delayMs = parseRetryAfter(response?.headers.get('retry-after'));
      // A server asking for a longer wait than one attempt may take gets its answer back.
      if (
        retries >= maxRetries ||
        !(idempotencyHeader || mayRepeat(request)) ||
        (delayMs ?? 0) > timeoutMs
      ) {
        report(call, started, response, attempts, failure?.code);
        if (response) return answer(response, release);
        throw failure;
      }
      release();
      response?.body?.cancel().catch(ignore);
      retries++;
      delayMs ??= backoff(retries, random);
      emit({
        type: 'request-retry',
        ...call,
        attempt: retries,
        delayMs,
        status,
        code: failure?.code,
      });
      if (caller) {
        await wait(delayMs, caller).catch(() => {
          throw aborted(caller);
        });
      } else await wait(delayMs);
    }
  };
}
