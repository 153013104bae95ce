import {
  assertOptionsObject,
  requireCredential,
  requireFunction,
  resolveBaseUrl,
} from '@apiclients/auth-session/kit';
import { servers } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { createClient } from './openapi-fetch.js';
import { checkScopes, mintToken, type Scope } from './token.js';

export interface IssueVolubileTokenOptions {
  /** Your API key. Backend only. */
  apiKey: string;
  /** What the token may do; keep it to what the downstream service needs. */
  scopes: Scope[];
  baseUrl?: string | undefined;
  fetch?: typeof fetch | undefined;
  /** Per attempt, in ms. Default 60 000. */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface VolubileToken {
  readonly token: string;
  /** Seconds, as the API said. */
  readonly expiresIn: number;
  readonly tokenType: string;
  /** When the token stops working, measured from the start of the request. */
  readonly expiresAt: Date;
}

const CALLER = 'issueVolubileToken';

/**
 * Mints one short-lived, scoped Bearer token with the API key, for a backend to hand to a
 * frontend or a downstream service. One attempt: errors are AuthErrors, nothing is cached.
 */
export async function issueVolubileToken(
  options: IssueVolubileTokenOptions,
): Promise<VolubileToken> {
  assertOptionsObject(CALLER, options);
  const apiKey = requireCredential(CALLER, 'apiKey', options.apiKey, true);
  const scopes = checkScopes(CALLER, options.scopes);
  const baseUrl = resolveBaseUrl(CALLER, options.baseUrl, servers[0].url);
  // The global fetch is looked up when the request is made, as for every client request.
  const fetch: typeof globalThis.fetch =
    requireFunction(CALLER, 'fetch', options.fetch, true) ??
    ((input, init) => globalThis.fetch(input, init));
  const client = createClient<paths>({ baseUrl, fetch });
  const started = Date.now();
  const { accessToken, expiresIn, tokenType } = await mintToken(
    client,
    apiKey,
    scopes,
    options.signal ?? new AbortController().signal,
    options.timeoutMs ?? 60_000,
  );
  return {
    token: accessToken,
    expiresIn,
    tokenType,
    expiresAt: new Date(started + expiresIn * 1000),
  };
}
