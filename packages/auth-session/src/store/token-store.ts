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
}
