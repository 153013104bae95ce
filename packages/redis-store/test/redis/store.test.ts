// The store against a real redis-server, through node-redis and ioredis alike: one suite, run
// once per client.
import type { StoredToken, TokenStore } from '@apiclients/auth-session';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedisStore, type RedisStoreOptions } from '../../src/index.js';
import { type Connected, flavorNames, flavors } from '../support/clients.js';
import { cli, monitor } from '../support/redis-cli.js';
import { type RedisServer, startRedisServer } from '../support/redis-server.js';

const KEY = 'an-encryption-key-of-32-chars-ok';
/** A token with `lifetimeMs` left, or (null) no expiry. */
const token = (accessToken: string, lifetimeMs: number | null = 60_000): StoredToken => ({
  accessToken,
  tokenType: 'Bearer',
  issuedAt: Date.now(),
  ...(lifetimeMs === null ? {} : { expiresAt: Date.now() + lifetimeMs }),
});

let server: RedisServer;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(() => server?.stop());

describe.each(flavorNames)('with %s', (flavor) => {
  const connections: Connected[] = [];
  const connect = async () => {
    const connection = await flavors[flavor](server.url);
    connections.push(connection);
    return connection.client;
  };
  const store = async (options: Omit<RedisStoreOptions, 'client'> = {}) =>
    createRedisStore({ client: await connect(), ...options });

  beforeEach(() => {
    cli(server.port, 'FLUSHALL');
  });
  afterAll(async () => {
    for (const connection of connections) await connection.close();
  });

  describe.each([
    ['plain', {}],
    ['encrypted', { encryptionKey: KEY }],
  ] as const)('%s', (_mode, options) => {
    let redis: TokenStore;
    beforeAll(async () => {
      redis = await store(options);
    });

    it('set then get gives the token back; a missing key gives undefined', async () => {
      const stored = token('tok-1');
      await redis.set('hashrails|https://api|id:a|', stored);
      expect(await redis.get('hashrails|https://api|id:a|')).toEqual(stored);
      expect(await redis.get('hashrails|https://api|id:b|')).toBeUndefined();
      expect(cli(server.port, '--scan')).toBe('apiclients:token:hashrails|https://api|id:a|\n');
    });

    it("writes with a TTL equal to the token's remaining lifetime, none without expiresAt", async () => {
      await redis.set('lived', token('tok-2', 30_000));
      const ttl = Number(cli(server.port, 'PTTL', 'apiclients:token:lived'));
      expect(ttl).toBeGreaterThan(28_000);
      expect(ttl).toBeLessThanOrEqual(30_000);
      await redis.set('forever', token('tok-3', null));
      expect(cli(server.port, 'PTTL', 'apiclients:token:forever').trim()).toBe('-1');
    });

    it('never writes an already expired token', async () => {
      await redis.set('old', token('tok-4', -1));
      expect(cli(server.port, 'EXISTS', 'apiclients:token:old').trim()).toBe('0');
    });

    it('an entry is gone from Redis once its token expires', async () => {
      const stored = token('tok-5', 500);
      await redis.set('short', stored);
      expect(await redis.get('short')).toEqual(stored);
      while ((await redis.get('short')) !== undefined) {
        expect(Date.now()).toBeLessThan((stored.expiresAt ?? 0) + 2000);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      // Gone by Redis's own TTL, not before the token's expiry (the ms Redis rounds aside).
      expect(Date.now()).toBeGreaterThanOrEqual((stored.expiresAt ?? 0) - 5);
    });

    it('compare-and-delete: only the token asked for; without one, whatever is there', async () => {
      await redis.set('k', token('fresh'));
      await redis.delete('k', 'stale');
      expect((await redis.get('k'))?.accessToken).toBe('fresh');
      await redis.delete('k', 'fresh');
      expect(await redis.get('k')).toBeUndefined();
      await redis.set('k', token('any'));
      await redis.delete('k');
      expect(await redis.get('k')).toBeUndefined();
      await redis.delete('never-there', 'x');
    });

    it('compare-and-delete is one EVAL on the server: no GET and DEL from the client', async () => {
      await redis.set('k', token('tok-6'));
      const watch = await monitor(server.port);
      await redis.delete('k', 'tok-6');
      const lines = (await watch.stop())
        .split('\n')
        .filter((line) => line.includes('apiclients:token:k'));
      // The client sent one command; GET and DEL ran inside the script ("lua" in MONITOR).
      const fromClient = lines.filter((line) => !line.includes('lua]'));
      expect(fromClient).toHaveLength(1);
      expect(fromClient[0]?.toLowerCase()).toContain('"eval"');
      expect(
        lines.filter((line) => line.includes('lua]')).map((line) => line.split(' ')[3]),
      ).toEqual(['"GET"', '"DEL"']);
    });

    it('a late compare-and-delete never removes the token a sibling stored meanwhile', async () => {
      // Two processes: one replaces the refused token while the other drops it, 100 times over.
      const sibling = await store(options);
      for (let round = 0; round < 100; round++) {
        await redis.set('race', token(`tok-${round}`));
        await Promise.all([
          sibling.set('race', token(`tok-${round + 1}`)),
          redis.delete('race', `tok-${round}`),
        ]);
        // Whichever reached Redis first, the fresh token is what is left.
        expect((await redis.get('race'))?.accessToken).toBe(`tok-${round + 1}`);
      }
    });
  });

  it('two tenants on one Redis never see each other’s entries (prefix and encryption key)', async () => {
    const a = await store({ prefix: 'tenant-a:', encryptionKey: KEY });
    const b = await store({ prefix: 'tenant-b:', encryptionKey: 'b'.repeat(32) });
    await a.set('same-key', token('tok-a'));
    await b.set('same-key', token('tok-b'));
    expect((await a.get('same-key'))?.accessToken).toBe('tok-a');
    expect((await b.get('same-key'))?.accessToken).toBe('tok-b');
    // B's entry copied over A's: A cannot open it, so it never hands out B's token.
    cli(server.port, 'COPY', 'tenant-b:same-key', 'tenant-a:same-key', 'REPLACE');
    await expect(a.get('same-key')).rejects.toMatchObject({ code: 'UNREADABLE' });
    // Moved to another key of the same tenant, an entry does not open either.
    await a.set('one', token('tok-a1'));
    cli(server.port, 'COPY', 'tenant-a:one', 'tenant-a:two');
    await expect(a.get('two')).rejects.toMatchObject({ code: 'UNREADABLE' });
  });
});
