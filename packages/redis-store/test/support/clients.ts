// The two clients the store supports, connected to a test server, with their errors swallowed
// (a client that loses its server emits 'error'; unhandled, that would end the process).
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import type { IoRedisLike, NodeRedisLike } from '../../src/index.js';

export interface Connected {
  readonly client: NodeRedisLike | IoRedisLike;
  close(): Promise<void>;
}

export const flavors = {
  'node-redis': async (url: string): Promise<Connected> => {
    const client = createClient({ url });
    client.on('error', () => {});
    await client.connect();
    return {
      client,
      async close() {
        client.destroy();
      },
    };
  },
  ioredis: async (url: string): Promise<Connected> => {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    client.on('error', () => {});
    await client.connect();
    return {
      client,
      async close() {
        client.disconnect();
      },
    };
  },
} as const;

export type Flavor = keyof typeof flavors;
export const flavorNames = Object.keys(flavors) as Flavor[];
