import type { CommonClientOptions, RateLimitOption } from './common.js';
import { check } from './validate.js';

/** Every option name `CommonClientOptions` has (checked against the type in the tests). */
export const COMMON_OPTIONS = [
  'baseUrl',
  'fetch',
  'headers',
  'maxRetries',
  'timeoutMs',
  'refreshWindowMs',
  'expiryMarginMs',
  'store',
  'onEvent',
  'logger',
  'logLevel',
  'dangerouslyAllowBrowser',
] as const satisfies readonly (keyof CommonClientOptions)[];

/** The options of `COMMON_OPTIONS` that only a client keeping tokens takes. */
export const SESSION_OPTIONS: readonly string[] = ['refreshWindowMs', 'expiryMarginMs', 'store'];

export const RATE_LIMIT_OPTIONS = [
  'rateLimit',
] as const satisfies readonly (keyof RateLimitOption)[];

// How many leading letters two names share, case aside: `baseURL` and `baseUrl` all of them,
// `clientSecet` and `clientSecret` nine.
const shared = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && a[n]?.toLowerCase() === b[n]?.toLowerCase()) n++;
  return n;
};

/**
 * An option the client does not know is a mistake plain JavaScript would otherwise let through
 * silently (`baseURL`, `retries`): it fails here, naming it, with the known name it most likely
 * meant (one that contains it, or shares its first four letters or more).
 */
export function rejectUnknownOptions(
  caller: string,
  options: object,
  known: readonly string[],
): void {
  for (const name of Object.keys(options)) {
    if (known.includes(name)) continue;
    const lower = name.toLowerCase();
    const meant =
      known.find((candidate) => candidate.toLowerCase().includes(lower)) ??
      known.reduce((best, candidate) =>
        shared(name, candidate) > shared(name, best) ? candidate : best,
      );
    const close = meant.toLowerCase().includes(lower) || shared(name, meant) > 3;
    check(caller, name, false, `is not an option${close ? `: did you mean ${meant}?` : ''}`);
  }
}
