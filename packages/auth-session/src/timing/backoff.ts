/**
 * Exponential backoff with full jitter: a uniform wait in [0, min(cap, base * 2^(attempt-1))),
 * so that clients failing together do not retry together.
 */
export const backoff = (attempt: number, baseMs: number, capMs: number, random: () => number) =>
  random() * Math.min(capMs, baseMs * 2 ** (attempt - 1));
