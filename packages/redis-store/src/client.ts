// The Redis client is the user's: typed by the few calls we make, so that node-redis (v4 and
// later) and ioredis fit without a dependency on either, and anything else fits an adapter.

/** node-redis's shape (`createClient()` from `redis` v4 and later), and the adapter shape. */
export interface NodeRedisLike {
  get(key: string): Promise<unknown>;
  set(
    key: string,
    value: string,
    options?: { expiration?: { type: 'PX'; value: number }; PX?: number },
  ): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** ioredis's shape (`new Redis()`, `new Redis.Cluster()`). */
export interface IoRedisLike {
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<unknown>;
  set(key: string, value: string, millisecondsToken: 'PX', milliseconds: number): Promise<unknown>;
  eval(script: string, numberOfKeys: number, ...keysAndArguments: string[]): Promise<unknown>;
}

export type RedisFlavor = 'node-redis' | 'ioredis';

/** The three commands the store sends, whatever the client. */
export interface Commands {
  get(key: string): Promise<unknown>;
  set(key: string, value: string, ttlMs?: number): Promise<unknown>;
  eval(script: string, key: string, args: string[]): Promise<unknown>;
}

/** Which calling convention the client speaks: ioredis has `getBuffer`, node-redis `isOpen`. */
export function detectFlavor(client: object): RedisFlavor | undefined {
  if (typeof (client as { getBuffer?: unknown }).getBuffer === 'function') return 'ioredis';
  if ('isOpen' in client) return 'node-redis';
  return undefined;
}

export function commands(client: NodeRedisLike | IoRedisLike, flavor: RedisFlavor): Commands {
  if (flavor === 'ioredis') {
    const io = client as IoRedisLike;
    return {
      get: (key) => io.get(key),
      set: (key, value, ttlMs) =>
        ttlMs === undefined ? io.set(key, value) : io.set(key, value, 'PX', ttlMs),
      eval: (script, key, args) => io.eval(script, 1, key, ...args),
    };
  }
  const node = client as NodeRedisLike;
  return {
    get: (key) => node.get(key),
    // `expiration` for node-redis 5 and later, `PX` for 4 (later versions read `expiration` first).
    set: (key, value, ttlMs) =>
      ttlMs === undefined
        ? node.set(key, value)
        : node.set(key, value, { expiration: { type: 'PX', value: ttlMs }, PX: ttlMs }),
    eval: (script, key, args) => node.eval(script, { keys: [key], arguments: args }),
  };
}
