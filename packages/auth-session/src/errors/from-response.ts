import type { AuthErrorCode } from './auth-error.js';

/** How a token endpoint's HTTP error status reads as an issuance failure. */
export function authErrorCode(status: number): AuthErrorCode {
  if (status === 401) return 'INVALID_CREDENTIALS';
  if (status === 403) return 'FORBIDDEN';
  if (status === 408) return 'TIMEOUT';
  if (status === 429) return 'RATE_LIMITED';
  return status < 500 ? 'BAD_REQUEST' : 'SERVER_ERROR';
}

/**
 * A `Retry-After` value (delay-seconds or HTTP-date) in ms from `now`: a date in the past is 0,
 * anything unreadable is undefined.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()) {
  if (!value) return undefined;
  const ms = /^\s*\d+\s*$/.test(value) ? +value * 1000 : Date.parse(value) - now;
  return ms >= 0 ? ms : ms < 0 ? 0 : undefined;
}
