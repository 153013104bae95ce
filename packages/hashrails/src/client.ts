import {
  assertOptionsObject,
  type CommonClientOptions,
  createAuthFetch,
  requireFunction,
  resolveBaseUrl,
  type TokenProvider,
  tokenProviderCredential,
} from '@apiclients/auth-session';
import createClient, { type Client } from 'openapi-fetch';
import { api, servers } from './generated/operations.js';
import type { paths } from './generated/schema.js';

export interface HashrailsClientOptions extends CommonClientOptions {
  /** Returns a Bearer token, typically minted by your backend. */
  getToken: TokenProvider;
}

export type HashrailsClient = Client<paths>;

const CALLER = 'createHashrailsClient';

/**
 * A typed Hashrails client. `Authorization: Bearer` goes on every operation whose spec security
 * asks for it, and nothing on the token endpoint itself.
 */
export function createHashrailsClient(options: HashrailsClientOptions): HashrailsClient {
  assertOptionsObject(CALLER, options);
  const getToken = requireFunction(CALLER, 'getToken', options.getToken);
  const baseUrl = resolveBaseUrl(CALLER, options.baseUrl, servers[0].url);
  const fetch = createAuthFetch({
    api,
    fetch: options.fetch,
    credentials: { bearerAuth: tokenProviderCredential(getToken) },
  });
  return createClient<paths>({ baseUrl, headers: options.headers, fetch });
}
