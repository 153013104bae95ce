// What every Hashrails factory ends with, whatever the credential: the authenticated
// openapi-fetch client over a token session. Kept apart from the secret flow (client.ts) so that
// the frontend entry (frontend.ts) can import it without the token endpoint call and its checks.
import type { TokenSession } from '@apiclients/auth-session';
import {
  assertOptionsObject,
  bearerCredential,
  buildClient,
  type ClientOverrides,
  type CommonClientOptions,
  type RateLimiter,
  type ResolvedCommonOptions,
  readCommonOptions,
  resolveBaseUrl,
} from '@apiclients/auth-session/kit';
import type { Client } from 'openapi-fetch';
import { api, servers } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { createClient } from './openapi-fetch.js';

export type HashrailsClient = Client<paths> & {
  /** The client's token session: `getToken()` for the current token, `invalidate()` to drop it. */
  readonly session: TokenSession;
  /** A client of the same type with these options changed, sharing this one's session. */
  withOptions(overrides: ClientOverrides): HashrailsClient;
};

export const CALLER = 'createHashrailsClient';

/** The checks every factory starts with: an options object, a base URL, the common options. */
export function readOptions(options: CommonClientOptions): {
  baseUrl: string;
  common: ResolvedCommonOptions;
} {
  assertOptionsObject(CALLER, options);
  const baseUrl = resolveBaseUrl(CALLER, options.baseUrl, servers[0].url);
  return { baseUrl, common: readCommonOptions(CALLER, options, 'hashrails') };
}

/** The typed client: `Authorization: Bearer` from `session` on every operation that asks for it. */
export function authenticatedClient(
  baseUrl: string,
  options: CommonClientOptions,
  common: ResolvedCommonOptions,
  session: TokenSession,
  rateLimiter?: RateLimiter,
): HashrailsClient {
  return buildClient(
    {
      caller: CALLER,
      baseUrl,
      api,
      credentials: { bearerAuth: bearerCredential(session) },
      rateLimiter,
      createClient: createClient<paths>,
      extend: () => ({ session }),
    },
    { request: common.request, headers: options.headers },
  );
}
