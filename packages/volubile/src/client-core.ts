// What every Volubile factory ends with, whatever the credential: the authenticated openapi-fetch
// client. Kept apart from the API-key flows (client.ts) so that the frontend entry (frontend.ts)
// can import it without the key checks and the token minting.
import type { TokenSession } from '@apiclients/auth-session';
import {
  assertOptionsObject,
  bearerCredential,
  buildClient,
  type ClientOverrides,
  type CommonClientOptions,
  type Credential,
  type ItemOf,
  type OkBody,
  type Paged,
  paginator,
  type RateLimiter,
  type ResolvedCommonOptions,
  readCommonOptions,
  resolveBaseUrl,
} from '@apiclients/auth-session/kit';
import type { Client, MaybeOptionalInit } from 'openapi-fetch';
import { api, pagination, servers } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { createClient } from './openapi-fetch.js';

type Paginated = typeof pagination;
type PagedPath = keyof Paginated & keyof paths;
type PageData<P extends PagedPath> = OkBody<paths[P] extends { get: infer Get } ? Get : never>;

/**
 * Every item of a paginated GET (`x-pagination`), page after page as the loop asks for them;
 * `.pages()` for whole pages with their responses. An error response rejects with ResponseError.
 */
export type VolubilePaginate = <P extends PagedPath>(
  path: P,
  init?: MaybeOptionalInit<paths[P], 'get' & keyof paths[P]>,
) => Paged<ItemOf<PageData<P>, Paginated[P]['items']>, PageData<P>>;

export type VolubileClient = Client<paths> & {
  /** The token session, when the client uses Bearer tokens (`scopes` or `getToken`). */
  readonly session?: TokenSession;
  readonly paginate: VolubilePaginate;
  /** A client of the same type with these options changed, sharing this one's session. */
  withOptions(overrides: ClientOverrides): VolubileClient;
};

export const CALLER = 'createVolubileClient';

/** The checks every factory starts with: an options object, a base URL, the common options. */
export function readOptions(options: CommonClientOptions): {
  baseUrl: string;
  common: ResolvedCommonOptions;
} {
  assertOptionsObject(CALLER, options);
  const baseUrl = resolveBaseUrl(CALLER, options.baseUrl, servers[0].url);
  return { baseUrl, common: readCommonOptions(CALLER, options, 'volubile') };
}

/**
 * The typed client: each operation gets the first of its spec security requirements that
 * `credentials` can answer, plus `Authorization: Bearer` from `session` when there is one.
 */
export function authenticatedClient(
  baseUrl: string,
  options: CommonClientOptions,
  common: ResolvedCommonOptions,
  credentials: Record<string, Credential>,
  session: TokenSession | undefined,
  rateLimiter?: RateLimiter,
): VolubileClient {
  if (session) credentials.bearerAuth = bearerCredential(session);
  return buildClient(
    {
      caller: CALLER,
      baseUrl,
      api,
      credentials,
      rateLimiter,
      createClient: createClient<paths>,
      extend: (client) => {
        const paginate = paginator(
          (path, init) => client.GET(path as never, init as never),
          pagination,
        ) as VolubilePaginate;
        return session ? { session, paginate } : { paginate };
      },
    },
    { request: common.request, headers: options.headers },
  ) as VolubileClient;
}
