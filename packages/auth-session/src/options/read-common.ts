import type { SessionEventListener } from '../session/events.js';
import type { TokenStore } from '../store/token-store.js';
import type { CommonClientOptions } from './common.js';
import { logListener } from './logger.js';
import { check, checkHeaders, requireFunction } from './validate.js';

export interface ResolvedCommonOptions {
  /** The user's fetch, or the global one looked up at each call: one rule for every request. */
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  /** Ready to spread into `createAuthFetch`. */
  readonly request: {
    readonly fetch: typeof fetch;
    readonly maxRetries: number;
    readonly timeoutMs: number;
    readonly onEvent?: SessionEventListener;
  };
  /** Ready to spread into `createTokenSession`. */
  readonly session: {
    readonly store?: TokenStore;
    readonly refreshWindowMs?: number;
    readonly expiryMarginMs?: number;
    readonly onEvent?: SessionEventListener;
  };
}

/** Checks the options every client shares; a bad one fails here, naming it. */
export function readCommonOptions(
  caller: string,
  options: CommonClientOptions,
  /** Names the client in its log lines. */
  provider = caller,
): ResolvedCommonOptions {
  const { store } = options;
  // Number.isFinite is false for anything that is not a number: no coercion.
  const number = <K extends keyof CommonClientOptions>(
    name: K,
    what: string,
    ok: (value: number) => boolean,
  ) => {
    const value = options[name];
    check(
      caller,
      name,
      value === undefined || (Number.isFinite(value) && ok(value as number)),
      `must be ${what}`,
    );
    return value as number | undefined;
  };
  const atLeastZero = (value: number) => value >= 0;
  check(
    caller,
    'store',
    store === undefined ||
      (typeof store === 'object' &&
        store &&
        ['get', 'set', 'delete'].every((m) => typeof (store as never)[m] === 'function')),
    'must have get, set and delete methods',
  );
  // Looked up at call time, not now: msw or an instrumentation installed after the client was
  // built must see the token request (the secret travels in it) as much as the API calls.
  const fetch: typeof globalThis.fetch =
    requireFunction(caller, 'fetch', options.fetch, true) ??
    ((input, init) => globalThis.fetch(input, init));
  checkHeaders(caller, options.headers);
  const timeoutMs = number('timeoutMs', 'a number > 0', (n) => n > 0) ?? 60_000;
  const listener = requireFunction(caller, 'onEvent', options.onEvent, true);
  const log = logListener(caller, provider, options.logger, options.logLevel);
  const onEvent: SessionEventListener | undefined =
    log && listener
      ? (event) => {
          try {
            log(event);
          } finally {
            listener(event);
          }
        }
      : (log ?? listener);
  return {
    fetch,
    timeoutMs,
    request: {
      fetch,
      maxRetries:
        number('maxRetries', 'an integer >= 0', (n) => Number.isInteger(n) && n >= 0) ?? 2,
      timeoutMs,
      onEvent,
    },
    session: {
      store,
      refreshWindowMs: number('refreshWindowMs', 'a number >= 0', atLeastZero),
      expiryMarginMs: number('expiryMarginMs', 'a number >= 0', atLeastZero),
      onEvent,
    },
  };
}
