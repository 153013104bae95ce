/** A token as the session keeps it. Times are ms on the session's clock (`now`). */
export interface StoredToken {
  readonly accessToken: string;
  readonly tokenType?: string;
  /** When the issue request that produced this token started. */
  readonly issuedAt: number;
  /** Absent when neither `expiresIn` nor a JWT `exp` said: kept until invalidated. */
  readonly expiresAt?: number;
}

/**
 * Where tokens are kept between calls (and, for a shared store, between processes). Every
 * method may be slow or throw: the session then falls back to issuing, never to failing.
 */
export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined>;
  set(key: string, token: StoredToken): Promise<void>;
  /**
   * Removes the entry. With `accessToken`, removes it only while it still holds that token
   * (compare-and-delete, atomically where the store can): a session drops the token the API
   * refused, never the fresh one a sibling stored meanwhile. The session also compares before
   * calling, so a store that ignores `accessToken` is only exposed to a narrow race.
   */
  delete(key: string, accessToken?: string): Promise<void>;
  /**
   * Optional: single flight across every session sharing the store (a fleet of processes). Runs
   * `issue` only while this call holds the store's lease on `key`, stores the token before the
   * lease is released, and resolves with it; a call that finds the lease held waits for the
   * holder's token and resolves with that instead (or takes the lease if it expires: its holder
   * died). Rejects with whatever `issue` rejected with. A store that cannot coordinate (its
   * backend is down) rejects *before* calling `issue`: the session then issues on its own and
   * reports a `store-failure` event with operation `lease`. `replacing` is the access token the
   * session is replacing (in its refresh window, refused by the API, dropped): never a handover.
   */
  withLease?(
    key: string,
    issue: () => Promise<StoredToken>,
    signal: AbortSignal,
    replacing?: string,
  ): Promise<StoredToken>;
  /**
   * Optional: a request counter shared by every client using the store, for a client's
   * `rateLimit`. Atomically: if fewer than `limit` requests counted under `key` may still be in
   * the server's window of `windowMs`, counts one and resolves with a function to call once that
   * request is answered (it then counts from then on: it reached the server before); otherwise
   * counts nothing and resolves with the ms to wait before asking again. A request never
   * answered must stop counting by itself (within a window or two). A rejection makes the client
   * fall back to its own in-process count.
   */
  acquireSlot?(
    key: string,
    limit: number,
    windowMs: number,
  ): Promise<number | (() => void | Promise<void>)>;
}
