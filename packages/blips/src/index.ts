// Taken over from the generated entry (its take-over header removed) for what no spec can say:
// that the token request's `permissions` items go by `Permission` (permission.ts) and their
// values by `permissions`. Everything else here is what `pnpm generate` would write.
export { AuthError, RequestError, type SessionEvent } from '@apiclients/auth-session';
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
  type BlipsClient,
  type BlipsClientOptions,
  type BlipsPaginate,
  createBlipsClient,
} from './generated/client.js';
export type { components, operations, paths } from './generated/schema.js';
export { permissionValues as permissions } from './generated/schema.js';
export type { Permission } from './permission.js';
