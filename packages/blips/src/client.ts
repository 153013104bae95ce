import {
  assertNotInBrowser,
  assertOptionsObject,
  basicCredential,
  buildClient,
  type ClientOverrides,
  COMMON_OPTIONS,
  type CommonClientOptions,
  type ItemOf,
  type OkBody,
  type Paged,
  paginator,
  RATE_LIMIT_OPTIONS,
  type RateLimitOption,
  rateLimiterOption,
  readCommonOptions,
  rejectUnknownOptions,
  requireCredential,
  resolveBaseUrl,
} from '@apiclients/auth-session/kit';
import type { Client, MaybeOptionalInit } from 'openapi-fetch';
import { api, pagination, rateLimit } from './generated/operations.js';
import type { components, paths } from './generated/schema.js';
import { createClient } from './openapi-fetch.js';

/** A permission a Blips API token can be granted. */
export type Permission = components['schemas']['CreateApiTokenRequest']['permissions'][number];

// Blips authenticates every request with the pair itself: no tokens, so no session options.
export interface BlipsClientOptions
  extends Omit<CommonClientOptions, 'refreshWindowMs' | 'expiryMarginMs' | 'store'>,
    RateLimitOption {
  /** The API token's client id: the Basic auth username. */
  clientId: string;
  /** The API token's client secret: the Basic auth password. Keep it on your backend. */
  clientSecret: string;
  /**
   * Required: Blips' server is `https://{publicHost}`, so there is no default.
   * The public test backend is `https://public-test.blips.network`.
   */
  baseUrl: string;
}

type Paginated = typeof pagination;
type PagedPath = keyof Paginated & keyof paths;
type PageData<P extends PagedPath> = OkBody<paths[P] extends { get: infer Get } ? Get : never>;

/**
 * Every item of a paginated GET (`x-pagination`: cursor style), page after page as the loop asks
 * for them; `.pages()` for whole pages with their responses. An error response rejects with
 * ResponseError.
 */
export type BlipsPaginate = <P extends PagedPath>(
  path: P,
  init?: MaybeOptionalInit<paths[P], 'get' & keyof paths[P]>,
) => Paged<ItemOf<PageData<P>, Paginated[P]['items']>, PageData<P>>;

export type BlipsClient = Client<paths> & {
  readonly paginate: BlipsPaginate;
  /** A client of the same type with these options changed, sharing this one's credentials. */
  withOptions(overrides: ClientOverrides): BlipsClient;
};

const CALLER = 'createBlipsClient';

// No tokens, so nothing to refresh or store.
const BLIPS_OMITS: readonly string[] = ['refreshWindowMs', 'expiryMarginMs', 'store'];

/** A typed Blips client sending `Authorization: Basic base64(utf8(clientId:clientSecret))`. */
export function createBlipsClient(options: BlipsClientOptions): BlipsClient {
  assertOptionsObject(CALLER, options);
  rejectUnknownOptions(CALLER, options, [
    ...COMMON_OPTIONS.filter((name) => !BLIPS_OMITS.includes(name)),
    ...RATE_LIMIT_OPTIONS,
    'clientId',
    'clientSecret',
  ]);
  // Basic credentials are base64-encoded, so any character travels; RFC 7617 still forbids
  // control characters in both, and a colon in the user id (it would split the pair).
  const clientId = requireCredential(CALLER, 'clientId', options.clientId);
  const clientSecret = requireCredential(CALLER, 'clientSecret', options.clientSecret);
  if (clientId.includes(':')) {
    throw new TypeError(`${CALLER}: options.clientId must not contain ":" (RFC 7617 Basic auth)`);
  }
  if (options.baseUrl === undefined) {
    throw new TypeError(
      `${CALLER}: options.baseUrl is required: Blips has no default server (its server is https://{publicHost}); for the public test backend pass "https://public-test.blips.network"`,
    );
  }
  const baseUrl = resolveBaseUrl(CALLER, options.baseUrl);
  assertNotInBrowser(CALLER, 'clientSecret', options.dangerouslyAllowBrowser);
  const common = readCommonOptions(CALLER, options, 'blips');
  const credentials = { basicAuth: basicCredential(clientId, clientSecret) };
  // Counted in this process: a Blips client keeps no store to count in.
  const rateLimiter = rateLimiterOption(CALLER, options, rateLimit);
  return buildClient(
    {
      caller: CALLER,
      baseUrl,
      api,
      credentials,
      rateLimiter,
      createClient: createClient<paths>,
      extend: (client) => ({
        paginate: paginator(
          (path, init) => client.GET(path as never, init as never),
          pagination,
        ) as BlipsPaginate,
      }),
    },
    { request: common.request, headers: options.headers },
  );
}
