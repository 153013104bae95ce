export {
  AuthError,
  RequestError,
  type SessionEvent,
  type TokenStore,
} from '@apiclients/auth-session';
export {
  createHashrailsClient,
  type HashrailsClient,
  type HashrailsClientOptions,
} from './client.js';
export type { components, operations, paths } from './generated/schema.js';
