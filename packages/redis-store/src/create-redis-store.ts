import type { StoredToken, TokenStore } from '@apiclients/auth-session';
import { createSlotCounter } from './acquire-slot.js';
import {
  type Commands,
  commands,
  detectFlavor,
  type IoRedisLike,
  type NodeRedisLike,
  type RedisFlavor,
} from './client.js';
import { deriveKeys, entryPrefix, type Keys, open, seal } from './crypto.js';
import { RedisStoreError, type RedisStoreOperation } from './errors.js';
import { createLease } from './lease.js';

export interface RedisStoreOptions {
  /**
   * Your connected client: node-redis (`createClient()` from `redis`, v4 and later) or ioredis
   * (`new Redis()`), recognised by shape; anything else through a small adapter and `flavor`.
   */
  readonly client: NodeRedisLike | IoRedisLike;
  /** The calling convention, when the client is neither recognised: see the README's adapters. */
  readonly flavor?: RedisFlavor | undefined;
  /** Put before every session key. Default `'apiclients:token:'`. */
  readonly prefix?: string | undefined;
  /**
   * Encrypts every entry (AES-256-GCM): a random string of at least 32 characters, or 32 random
   * bytes. Every process sharing the entries needs the same key.
   */
  readonly encryptionKey?: string | Uint8Array | ArrayBuffer | undefined;
  /** A command not answered in this many ms fails (the session then issues). Default 1000. */
  readonly timeoutMs?: number | undefined;
  /**
   * How long a process may hold the issuing lease of a session key (`withLease`), in ms. Default
   * 15000: far above a normal issuance (well under a second), so a slow one is not duplicated,
   * and the longest the fleet waits before another process issues when a holder died.
   */
  readonly leaseTtlMs?: number | undefined;
}

// Compare-and-delete in one step. ARGV[1]: '' (delete whatever is there) or what must match;
// ARGV[2]: '1' when that is the prefix of an encrypted entry, else the access token of a JSON one.
const DELETE_SCRIPT = `local v=redis.call('GET',KEYS[1])
if not v then return 0 end
local t=ARGV[1]
if t~='' then
if ARGV[2]=='1' then if string.sub(v,1,#t)~=t then return 0 end
else local ok,e=pcall(cjson.decode,v)
if not ok or type(e)~='table' or e.accessToken~=t then return 0 end end
end
return redis.call('DEL',KEYS[1])`;

const fail = (what: string): never => {
  throw new TypeError(`createRedisStore: options.${what}`);
};

const isStoredToken = (value: unknown): value is StoredToken => {
  const token = value as StoredToken | null;
  return (
    typeof token === 'object' &&
    token !== null &&
    typeof token.accessToken === 'string' &&
    typeof token.issuedAt === 'number' &&
    (token.expiresAt === undefined || typeof token.expiresAt === 'number') &&
    (token.tokenType === undefined || typeof token.tokenType === 'string')
  );
};

/** A `TokenStore` whose optional fleet methods are always there. */
export type RedisTokenStore = TokenStore & Required<Pick<TokenStore, 'withLease' | 'acquireSlot'>>;

/** A `TokenStore` on your Redis client: sessions in every process that uses it share tokens. */
export function createRedisStore(options: RedisStoreOptions): RedisTokenStore {
  if (typeof options !== 'object' || options === null) fail('client is required');
  const {
    client,
    prefix = 'apiclients:token:',
    encryptionKey,
    timeoutMs = 1000,
    leaseTtlMs = 15_000,
  } = options;
  if (
    typeof client !== 'object' ||
    client === null ||
    !['get', 'set', 'eval'].every((name) => typeof (client as never)[name] === 'function')
  )
    fail('client must be a node-redis or ioredis client (with get, set and eval)');
  const flavor = options.flavor ?? detectFlavor(client);
  if (flavor !== 'node-redis' && flavor !== 'ioredis')
    fail(
      `flavor must be 'node-redis' or 'ioredis'${options.flavor === undefined ? ': options.client is neither, so say which calling convention it follows' : ''}`,
    );
  if (typeof prefix !== 'string') fail('prefix must be a string');
  if (!(timeoutMs > 0 && timeoutMs <= 2_147_483_647))
    fail('timeoutMs must be a positive number of milliseconds');
  // Whole ms (PX takes an integer); at least 100 so that a lease outlives the commands around it.
  if (!(Number.isSafeInteger(leaseTtlMs) && leaseTtlMs >= 100 && leaseTtlMs <= 2_147_483_647))
    fail('leaseTtlMs must be a whole number of milliseconds, at least 100');
  // `encryptionKey: process.env.KEY` with KEY unset must not quietly store tokens readable.
  if ('encryptionKey' in options && encryptionKey === undefined)
    fail(
      'encryptionKey is undefined (an unset variable?): leave it out to store tokens unencrypted',
    );
  let keys: Promise<Keys> | undefined;
  if (encryptionKey !== undefined) {
    const size =
      typeof encryptionKey === 'string'
        ? encryptionKey.length >= 32
        : (encryptionKey instanceof ArrayBuffer || ArrayBuffer.isView(encryptionKey)) &&
          encryptionKey.byteLength === 32;
    if (!size)
      fail('encryptionKey must be a string of at least 32 characters, or exactly 32 bytes');
    if (!globalThis.crypto?.subtle)
      fail('encryptionKey needs Web Crypto (crypto.subtle), which this runtime lacks');
    const derived = deriveKeys(encryptionKey as string | Uint8Array | ArrayBuffer);
    // Derivation failing is reported by the first command that needs the keys.
    derived.catch(() => {});
    keys = derived;
  }
  const redis: Commands = commands(client, flavor as RedisFlavor);

  // Every command: bounded in time, and failing with a message that quotes nothing.
  const run = <T>(operation: RedisStoreOperation, command: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new RedisStoreError(operation, 'TIMEOUT')),
        timeoutMs,
      ) as unknown as { unref?: () => void };
      // A slow Redis must not keep a finished process alive.
      timer.unref?.();
      Promise.resolve()
        .then(command)
        .then(resolve, (error: unknown) =>
          reject(
            error instanceof RedisStoreError
              ? error
              : new RedisStoreError(operation, 'REDIS', error),
          ),
        )
        .finally(() => clearTimeout(timer as never));
    });

  /** The token under `key`; undefined when there is none, 'unreadable' when it is not ours. */
  const read = async (key: string): Promise<StoredToken | 'unreadable' | undefined> => {
    const name = prefix + key;
    const entry = await redis.get(name);
    if (entry == null) return undefined;
    let text: string | undefined = typeof entry === 'string' ? entry : undefined;
    if (keys && text !== undefined) text = await open(await keys, name, text);
    let token: unknown;
    try {
      token = text === undefined ? undefined : JSON.parse(text);
    } catch {}
    return isStoredToken(token) ? token : 'unreadable';
  };

  // Per key, the token this process last read or was handed: see `LeaseOptions.seen`.
  const seen = new Map<string, string>();
  // Reads of one key that overlap in time: only the first one sent records what it saw. The
  // session reads right before asking for a lease, and the compare step of dropping a refused
  // token may read again meanwhile; that later read can already return the lease holder's new
  // token, which must not pass for the one the session is replacing.
  const reads = new Map<string, { inFlight: number; first: number }>();
  let serial = 0;

  const store: TokenStore = {
    get: (key) => {
      const id = ++serial;
      const group = reads.get(key) ?? { inFlight: 0, first: id };
      if (group.inFlight++ === 0) group.first = id;
      reads.set(key, group);
      return run('get', async () => {
        const token = await read(key);
        if (group.first === id) seen.set(key, typeof token === 'object' ? token.accessToken : '');
        if (token === 'unreadable') throw new RedisStoreError('get', 'UNREADABLE');
        return token;
      }).finally(() => {
        // Settles by timeoutMs at the latest, so a read lost with its connection ends its group.
        if (--group.inFlight === 0) reads.delete(key);
      });
    },

    set: (key, token) =>
      run('set', async () => {
        const name = prefix + key;
        const expiresAt = Number.isFinite(token.expiresAt) ? token.expiresAt : undefined;
        const ttl = expiresAt === undefined ? undefined : Math.ceil(expiresAt - Date.now());
        // Already expired: nothing worth sharing, and Redis refuses a TTL of zero or less.
        if (ttl !== undefined && !(ttl > 0)) return;
        const { accessToken, tokenType, issuedAt } = token;
        const json = JSON.stringify({ accessToken, tokenType, issuedAt, expiresAt });
        const value = keys ? await seal(await keys, name, accessToken, json) : json;
        await redis.set(name, value, ttl);
      }),

    delete: (key, accessToken) =>
      run('delete', async () => {
        // The session drops a token the API refused: never a handover after that.
        if (accessToken !== undefined) seen.set(key, accessToken);
        const match =
          accessToken === undefined
            ? ''
            : keys
              ? await entryPrefix(await keys, accessToken)
              : accessToken;
        await redis.eval(DELETE_SCRIPT, prefix + key, [match, keys ? '1' : '0']);
      }),
  };
  store.withLease = createLease({
    redis,
    run,
    prefix,
    ttlMs: leaseTtlMs,
    seen,
    read: (key) =>
      run('lease', () => read(key)).then((token) =>
        typeof token === 'object' ? token : undefined,
      ),
    write: store.set,
  });
  store.acquireSlot = createSlotCounter(redis, run, prefix);
  return store as RedisTokenStore;
}
