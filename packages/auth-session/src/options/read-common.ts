import type { SessionEventListener } from '../session/events.js';
import type { TokenStore } from '../store/token-store.js';
import type { CommonClientOptions } from './common.js';

export interface ResolvedCommonOptions {
  readonly fetch?: typeof fetch;
  readonly maxRetries: number;
  readonly timeoutMs: number;
  /** Ready to spread into `createTokenSession`. */
  readonly session: {
    readonly store?: TokenStore;
    readonly refreshWindowMs?: number;
    readonly expiryMarginMs?: number;
    readonly onEvent?: SessionEventListener;
  };
}

function number(
  caller: string,
  name: string,
  value: unknown,
  { integer = false, min = 0, exclusive = false } = {},
) {
  if (value === undefined) return undefined;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (exclusive ? value > min : value >= min) &&
    (!integer || Number.isInteger(value));
  if (!ok) {
    const what = `${integer ? 'an integer' : 'a number'} ${exclusive ? '>' : '>='} ${min}`;
    throw new TypeError(`${caller}: options.${name} must be ${what}`);
  }
  return value;
}

function optionalFunction<T>(caller: string, name: string, value: T): T {
  if (value !== undefined && typeof value !== 'function') {
    throw new TypeError(`${caller}: options.${name} must be a function`);
  }
  return value;
}

/** Checks the options every client shares; a bad one fails here, naming it. */
export function readCommonOptions(
  caller: string,
  options: CommonClientOptions,
): ResolvedCommonOptions {
  const { store } = options;
  if (
    store !== undefined &&
    (typeof store !== 'object' ||
      store === null ||
      !['get', 'set', 'delete'].every((m) => typeof (store as never)[m] === 'function'))
  ) {
    throw new TypeError(`${caller}: options.store must have get, set and delete methods`);
  }
  return {
    fetch: optionalFunction(caller, 'fetch', options.fetch),
    maxRetries: number(caller, 'maxRetries', options.maxRetries, { integer: true }) ?? 2,
    timeoutMs: number(caller, 'timeoutMs', options.timeoutMs, { exclusive: true }) ?? 60_000,
    session: {
      store,
      refreshWindowMs: number(caller, 'refreshWindowMs', options.refreshWindowMs),
      expiryMarginMs: number(caller, 'expiryMarginMs', options.expiryMarginMs),
      onEvent: optionalFunction(caller, 'onEvent', options.onEvent),
    },
  };
}
