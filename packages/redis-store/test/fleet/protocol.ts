// What the test says to a fleet worker over IPC, and what it answers.

export interface Setup {
  readonly type: 'setup';
  readonly flavor: string;
  readonly redisUrl: string;
  readonly apiUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly encryptionKey?: string;
  readonly leaseTtlMs?: number;
  readonly timeoutMs?: number;
  readonly refreshWindowMs?: number;
  readonly expiryMarginMs?: number;
  /**
   * A Volubile client instead, with `clientSecret` as its API key and this `rateLimit`, calling
   * GET /v1/calls: the fleet then shares the account's request count.
   */
  readonly volubileRateLimit?: true | { readonly requests: number; readonly perSeconds: number };
}

export type Command =
  | Setup
  /** `calls` concurrent calls at once. */
  | { readonly type: 'burst'; readonly calls: number }
  /** `loops` callers calling in turn, `gapMs` apart, for `ms`. */
  | { readonly type: 'run'; readonly ms: number; readonly loops: number; readonly gapMs: number }
  /** Resolves once the worker's Redis connection answers again. */
  | { readonly type: 'until-redis' }
  /** The session events so far, counted by type (store failures by operation). */
  | { readonly type: 'events' }
  | { readonly type: 'teardown' };

/** Calls by HTTP status, calls that threw (error names), and answers with another tenant's token. */
export interface Tally {
  statuses: Record<number, number>;
  errors: string[];
  foreign: number;
}
