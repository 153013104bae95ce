// generated from specs/hashrails.yaml by `pnpm generate`. To write this file by hand, delete this line: it is then yours.
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
export {
  createHashrailsClient,
  type HashrailsClient,
  type HashrailsClientOptions,
} from './generated/client.js';
export type { components, operations, paths } from './generated/schema.js';
