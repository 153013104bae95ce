// generated from specs/blips.yaml — do not edit. Run `pnpm generate` to update.

import {
  type ClientOverrides,
  type CommonClientOptions,
  createSpecClient,
  httpBasic,
  interopDefault,
  type Paged,
  type PageData,
  type PagedPath,
  type PageItem,
  pagesOf,
  type RateLimitOption,
} from '@apiclients/auth-session/kit';
import openapiFetch, { type Client, type MaybeOptionalInit } from 'openapi-fetch';
import { api, pagination, rateLimit, securitySchemes } from './operations.js';
import type { paths } from './schema.js';

/**
 * The options of `createBlipsClient`: credentials as the spec's security schemes ask, and the
 * common ones.
 */
export interface BlipsClientOptions
  extends Omit<CommonClientOptions, 'refreshWindowMs' | 'expiryMarginMs' | 'store'>,
    RateLimitOption {
  /**
   * The HTTP Basic username: `basicAuth` (Integration-key Basic Auth: username is the API token's
   * clientId, password its clientSecret).
   */
  clientId: string;
  /** Its secret (the Basic password). Keep it on your backend. */
  clientSecret: string;
  /**
   * Required: Blips has no default server (its server is https://{publicHost}; with the spec's
   * defaults, "https://public-test.blips.network").
   */
  baseUrl: string;
}

type Paginated = typeof pagination;

/**
 * Every item of a paginated GET (`x-pagination`), page after page as the loop asks for them;
 * `.pages()` for whole pages with their responses. An error response rejects with
 * ResponseError.
 */
export type BlipsPaginate = <P extends PagedPath<paths, Paginated>>(
  path: P,
  init?: MaybeOptionalInit<paths[P], 'get' & keyof paths[P]>,
) => Paged<PageItem<paths, Paginated, P>, PageData<paths, P>>;

export type BlipsClient = Client<paths> & {
  readonly paginate: BlipsPaginate;
  /** A client of the same type with these options changed, sharing this one's credentials. */
  withOptions(overrides: ClientOverrides): BlipsClient;
};

// openapi-fetch's `createClient`, as much in the CJS build as in the ESM one.
const createClient = interopDefault(openapiFetch);

/** A typed Blips client, authenticated as the spec's security asks: basicAuth (http basic). */
export function createBlipsClient(options: BlipsClientOptions): BlipsClient {
  return createSpecClient(options, {
    caller: 'createBlipsClient',
    provider: 'blips',
    title: 'Blips',
    noServer: "Blips has no default server (its server is https://{publicHost}; with the spec's defaults, \"https://public-test.blips.network\")",
    securitySchemes,
    handlers: [
      ["basicAuth", httpBasic],
    ],
    needs: "clientId + clientSecret (basicAuth)",
    required: ["clientId", "is required and must be a string"],
    api,
    paginate: pagesOf(pagination),
    rateLimit,
    createClient: createClient<paths>,
  }) as BlipsClient;
}
