// `withLease`: single flight across every process sharing the Redis. One process at a time holds
// `<prefix>lease:<key>` (SET NX PX, a random value of its own) while it issues; it stores the
// token before releasing, so whoever finds the lease held finds the token in the token key next.
import type { StoredToken, TokenStore } from '@apiclients/auth-session';
import { abortable, sleep } from './abortable.js';
import type { Commands } from './client.js';
import type { RedisStoreOperation } from './errors.js';

export type Run = <T>(operation: RedisStoreOperation, command: () => Promise<T>) => Promise<T>;

// SET NX PX inside a script rather than as a plain SET: an adapter only has to pass `eval`
// through, and one that dropped an `NX` option it did not know would hand the lease to everyone.
const ACQUIRE = `return redis.call('SET',KEYS[1],ARGV[1],'NX','PX',ARGV[2]) and 1 or 0`;
// Compare-and-delete on our random value: a holder that outlived its lease never releases the
// lease a successor took meanwhile.
const RELEASE = `if redis.call('GET',KEYS[1])==ARGV[1] then return redis.call('DEL',KEYS[1]) end
return 0`;

/** A waiter polls the token key at 25, 50, 100, then every 200 ms (measured in the README). */
export const pollDelay = (round: number) => Math.min(200, 25 * 2 ** round);

const ignore = () => {};

const randomId = () =>
  Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');

export interface LeaseOptions {
  readonly redis: Commands;
  readonly run: Run;
  readonly prefix: string;
  readonly ttlMs: number;
  /** The token entry under `key`, undefined when there is none this store can read. */
  readonly read: (key: string) => Promise<StoredToken | undefined>;
  /** The store's own `set`: TTL = remaining lifetime, sealed with `encryptionKey`. */
  readonly write: (key: string, token: StoredToken) => Promise<void>;
  /**
   * Per key, the token this process last read or was handed. The session asks for a lease only
   * when that token would not do (missing, in its refresh window, refused by the API, or
   * dropped by `forceRefresh`), so the same token in the token key is never a handover, however
   * far from expiry it is.
   */
  readonly seen: Map<string, string>;
}

export function createLease(options: LeaseOptions): NonNullable<TokenStore['withLease']> {
  const { redis, run, prefix, ttlMs, read, write, seen } = options;

  return async (key, issue, signal, replacing) => {
    const lease = `${prefix}lease:${key}`;
    const id = randomId();
    // Bounded by timeoutMs like every command; a failure only leaves the lease to its TTL.
    const release = () => run('lease', () => redis.eval(RELEASE, lease, [id])).then(ignore, ignore);
    // The token the session replaces, as it says; from a session that does not say, what its
    // read returned just before calling us (taken now: a read it makes meanwhile, the compare
    // step of dropping a refused token, may already return the holder's new token).
    const stale = replacing ?? seen.get(key);
    const handover = (token: StoredToken | undefined): token is StoredToken =>
      token !== undefined &&
      token.accessToken !== stale &&
      // An expired token is no handover, whatever Redis still holds (clocks, a late write).
      (token.expiresAt === undefined || token.expiresAt > Date.now());
    const handed = (token: StoredToken) => {
      seen.set(key, token.accessToken);
      return token;
    };

    for (let round = 0; ; ) {
      let held: boolean;
      try {
        held =
          Number(
            await abortable(
              signal,
              run('lease', () => redis.eval(ACQUIRE, lease, [id, String(ttlMs)])),
            ),
          ) === 1;
      } catch (error) {
        // A SET that timed out may still reach Redis when the client's offline queue drains;
        // the release queued behind it on the same connection undoes it, so no lease nobody
        // holds blocks the fleet for ttlMs after Redis comes back.
        release();
        throw error;
      }

      if (held) {
        let found: StoredToken | undefined;
        try {
          // The previous holder may have stored a token between the session's read and our SET.
          found = await abortable(signal, read(key));
          signal.throwIfAborted();
        } catch (error) {
          await release();
          throw error;
        }
        if (handover(found)) {
          await release();
          return handed(found);
        }
        // From here on Redis failures cost sharing, never the token: it is what we resolve with.
        const issued = (async () => {
          let token: StoredToken;
          try {
            token = await issue();
          } catch (error) {
            await release();
            throw error;
          }
          await write(key, token).catch(ignore);
          await release();
          return handed(token);
        })();
        // The caller may leave (abort) while the issuance goes on: it still stores and releases.
        issued.catch(ignore);
        return abortable(signal, issued);
      }

      // Held by another process: its token lands in the token key before it lets go.
      const found = await abortable(signal, read(key));
      if (handover(found)) return handed(found);
      await sleep(pollDelay(round++), signal);
    }
  };
}
