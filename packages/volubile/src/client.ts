import {
  assertOptionsObject,
  type CommonClientOptions,
  createAuthFetch,
  headerCredential,
  requireFunction,
  requireNonEmptyString,
  resolveBaseUrl,
  type TokenProvider,
  tokenProviderCredential,
} from '@apiclients/auth-session';
import createClient, { type Client } from 'openapi-fetch';
import { api, securitySchemes, servers } from './generated/operations.js';
import type { components, paths } from './generated/schema.js';

/** A permission a Volubile Bearer token can carry. */
export type Scope = components['schemas']['AuthTokenRequest']['scope'][number];

export type VolubileClientOptions = CommonClientOptions &
  (
    | {
        /** Sent as `X-Api-Key` on each call. Keep it on your backend. */
        apiKey: string;
        getToken?: never;
      }
    | {
        /** Returns a Bearer token, typically minted by your backend with `issueToken`. */
        getToken: TokenProvider;
        apiKey?: never;
      }
  );

export type VolubileClient = Client<paths>;

const CALLER = 'createVolubileClient';

/**
 * A typed Volubile client. With `apiKey`, calls carry `X-Api-Key`; with `getToken`, they carry
 * `Authorization: Bearer` and the token endpoint (which only takes an API key) gets nothing.
 */
export function createVolubileClient(options: VolubileClientOptions): VolubileClient {
  assertOptionsObject(CALLER, options);
  const baseUrl = resolveBaseUrl(CALLER, options.baseUrl, servers[0].url);
  const credentials =
    options.getToken !== undefined
      ? {
          bearerAuth: tokenProviderCredential(
            requireFunction(CALLER, 'getToken', options.getToken),
          ),
        }
      : {
          'Api key': headerCredential(
            securitySchemes['Api key'].name,
            requireNonEmptyString(CALLER, 'apiKey', options.apiKey),
          ),
        };
  const fetch = createAuthFetch({ api, fetch: options.fetch, credentials });
  return createClient<paths>({ baseUrl, headers: options.headers, fetch });
}
