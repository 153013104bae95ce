export {
  type BlipsClient,
  type BlipsClientOptions,
  createBlipsClient,
  type Permission,
} from './client.js';
export type { components, operations, paths } from './generated/schema.js';
