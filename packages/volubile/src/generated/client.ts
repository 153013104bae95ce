// generated from specs/volubile.yaml — do not edit. Run `pnpm generate` to update.

import type { TokenSession } from '@apiclients/auth-session';
import {
  apiKey,
  checkScopes,
  type ClientOverrides,
  type CommonClientOptions,
  createSpecClient,
  exchangedToken,
  explainExchange,
  interopDefault,
  type IssuedToken,
  issueToken,
  type Paged,
  type PageData,
  type PagedPath,
  type PageItem,
  pagesOf,
  type RateLimitOption,
  tokenProvider,
  type TokenProviderOptions,
} from '@apiclients/auth-session/kit';
import openapiFetch, { type Client, type MaybeOptionalInit } from 'openapi-fetch';
import { api, pagination, rateLimit, securitySchemes, tokenExchange } from './operations.js';
import type { paths } from './schema.js';

/** A scope a Volubile token can carry: the spec's `x-token-exchange` scope list. */
export type Scope = (typeof tokenExchange.scopeValues)[number];

/** Every scope, in the order the spec lists them. */
export const scopes: readonly Scope[] = ["calls:read", "calls:write", "campaigns:read", "campaigns:write", "agents:read", "agents:write", "integrations:read", "integrations:write"];

/**
 * The options of `createVolubileClient`: one way of giving credentials the spec accepts, and the
 * common ones.
 */
export type VolubileClientOptions = CommonClientOptions &
  RateLimitOption &
  (
    | {
      /** Sent as the `X-Api-Key` header: `Api key` (Your API key). Keep it on your backend. */
      apiKey: string;
      /**
       * With scopes, the client mints Bearer tokens carrying them (POST /v1/auth/token) and API calls
       * carry the Bearer; without, they carry the key itself.
       */
      scopes?: Scope[] | undefined;
      getToken?: never;
      identity?: never;
    }
    | (TokenProviderOptions & {
      apiKey?: never;
      scopes?: never;
    })
  );

type Paginated = typeof pagination;

/**
 * Every item of a paginated GET (`x-pagination`), page after page as the loop asks for them;
 * `.pages()` for whole pages with their responses. An error response rejects with
 * ResponseError.
 */
export type VolubilePaginate = <P extends PagedPath<paths, Paginated>>(
  path: P,
  init?: MaybeOptionalInit<paths[P], 'get' & keyof paths[P]>,
) => Paged<PageItem<paths, Paginated, P>, PageData<paths, P>>;

export type VolubileClient = Client<paths> & {
  /** The token session: `getToken()` for the current token, `invalidate()` to drop it. */
  readonly session?: TokenSession;
  readonly paginate: VolubilePaginate;
  /** A client of the same type with these options changed, sharing this one's credentials. */
  withOptions(overrides: ClientOverrides): VolubileClient;
};

// openapi-fetch's `createClient`, as much in the CJS build as in the ESM one.
const createClient = interopDefault(openapiFetch);

/**
 * A typed Volubile client, authenticated as the spec's security asks: bearerAuth (http bearer), Api
 * key (apiKey).
 */
export function createVolubileClient(options: VolubileClientOptions): VolubileClient {
  return createSpecClient(options, {
    caller: 'createVolubileClient',
    provider: 'volubile',
    title: 'Volubile',
    server: "https://api.eu.volubile.ai",
    securitySchemes,
    handlers: [
      ["bearerAuth", exchangedToken(tokenExchange, { checkScopes, explain: explainExchange(tokenExchange) })],
      ["bearerAuth", tokenProvider],
      ["Api key", apiKey],
    ],
    needs: "scopes or getToken (bearerAuth), or apiKey (Api key)",
    required: ["apiKey", "is required and must be a string"],
    api,
    paginate: pagesOf(pagination),
    rateLimit,
    createClient: createClient<paths>,
  }) as VolubileClient;
}

export interface IssueVolubileTokenOptions {
  /** Your API key. Backend only. */
  apiKey: string;
  /** The scopes its tokens carry. */
  scopes: Scope[];
  baseUrl?: string | undefined;
  fetch?: typeof fetch | undefined;
  /** Per attempt, in ms. Default 60 000. */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

/** A token minted by `issueVolubileToken`: the token, its lifetime and when it stops working. */
export type VolubileToken = IssuedToken;

/**
 * Mints one short-lived, scoped Bearer token (POST /v1/auth/token), for a backend to hand
 * to a frontend or a downstream service. One attempt: errors are AuthErrors, nothing is cached.
 */
export const issueVolubileToken = (options: IssueVolubileTokenOptions): Promise<VolubileToken> =>
  issueToken(options as never, {
    caller: 'issueVolubileToken',
    title: 'Volubile',
    server: "https://api.eu.volubile.ai",
    exchange: tokenExchange,
    securitySchemes,
    handlers: [["Api key", apiKey]],
    createClient: createClient<paths>,
    parts: { checkScopes, explain: explainExchange(tokenExchange) },
  });
