// `@apiclients/volubile/frontend`: the client a browser builds, from a `getToken` that asks your
// backend for a token (minted there with `issueVolubileToken`). Without the API-key flows (key
// checks, key header, token minting), which a browser can never use: bundlers leave them out.
// The root entry still has all of them.
import type { CommonClientOptions, TokenProviderOptions } from '@apiclients/auth-session/kit';
import {
  COMMON_OPTIONS,
  rejectUnknownOptions,
  tokenProviderSession,
} from '@apiclients/auth-session/kit';
import { authenticatedClient, CALLER, readOptions, type VolubileClient } from './client-core.js';

export {
  AuthError,
  RequestError,
  type SessionEvent,
  type TokenStore,
} from '@apiclients/auth-session';
// An error response where a call's result cannot carry it (paging).
export { ResponseError } from '@apiclients/auth-session/kit';
export type { VolubileClient } from './client-core.js';
export type { components, operations, paths } from './generated/schema.js';
export { authTokenRequestScopeValues as scopes } from './generated/schema.js';
export type { Scope } from './token.js';

export type VolubileFrontendClientOptions = CommonClientOptions & TokenProviderOptions;

// The root factory's API-key flows. Named in the error, never echoed: the value is a secret.
const SECRET_OPTIONS = ['apiKey', 'scopes'] as const;

/**
 * A typed Volubile client fed by `getToken` (a function that gets a token from your backend):
 * its tokens are cached, refreshed before they expire and asked for again after a 401. An
 * `apiKey` belongs on a backend: import `createVolubileClient` from `@apiclients/volubile` there.
 */
export function createVolubileClient(options: VolubileFrontendClientOptions): VolubileClient {
  const { baseUrl, common } = readOptions(options);
  for (const name of SECRET_OPTIONS) {
    if ((options as unknown as Record<string, unknown>)[name] !== undefined) {
      throw new TypeError(
        `${CALLER}: options.${name} is not accepted by @apiclients/volubile/frontend, which ` +
          'takes getToken only; keep the API key on your backend and import createVolubileClient ' +
          'from "@apiclients/volubile" there.',
      );
    }
  }
  rejectUnknownOptions(CALLER, options, [...COMMON_OPTIONS, 'getToken', 'identity']);
  const session = tokenProviderSession(
    CALLER,
    options,
    { provider: 'volubile', baseUrl },
    common.session,
  );
  return authenticatedClient(baseUrl, options, common, {}, session);
}

export type {
  FetchOptions,
  FetchResponse,
  Middleware,
  MiddlewareCallbackParams,
} from 'openapi-fetch';
