// generated from specs/volubile.yaml — do not edit. Run `pnpm generate` to update.

import {
  type CommonClientOptions,
  createFrontendClient,
  interopDefault,
  pagesOf,
  type TokenProviderOptions,
} from '@apiclients/auth-session/kit';
import openapiFetch from 'openapi-fetch';
import type { VolubileClient } from './client.js';
import { api, pagination } from './operations.js';
import type { paths } from './schema.js';

export type VolubileFrontendClientOptions = CommonClientOptions & TokenProviderOptions;

// openapi-fetch's `createClient`, as much in the CJS build as in the ESM one.
const createClient = interopDefault(openapiFetch);

/**
 * A typed Volubile client fed by `getToken` (a function that gets a token from your backend):
 * its tokens are cached, refreshed before they expire and asked for again after a 401.
 * `apiKey`, `scopes` belong on a backend: import `createVolubileClient` from
 * `@apiclients/volubile` there.
 */
export function createVolubileClient(options: VolubileFrontendClientOptions): VolubileClient {
  return createFrontendClient(options, {
    caller: 'createVolubileClient',
    provider: 'volubile',
    entry: '@apiclients/volubile',
    server: "https://api.eu.volubile.ai",
    schemes: ["bearerAuth"],
    secrets: ["apiKey", "scopes"],
    api,
    paginate: pagesOf(pagination),
    createClient: createClient<paths>,
  }) as VolubileClient;
}
