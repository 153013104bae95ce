import { AuthError } from '../errors/auth-error.js';
import type { StoredToken } from '../store/token-store.js';
import { jwtExpiry } from './jwt-expiry.js';
import type { IssuedToken } from './types.js';

/** 0: fresh. 1: inside the refresh window. 2: inside the expiry margin, or past expiry. */
export type TokenStage = 0 | 1 | 2;

export function tokenStage(
  token: StoredToken,
  at: number,
  windowMs: number | undefined,
  marginMs: number | undefined,
): TokenStage {
  const { expiresAt, issuedAt } = token;
  if (expiresAt == null) return 0;
  const lifetime = expiresAt - issuedAt;
  const left = expiresAt - at;
  const margin = marginMs ?? Math.min(5000, lifetime / 20);
  // Negated comparison: a store handing back NaN times yields "expired", never "fresh". Past
  // it, `left > margin`: a window narrower than the margin is simply never entered.
  if (!(left > margin)) return 2;
  return left > (windowMs ?? Math.min(60_000, lifetime / 10)) ? 0 : 1;
}

/**
 * A token goes out as a header value (`Bearer <token>`): one that `Headers` would refuse (CR, LF,
 * a character above U+00FF) or alter (whitespace) is malformed, and is never sent or echoed.
 */
export const isSendable = (token: unknown): token is string =>
  typeof token === 'string' && /^[\x21-\x7e\xa1-\xff]+$/.test(token);

/** Expiry counts from `issuedAt`, the start of the issue request, so latency only shortens it. */
export function toStoredToken(issued: IssuedToken, issuedAt: number): StoredToken {
  const { accessToken, expiresIn, tokenType } = issued ?? {};
  // A lifetime of 0 or less is an expired token, not an eternal one; a non-number is no lifetime.
  if (
    !isSendable(accessToken) ||
    (expiresIn != null && !(typeof expiresIn === 'number' && expiresIn > 0))
  ) {
    throw new AuthError('MALFORMED_RESPONSE');
  }
  return {
    accessToken,
    tokenType,
    issuedAt,
    expiresAt: expiresIn != null ? issuedAt + expiresIn * 1000 : jwtExpiry(accessToken),
  };
}
