import { createRateLimiter, type RateLimit, type RateLimiter } from '../fetch/rate-limit.js';
import type { TokenStore } from '../store/token-store.js';
import type { RateLimitOption } from './common.js';
import { check } from './validate.js';

/**
 * The limiter `options.rateLimit` asks for: `true` takes the limit the spec declares, an object
 * its own; undefined when off. A backend option: a browser shares its account's limit with every
 * other browser, so no count it keeps could hold it (the frontend entries leave this out).
 * `key` names the account in a store that counts (`acquireSlot`): keyed like its tokens.
 */
export function rateLimiterOption(
  caller: string,
  options: RateLimitOption & { readonly store?: TokenStore },
  declared: RateLimit | undefined,
  key?: string,
): RateLimiter | undefined {
  let limit = options.rateLimit || undefined;
  if (limit === true) {
    check(
      caller,
      'rateLimit',
      declared,
      'is true, but the spec declares no rate limit: pass { requests, perSeconds }',
    );
    limit = declared;
  } else if (limit) {
    const { requests, perSeconds } = limit;
    check(
      caller,
      'rateLimit',
      Number.isInteger(requests) && requests > 0 && Number.isFinite(perSeconds) && perSeconds > 0,
      'must be true, false or { requests: an integer > 0, perSeconds: a number > 0 }',
    );
  }
  return limit && createRateLimiter(limit as RateLimit, options.store, key);
}
