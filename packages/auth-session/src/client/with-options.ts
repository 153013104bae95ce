import { type ResolvedCommonOptions, readCommonOptions } from '../options/read-common.js';
import { check } from '../options/validate.js';

/** What `client.withOptions` may change; the session, credentials and store stay shared. */
export interface ClientOverrides {
  /** Per attempt, in ms. */
  timeoutMs?: number | undefined;
  /** Retries of a failed request where retrying is safe. */
  maxRetries?: number | undefined;
  /** Added to (and replacing, by name) the client's headers. */
  headers?: HeadersInit | undefined;
}

/** What a client is built from, and what `withOptions` derives a new one from. */
export interface ClientSettings {
  readonly request: ResolvedCommonOptions['request'];
  readonly headers?: HeadersInit | undefined;
}

const KNOWN = ['timeoutMs', 'maxRetries', 'headers'];

/**
 * The options of a client derived by `withOptions`: the parent's, with `overrides` checked and
 * applied. A bad override fails here, naming it, like a bad option at construction.
 */
export function deriveOptions(
  caller: string,
  parent: ClientSettings,
  overrides: ClientOverrides,
): ClientSettings {
  const where = `${caller}(…).withOptions`;
  check(where, '', typeof overrides === 'object' && overrides, 'must be an object');
  for (const name in overrides) {
    check(where, name, KNOWN.includes(name), `is not one of ${KNOWN.join(', ')}`);
  }
  // Checked as the constructor checks them (the same code, the same messages).
  readCommonOptions(where, overrides);
  const { timeoutMs = parent.request.timeoutMs, maxRetries = parent.request.maxRetries } =
    overrides;
  const headers = new Headers(parent.headers);
  for (const [name, value] of new Headers(overrides.headers)) headers.set(name, value);
  return {
    request: { ...parent.request, timeoutMs, maxRetries },
    headers: Object.fromEntries(headers),
  };
}
