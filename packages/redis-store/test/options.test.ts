// Construction, shape detection, encoding and error hygiene: no server needed.
import type { StoredToken } from '@apiclients/auth-session';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import { createRedisStore, type NodeRedisLike, RedisStoreError } from '../src/index.js';

const TOKEN = 'eyJhbGciOi.secret-token-body.signature';
const KEY = 'k'.repeat(32);

/** node-redis's calling convention over a Map, recording every command. */
function mapClient() {
  const data = new Map<string, string>();
  const calls: unknown[][] = [];
  const client: NodeRedisLike = {
    get: async (key) => {
      calls.push(['get', key]);
      return data.get(key) ?? null;
    },
    set: async (key, value, options) => {
      calls.push(['set', key, value, options]);
      data.set(key, value);
      return 'OK';
    },
    eval: async (_script, options) => {
      calls.push(['eval', options]);
      return 0;
    },
  };
  return { client, data, calls };
}

const token = (over: Partial<StoredToken> = {}): StoredToken => ({
  accessToken: TOKEN,
  tokenType: 'Bearer',
  issuedAt: Date.now(),
  expiresAt: Date.now() + 60_000,
  ...over,
});

describe('createRedisStore options', () => {
  it.each([
    [undefined, /options\.client is required/],
    [{}, /options\.client must be a node-redis or ioredis client/],
    [{ client: { get() {}, set() {} } }, /options\.client must be a node-redis or ioredis client/],
    [{ client: { get() {}, set() {}, eval() {} } }, /options\.flavor must be .*neither/],
    [{ client: mapClient().client, flavor: 'valkey' }, /options\.flavor must be 'node-redis' or/],
    [{ client: mapClient().client, flavor: 'ioredis', prefix: 7 }, /options\.prefix must be/],
    [{ client: mapClient().client, flavor: 'ioredis', timeoutMs: 0 }, /options\.timeoutMs must/],
    [{ client: mapClient().client, flavor: 'ioredis', leaseTtlMs: 50 }, /options\.leaseTtlMs must/],
    [{ client: mapClient().client, flavor: 'ioredis', leaseTtlMs: 1.5e3 + 0.5 }, /leaseTtlMs must/],
    [{ client: mapClient().client, flavor: 'ioredis', leaseTtlMs: '15000' }, /leaseTtlMs must/],
    [
      { client: mapClient().client, flavor: 'ioredis', encryptionKey: undefined },
      /options\.encryptionKey is undefined \(an unset variable\?\): leave it out/,
    ],
  ])('fails at construction, naming the option (%#)', (options, message) => {
    expect(() => createRedisStore(options as never)).toThrow(message);
  });

  it.each([
    'short-but-secret-key',
    new Uint8Array(31),
    new Uint8Array(33),
    new ArrayBuffer(16),
    42,
  ])('rejects an encryptionKey that is too short or not a key, without echoing it (%#)', (key) => {
    let message = '';
    try {
      createRedisStore({
        client: mapClient().client,
        flavor: 'node-redis',
        encryptionKey: key as never,
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      'createRedisStore: options.encryptionKey must be a string of at least 32 characters, or exactly 32 bytes',
    );
    expect(message).not.toContain('short-but-secret-key');
  });

  it('accepts a 32-character string, 32 bytes (Uint8Array, Buffer, ArrayBuffer)', () => {
    const { client } = mapClient();
    for (const encryptionKey of [KEY, new Uint8Array(32), Buffer.alloc(32), new ArrayBuffer(32)])
      expect(() => createRedisStore({ client, flavor: 'node-redis', encryptionKey })).not.toThrow();
  });

  it('recognises node-redis and ioredis clients by shape, without connecting', () => {
    const nodeRedis = createClient();
    const ioredis = new Redis({ lazyConnect: true });
    // Both are accepted as they are: no cast, no adapter.
    expect(() => createRedisStore({ client: nodeRedis })).not.toThrow();
    expect(() => createRedisStore({ client: ioredis })).not.toThrow();
    ioredis.disconnect();
  });
});

describe('what is written', () => {
  it('without encryptionKey: the StoredToken as JSON under prefix + key, PX = remaining lifetime', async () => {
    const { client, data, calls } = mapClient();
    const store = createRedisStore({ client, flavor: 'node-redis', prefix: 'p:' });
    const stored = token();
    await store.set('hashrails|https://api|id:c1|', stored);
    const value = data.get('p:hashrails|https://api|id:c1|');
    expect(JSON.parse(value ?? '')).toEqual(stored);
    const options = calls[0]?.[3] as { PX: number; expiration: { type: string; value: number } };
    expect(options.PX).toBeGreaterThan(59_000);
    expect(options.PX).toBeLessThanOrEqual(60_000);
    expect(options.expiration).toEqual({ type: 'PX', value: options.PX });
    expect(await store.get('hashrails|https://api|id:c1|')).toEqual(stored);
  });

  it('no TTL without expiresAt; an already expired token is not written at all', async () => {
    const { client, data, calls } = mapClient();
    const store = createRedisStore({ client, flavor: 'node-redis' });
    await store.set('forever', token({ expiresAt: undefined }));
    expect(calls[0]).toEqual(['set', 'apiclients:token:forever', expect.any(String), undefined]);
    await store.set('expired', token({ expiresAt: Date.now() - 1 }));
    expect(data.has('apiclients:token:expired')).toBe(false);
  });

  it('with encryptionKey: v1:<fingerprint>:<iv>:<ciphertext>, a fresh IV per write, no token', async () => {
    const { client, data } = mapClient();
    const store = createRedisStore({ client, flavor: 'node-redis', encryptionKey: KEY });
    const stored = token();
    await store.set('a', stored);
    const first = data.get('apiclients:token:a') ?? '';
    await store.set('a', stored);
    const second = data.get('apiclients:token:a') ?? '';
    const shape = /^v1:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/=]+$/;
    expect(first).toMatch(shape);
    expect(second).toMatch(shape);
    // Same token, same fingerprint; a new IV, so a new ciphertext.
    expect(first.split(':')[1]).toBe(second.split(':')[1]);
    expect(first.split(':')[2]).not.toBe(second.split(':')[2]);
    expect(first).not.toContain(TOKEN);
    expect(first).not.toContain(btoa(TOKEN).slice(0, 12));
    expect(await store.get('a')).toEqual(stored);
  });

  it('compare-and-delete sends the fingerprint, never the token, when encrypting', async () => {
    const { client, calls } = mapClient();
    const store = createRedisStore({ client, flavor: 'node-redis', encryptionKey: KEY });
    await store.delete('a', TOKEN);
    await store.delete('a');
    expect(JSON.stringify(calls)).not.toContain(TOKEN);
    expect(calls).toEqual([
      [
        'eval',
        { keys: ['apiclients:token:a'], arguments: [expect.stringMatching(/^v1:.{24}:$/), '1'] },
      ],
      ['eval', { keys: ['apiclients:token:a'], arguments: ['', '1'] }],
    ]);
  });

  it('ioredis calling convention: set(key, value, "PX", ms) and eval(script, 1, key, ...args)', async () => {
    const calls: unknown[][] = [];
    const client = {
      get: async () => null,
      set: async (...args: unknown[]) => {
        calls.push(['set', ...args]);
      },
      eval: async (...args: unknown[]) => {
        calls.push(['eval', ...args.slice(1)]);
      },
    };
    const store = createRedisStore({ client: client as never, flavor: 'ioredis' });
    await store.set('a', token({ accessToken: 'tok' }));
    await store.set('b', token({ accessToken: 'tok', expiresAt: undefined }));
    await store.delete('a', 'tok');
    expect(calls[0]).toEqual([
      'set',
      'apiclients:token:a',
      expect.any(String),
      'PX',
      expect.any(Number),
    ]);
    expect(calls[1]).toEqual(['set', 'apiclients:token:b', expect.any(String)]);
    expect(calls[2]).toEqual(['eval', 1, 'apiclients:token:a', 'tok', '0']);
  });
});

describe('failures', () => {
  it("wraps a client's error: the operation and class name, never its message", async () => {
    const leaky = Object.assign(new Error(`ERR wrong value ${TOKEN}`), {
      name: 'ReplyError',
      command: { name: 'set', args: ['k', TOKEN] },
    });
    const client = {
      get: async () => {
        throw Object.assign(new Error(`connect ECONNREFUSED ${TOKEN}`), { code: 'ECONNREFUSED' });
      },
      set: async () => {
        throw leaky;
      },
      eval: async () => {
        throw leaky;
      },
    };
    const store = createRedisStore({ client, flavor: 'ioredis' });
    const errors = await Promise.all([
      store.get('k').catch((error: unknown) => error),
      store.set('k', token()).catch((error: unknown) => error),
      store.delete('k', TOKEN).catch((error: unknown) => error),
    ]);
    expect(errors.map((error) => (error as Error).message)).toEqual([
      'Redis store get failed: REDIS (Error ECONNREFUSED; message withheld)',
      'Redis store set failed: REDIS (ReplyError; message withheld)',
      'Redis store delete failed: REDIS (ReplyError; message withheld)',
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(RedisStoreError);
      expect(JSON.stringify(error)).not.toContain(TOKEN);
      expect(String((error as Error).stack)).not.toContain(TOKEN);
      expect((error as Error).cause).toBeUndefined();
    }
  });

  it('a command not answered within timeoutMs fails with TIMEOUT', async () => {
    const never = () => new Promise<never>(() => {});
    const store = createRedisStore({
      client: { get: never, set: never, eval: never },
      flavor: 'node-redis',
      timeoutMs: 50,
    });
    await expect(store.get('k')).rejects.toMatchObject({ code: 'TIMEOUT', operation: 'get' });
    await expect(store.set('k', token())).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('an entry it cannot read is UNREADABLE: another key, plain vs encrypted, not a token', async () => {
    const { client, data } = mapClient();
    const plain = createRedisStore({ client, flavor: 'node-redis' });
    const sealed = createRedisStore({ client, flavor: 'node-redis', encryptionKey: KEY });
    const other = createRedisStore({ client, flavor: 'node-redis', encryptionKey: 'o'.repeat(32) });
    await sealed.set('a', token());
    await expect(plain.get('a')).rejects.toMatchObject({ code: 'UNREADABLE' });
    await expect(other.get('a')).rejects.toMatchObject({ code: 'UNREADABLE' });
    await plain.set('b', token());
    await expect(sealed.get('b')).rejects.toMatchObject({ code: 'UNREADABLE' });
    data.set('apiclients:token:c', '{"accessToken":1}');
    await expect(plain.get('c')).rejects.toMatchObject({ code: 'UNREADABLE' });
    // Moved to another key (another tenant's), an encrypted entry does not open.
    data.set('apiclients:token:d', data.get('apiclients:token:a') ?? '');
    await expect(sealed.get('d')).rejects.toMatchObject({ code: 'UNREADABLE' });
    expect(await sealed.get('missing')).toBeUndefined();
  });
});
