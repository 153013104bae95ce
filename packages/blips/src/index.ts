export { AuthError, RequestError, type SessionEvent } from '@apiclients/auth-session';
// What a user of the client touches, so that no direct openapi-fetch import is needed.
export type {
  FetchOptions,
  FetchResponse,
  Middleware,
  MiddlewareCallbackParams,
} from 'openapi-fetch';
export {
  type BlipsClient,
  type BlipsClientOptions,
  createBlipsClient,
  type Permission,
} from './client.js';
export type { components, operations, paths } from './generated/schema.js';
export { permissionValues as permissions } from './generated/schema.js';
