// generated from specs/hashrails.yaml — do not edit. Run `pnpm generate` to update.

import type { TokenSession } from '@apiclients/auth-session';
import {
  type ClientOverrides,
  type CommonClientOptions,
  createSpecClient,
  exchangedToken,
  interopDefault,
  type RateLimitOption,
  tokenProvider,
  type TokenProviderOptions,
} from '@apiclients/auth-session/kit';
import openapiFetch, { type Client } from 'openapi-fetch';
import { api, rateLimit, securitySchemes, tokenExchange } from './operations.js';
import type { paths } from './schema.js';

/**
 * The options of `createHashrailsClient`: one way of giving credentials the spec accepts, and the
 * common ones.
 */
export type HashrailsClientOptions = CommonClientOptions &
  RateLimitOption &
  (
    | {
      /** Your client UUID from the dashboard. */
      clientId: string;
      /** Your API secret from the dashboard. Backend only. */
      clientSecret: string;
      getToken?: never;
      identity?: never;
    }
    | (TokenProviderOptions & {
      clientId?: never;
      clientSecret?: never;
    })
  );

export type HashrailsClient = Client<paths> & {
  /** The token session: `getToken()` for the current token, `invalidate()` to drop it. */
  readonly session: TokenSession;
  /** A client of the same type with these options changed, sharing this one's credentials. */
  withOptions(overrides: ClientOverrides): HashrailsClient;
};

// openapi-fetch's `createClient`, as much in the CJS build as in the ESM one.
const createClient = interopDefault(openapiFetch);

/**
 * A typed Hashrails client, authenticated as the spec's security asks: bearerAuth (http bearer).
 */
export function createHashrailsClient(options: HashrailsClientOptions): HashrailsClient {
  return createSpecClient(options, {
    caller: 'createHashrailsClient',
    provider: 'hashrails',
    title: 'Hashrails',
    server: "https://api.railsfromthecrypt.com",
    securitySchemes,
    handlers: [
      ["bearerAuth", exchangedToken(tokenExchange)],
      ["bearerAuth", tokenProvider],
    ],
    needs: "clientId + clientSecret or getToken (bearerAuth)",
    required: ["clientId", "is required and must be a string"],
    api,
    rateLimit,
    createClient: createClient<paths>,
  }) as HashrailsClient;
}
