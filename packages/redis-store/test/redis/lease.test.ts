// withLease and acquireSlot against a real redis-server, through node-redis and ioredis alike.
// Each store gets its own connection, as the processes of a fleet would.
import type { StoredToken } from '@apiclients/auth-session';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedisStore, type RedisStoreOptions } from '../../src/index.js';
import { type Connected, flavorNames, flavors } from '../support/clients.js';
import { cli, dump, monitor } from '../support/redis-cli.js';
import { type RedisServer, startRedisServer } from '../support/redis-server.js';

const KEY = 'an-encryption-key-of-32-chars-ok';
const token = (accessToken: string, lifetimeMs = 60_000): StoredToken => ({
  accessToken,
  tokenType: 'Bearer',
  issuedAt: Date.now(),
  expiresAt: Date.now() + lifetimeMs,
});
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const never = () => new AbortController().signal;

let server: RedisServer;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(() => server?.stop());

describe.each(flavorNames)('with %s', (flavor) => {
  const connections: Connected[] = [];
  const store = async (options: Omit<RedisStoreOptions, 'client'> = {}, url = server.url) => {
    const connection = await flavors[flavor](url);
    connections.push(connection);
    return createRedisStore({ client: connection.client, ...options });
  };
  beforeEach(() => {
    cli(server.port, 'FLUSHALL');
  });
  afterAll(async () => {
    for (const connection of connections) await connection.close();
  });

  describe('withLease', () => {
    it('issues under the lease, stores the token before releasing it, resolves with it', async () => {
      const redis = await store();
      let leaseDuringIssue = '';
      const issued = await redis.withLease(
        'k',
        async () => {
          leaseDuringIssue = cli(server.port, 'PTTL', 'apiclients:token:lease:k').trim();
          return token('t1');
        },
        never(),
      );
      expect(issued.accessToken).toBe('t1');
      // Held with its TTL while issuing; gone after; the token is in the token key.
      expect(Number(leaseDuringIssue)).toBeGreaterThan(14_000);
      expect(cli(server.port, 'EXISTS', 'apiclients:token:lease:k').trim()).toBe('0');
      expect((await redis.get('k'))?.accessToken).toBe('t1');
    });

    it('twenty stores on their own connections, at once: one issuance, one token for all', async () => {
      const stores = await Promise.all(Array.from({ length: 20 }, () => store()));
      let issued = 0;
      const tokens = await Promise.all(
        stores.map((redis) =>
          redis.withLease(
            'cold',
            async () => {
              issued++;
              await delay(100);
              return token(`t${issued}`);
            },
            never(),
          ),
        ),
      );
      expect(issued).toBe(1);
      expect(new Set(tokens.map((t) => t.accessToken))).toEqual(new Set(['t1']));
    });

    it('the token a waiter last read is no handover: it waits for the holder’s new one', async () => {
      const [holder, waiter] = [await store(), await store()];
      await holder.set('k', token('old'));
      // Both sessions read `old` and found it due for refresh, so `old` stops neither.
      expect((await waiter.get('k'))?.accessToken).toBe('old');
      expect((await holder.get('k'))?.accessToken).toBe('old');
      let release: () => void = () => {};
      const holding = holder.withLease(
        'k',
        () => new Promise<StoredToken>((resolve) => (release = () => resolve(token('new')))),
        never(),
      );
      await delay(20);
      let waited = false;
      const waiting = waiter
        .withLease('k', async () => token('never'), never())
        .finally(() => {
          waited = true;
        });
      await delay(300);
      expect(waited).toBe(false);
      release();
      expect((await waiting).accessToken).toBe('new');
      expect((await holding).accessToken).toBe('new');
    });

    it('a lease taken just after the previous holder stored: the stored token, no issuance', async () => {
      const [first, second] = [await store(), await store()];
      // `second` read the key while it was empty, then `first` issued and stored.
      expect(await second.get('k')).toBeUndefined();
      await first.withLease('k', async () => token('t1'), never());
      let issued = 0;
      const got = await second.withLease(
        'k',
        async () => {
          issued++;
          return token('t2');
        },
        never(),
      );
      expect(got.accessToken).toBe('t1');
      expect(issued).toBe(0);
      expect(cli(server.port, 'EXISTS', 'apiclients:token:lease:k').trim()).toBe('0');
    });

    it('an expired token in the key is no handover', async () => {
      const redis = await store();
      const stale = { ...token('expired'), expiresAt: Date.now() - 1000 };
      cli(server.port, 'SET', 'apiclients:token:k', JSON.stringify(stale));
      const got = await redis.withLease('k', async () => token('fresh'), never());
      expect(got.accessToken).toBe('fresh');
    });

    it('a holder that died: the waiter takes the lease when it expires, and issues', async () => {
      const redis = await store({ leaseTtlMs: 10_000 });
      // Someone else's lease, 600 ms left, and never a token.
      cli(server.port, 'SET', 'apiclients:token:lease:k', 'dead-holder', 'PX', '600');
      const began = Date.now();
      const got = await redis.withLease('k', async () => token('mine'), never());
      expect(got.accessToken).toBe('mine');
      expect(Date.now() - began).toBeGreaterThanOrEqual(500);
    });

    it("rejects with issue's own error and releases the lease for the next process", async () => {
      const redis = await store();
      const failure = new Error('provider said no');
      await expect(
        redis.withLease(
          'k',
          async () => {
            throw failure;
          },
          never(),
        ),
      ).rejects.toBe(failure);
      expect(cli(server.port, 'EXISTS', 'apiclients:token:lease:k').trim()).toBe('0');
      expect(await redis.get('k')).toBeUndefined();
    });

    it('abort while waiting: rejects at once with the reason, then sends nothing more', async () => {
      const redis = await store();
      cli(server.port, 'SET', 'apiclients:token:lease:k', 'someone', 'PX', '10000');
      const controller = new AbortController();
      const waiting = redis.withLease('k', async () => token('never'), controller.signal);
      waiting.catch(() => {});
      await delay(150);
      const watch = await monitor(server.port);
      const reason = new Error('caller left');
      controller.abort(reason);
      await expect(waiting).rejects.toBe(reason);
      // A command already on the wire lands before this marker; none may follow it.
      await delay(50);
      cli(server.port, 'ECHO', 'aborted-here');
      await delay(500);
      // No polling goes on after the abort: no timer was left behind.
      const after = (await watch.stop()).split('aborted-here')[1] ?? '';
      expect(after.split('\n').filter((l) => l.includes('apiclients:token'))).toEqual([]);
    });

    it('abort while the holder issues: the caller leaves, the token is still stored', async () => {
      const redis = await store();
      const controller = new AbortController();
      let finish: (t: StoredToken) => void = () => {};
      const holding = redis.withLease(
        'k',
        () => new Promise<StoredToken>((resolve) => (finish = resolve)),
        controller.signal,
      );
      holding.catch(() => {});
      await delay(50);
      controller.abort();
      await expect(holding).rejects.toThrow();
      finish(token('late'));
      await delay(100);
      expect((await redis.get('k'))?.accessToken).toBe('late');
      expect(cli(server.port, 'EXISTS', 'apiclients:token:lease:k').trim()).toBe('0');
    });

    it('encrypted: the issued token is sealed in Redis, and handed over sealed', async () => {
      const [holder, waiter] = [
        await store({ encryptionKey: KEY }),
        await store({ encryptionKey: KEY }),
      ];
      const [a, b] = await Promise.all([
        holder.withLease(
          'k',
          async () => {
            await delay(100);
            return token('secret-token-text');
          },
          never(),
        ),
        delay(20).then(() => waiter.withLease('k', async () => token('other'), never())),
      ]);
      expect([a.accessToken, b.accessToken]).toEqual(['secret-token-text', 'secret-token-text']);
      expect(dump(server.port)).not.toContain('secret-token-text');
      expect(dump(server.port)).toMatch(/\nv1:/);
    });

    it('Redis down before issuing: rejects (lease), never calls issue', async () => {
      const own = await startRedisServer();
      const redis = await store({ timeoutMs: 300 }, own.url);
      await own.stop();
      let called = false;
      await expect(
        redis.withLease(
          'k',
          async () => {
            called = true;
            return token('t');
          },
          never(),
        ),
      ).rejects.toMatchObject({ name: 'RedisStoreError', operation: 'lease' });
      expect(called).toBe(false);
    });

    it('Redis gone after issuing: still resolves with the token (never lose one)', async () => {
      const own = await startRedisServer();
      const redis = await store({ timeoutMs: 300 }, own.url);
      const got = await redis.withLease(
        'k',
        async () => {
          await own.stop();
          return token('kept');
        },
        never(),
      );
      expect(got.accessToken).toBe('kept');
    });
  });

  describe('acquireSlot', () => {
    it('counts up to the limit; a request counts from its answer; then answers how long to wait', async () => {
      const redis = await store();
      const turns = [];
      for (let i = 0; i < 4; i++) turns.push(await redis.acquireSlot('api', 3, 1000));
      const settles = turns.slice(0, 3) as (() => Promise<void>)[];
      expect(settles.every((turn) => typeof turn === 'function')).toBe(true);
      // All three in flight: the turn is asked for again soon, not a window later.
      expect(turns[3]).toBe(100);
      expect(cli(server.port, 'ZCARD', 'apiclients:token:rate:api').trim()).toBe('3');
      const ttl = Number(cli(server.port, 'PTTL', 'apiclients:token:rate:api'));
      expect(ttl).toBeGreaterThan(1000);
      expect(ttl).toBeLessThanOrEqual(2000);
      for (const settle of settles) await settle();
      const wait = await redis.acquireSlot('api', 3, 1000);
      expect(typeof wait).toBe('number');
      expect(wait).toBeGreaterThan(100);
      expect(wait).toBeLessThanOrEqual(1000);
      // Once the oldest answered one has left the window, a slot is free again.
      await delay((wait as number) + 20);
      expect(typeof (await redis.acquireSlot('api', 3, 1000))).toBe('function');
    });

    it('an unanswered request stops counting by itself, a window after its window', async () => {
      const redis = await store();
      await redis.acquireSlot('lost', 1, 300);
      expect(await redis.acquireSlot('lost', 1, 300)).toBe(100);
      await delay(650);
      expect(typeof (await redis.acquireSlot('lost', 1, 300))).toBe('function');
    });

    it('atomic across connections: 50 at once against a limit of 10 → exactly 10 slots', async () => {
      const stores = await Promise.all(Array.from({ length: 5 }, () => store()));
      const turns = await Promise.all(
        Array.from({ length: 50 }, (_, i) => stores[i % 5]?.acquireSlot('burst', 10, 60_000)),
      );
      expect(turns.filter((turn) => typeof turn === 'function')).toHaveLength(10);
      expect(turns.filter((turn) => turn === 100)).toHaveLength(40);
    });

    it("Redis's TIME is the clock, in one script", async () => {
      const redis = await store();
      const watch = await monitor(server.port);
      await redis.acquireSlot('clock', 5, 1000);
      const lines = (await watch.stop()).split('\n');
      const fromClient = lines.filter((l) => l.includes('rate:clock') && !l.includes('lua]'));
      // One script per turn (its settle is a second one, sent when the request is answered).
      expect(fromClient).toHaveLength(1);
      expect(fromClient[0]?.toLowerCase()).toContain('"eval"');
      expect(lines.some((l) => l.includes('lua]') && l.includes('"TIME"'))).toBe(true);
    });

    it('bad arguments are rejected before Redis; Redis down rejects (the client counts alone)', async () => {
      const redis = await store();
      await expect(redis.acquireSlot('x', 0, 1000)).rejects.toThrow(/limit/);
      await expect(redis.acquireSlot('x', 1.5, 1000)).rejects.toThrow(/limit/);
      await expect(redis.acquireSlot('x', 1, 0)).rejects.toThrow(/windowMs/);
      const own = await startRedisServer();
      const down = await store({ timeoutMs: 300 }, own.url);
      await own.stop();
      await expect(down.acquireSlot('x', 1, 1000)).rejects.toMatchObject({
        name: 'RedisStoreError',
        operation: 'acquireSlot',
      });
    });
  });
});
