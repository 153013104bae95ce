export {
  createVolubileClient,
  type Scope,
  type VolubileClient,
  type VolubileClientOptions,
} from './client.js';
export type { components, operations, paths } from './generated/schema.js';
