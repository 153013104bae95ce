// `@apiclients/hashrails/frontend`: the client a browser builds, from a `getToken` that asks your
// backend for a token. Without the client-secret flow (the token endpoint call and its checks),
// which a browser can never use: bundlers leave it out. The root entry still has both.
import type { CommonClientOptions, TokenProviderOptions } from '@apiclients/auth-session/kit';
import {
  COMMON_OPTIONS,
  rejectUnknownOptions,
  tokenProviderSession,
} from '@apiclients/auth-session/kit';
import { authenticatedClient, CALLER, type HashrailsClient, readOptions } from './client-core.js';

export {
  AuthError,
  RequestError,
  type SessionEvent,
  type TokenStore,
} from '@apiclients/auth-session';
// An error response where a call's result cannot carry it (paging).
export { ResponseError } from '@apiclients/auth-session/kit';
export type { HashrailsClient } from './client-core.js';
export type { components, operations, paths } from './generated/schema.js';

export type HashrailsFrontendClientOptions = CommonClientOptions & TokenProviderOptions;

// The root factory's secret flow. Named in the error, never echoed: the value may be a secret.
const SECRET_OPTIONS = ['clientId', 'clientSecret'] as const;

/**
 * A typed Hashrails client fed by `getToken` (a function that gets a token from your backend):
 * its tokens are cached, refreshed before they expire and asked for again after a 401.
 * `{ clientId, clientSecret }` belong on a backend: import `createHashrailsClient` from
 * `@apiclients/hashrails` there.
 */
export function createHashrailsClient(options: HashrailsFrontendClientOptions): HashrailsClient {
  const { baseUrl, common } = readOptions(options);
  for (const name of SECRET_OPTIONS) {
    if ((options as unknown as Record<string, unknown>)[name] !== undefined) {
      throw new TypeError(
        `${CALLER}: options.${name} is not accepted by @apiclients/hashrails/frontend, which ` +
          'takes getToken only; keep secrets on your backend and import createHashrailsClient ' +
          'from "@apiclients/hashrails" there.',
      );
    }
  }
  rejectUnknownOptions(CALLER, options, [...COMMON_OPTIONS, 'getToken', 'identity']);
  const session = tokenProviderSession(
    CALLER,
    options,
    { provider: 'hashrails', baseUrl },
    common.session,
  );
  return authenticatedClient(baseUrl, options, common, session);
}

export type {
  FetchOptions,
  FetchResponse,
  Middleware,
  MiddlewareCallbackParams,
} from 'openapi-fetch';
