import { ApiRequest } from '../fetch/api-request.js';
import { createAuthFetch } from '../fetch/auth-fetch.js';
import type { RateLimiter } from '../fetch/rate-limit.js';
import type { Credential } from '../security/credential.js';
import type { ApiSecurityDescription } from '../security/types.js';
import { guardCalls } from './guard-calls.js';
import { type ClientOverrides, type ClientSettings, deriveOptions } from './with-options.js';

/** A client and what its package adds, with `withOptions` deriving more of the same. */
export type BuiltClient<Base, Extra> = Base &
  Extra & { withOptions(overrides: ClientOverrides): BuiltClient<Base, Extra> };

/** What stays the same in every client a factory builds, its `withOptions` ones included. */
export interface ClientParts<Base extends object, Extra extends object> {
  /** Names the factory in `withOptions`' errors. */
  readonly caller: string;
  readonly baseUrl: string;
  /** The generated security data of the API. */
  readonly api: ApiSecurityDescription;
  readonly credentials: Readonly<Record<string, Credential | undefined>>;
  readonly rateLimiter?: RateLimiter | undefined;
  /** openapi-fetch's `createClient`, as the package resolves it. */
  readonly createClient: (options: {
    baseUrl: string;
    headers?: HeadersInit | undefined;
    fetch: (input: Request) => Promise<Response>;
    Request: typeof ApiRequest;
  }) => Base;
  /** What the package adds to each client built (its session, `paginate`). */
  readonly extend: (client: Base) => Extra;
}

/**
 * The typed client over the authenticated fetch: calls guarded, a per-call `fetch` wrapped, and
 * `withOptions` building the next one from the same parts (the session and the rate limit are
 * shared through them).
 */
export function buildClient<Base extends object, Extra extends object>(
  parts: ClientParts<Base, Extra>,
  settings: ClientSettings,
): BuiltClient<Base, Extra> {
  const { api, credentials, rateLimiter } = parts;
  const authenticate = (fetch: typeof globalThis.fetch) =>
    createAuthFetch({ ...settings.request, fetch, api, credentials, rateLimiter });
  const client = guardCalls(
    parts.createClient({
      baseUrl: parts.baseUrl,
      headers: settings.headers,
      fetch: authenticate(settings.request.fetch),
      Request: ApiRequest,
    }),
    authenticate,
  );
  return Object.assign(client, parts.extend(client), {
    withOptions: (overrides: ClientOverrides) =>
      buildClient(parts, deriveOptions(parts.caller, settings, overrides)),
  });
}
