/**
 * Exponential backoff with full jitter: a uniform wait in [0, min(cap, base * 2^(attempt-1))),
 * so that clients failing together do not retry together. The defaults live here only, for the
 * session and the authenticated fetch alike.
 */
export const backoff = (attempt: number, random = Math.random, baseMs = 500, capMs = 30_000) =>
  random() * Math.min(capMs, baseMs * 2 ** (attempt - 1));
