// `@apiclients/redis-store`: a `TokenStore` on a Redis client you pass in, so that the sessions
// of every process using the same Redis share tokens.
export type { IoRedisLike, NodeRedisLike, RedisFlavor } from './client.js';
export {
  createRedisStore,
  type RedisStoreOptions,
  type RedisTokenStore,
} from './create-redis-store.js';
export {
  RedisStoreError,
  type RedisStoreErrorCode,
  type RedisStoreOperation,
} from './errors.js';
