/** Options every provider client takes. */
export interface CommonClientOptions {
  /** Overrides the spec's default server. An absolute http(s) URL. */
  baseUrl?: string;
  /** A fetch implementation (a test double, a proxy-aware fetch…). Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: HeadersInit;
}

/** What a frontend passes instead of a secret: a function that gets a token from its backend. */
export type TokenProvider = () => Promise<string | { accessToken: string; expiresIn?: number }>;
