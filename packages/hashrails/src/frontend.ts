// generated from specs/hashrails.yaml by `pnpm generate`. To write this file by hand, delete this line: it is then yours.
// `@apiclients/hashrails/frontend`: the client a browser builds, from a `getToken` that asks your
// backend for a token. Without the secret flows, which a browser can never use: bundlers leave
// them out. The root entry still has all of them.
export {
  AuthError,
  RequestError,
  type SessionEvent,
  type TokenStore,
} from '@apiclients/auth-session';
// An error response where a call's result cannot carry it (paging).
export { ResponseError } from '@apiclients/auth-session/kit';
// What a user of the client touches, so that no direct openapi-fetch import is needed.
export type {
  FetchOptions,
  FetchResponse,
  Middleware,
  MiddlewareCallbackParams,
} from 'openapi-fetch';
export type { HashrailsClient } from './generated/client.js';
export {
  createHashrailsClient,
  type HashrailsFrontendClientOptions,
} from './generated/frontend.js';
export type { components, operations, paths } from './generated/schema.js';
