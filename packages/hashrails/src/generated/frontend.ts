// generated from specs/hashrails.yaml — do not edit. Run `pnpm generate` to update.

import {
  type CommonClientOptions,
  createFrontendClient,
  interopDefault,
  type TokenProviderOptions,
} from '@apiclients/auth-session/kit';
import openapiFetch from 'openapi-fetch';
import type { HashrailsClient } from './client.js';
import { api } from './operations.js';
import type { paths } from './schema.js';

export type HashrailsFrontendClientOptions = CommonClientOptions & TokenProviderOptions;

// openapi-fetch's `createClient`, as much in the CJS build as in the ESM one.
const createClient = interopDefault(openapiFetch);

/**
 * A typed Hashrails client fed by `getToken` (a function that gets a token from your backend):
 * its tokens are cached, refreshed before they expire and asked for again after a 401.
 * `clientId`, `clientSecret` belong on a backend: import `createHashrailsClient` from
 * `@apiclients/hashrails` there.
 */
export function createHashrailsClient(options: HashrailsFrontendClientOptions): HashrailsClient {
  return createFrontendClient(options, {
    caller: 'createHashrailsClient',
    provider: 'hashrails',
    entry: '@apiclients/hashrails',
    server: "https://api.railsfromthecrypt.com",
    schemes: ["bearerAuth"],
    secrets: ["clientId", "clientSecret"],
    api,
    createClient: createClient<paths>,
  }) as HashrailsClient;
}
