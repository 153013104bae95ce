export { AuthError, RequestError, type SessionEvent } from '@apiclients/auth-session';
export {
  type BlipsClient,
  type BlipsClientOptions,
  createBlipsClient,
  type Permission,
} from './client.js';
export type { components, operations, paths } from './generated/schema.js';
export { permissionValues as permissions } from './generated/schema.js';
