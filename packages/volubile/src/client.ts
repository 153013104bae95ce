import { createTokenSession, type TokenSession } from '@apiclients/auth-session';
import {
  assertNotInBrowser,
  COMMON_OPTIONS,
  type CommonClientOptions,
  type Credential,
  headerCredential,
  RATE_LIMIT_OPTIONS,
  type RateLimitOption,
  rateLimiterOption,
  rejectUnknownOptions,
  requireCredential,
  sessionKey,
  type TokenProviderOptions,
  tokenProviderSession,
} from '@apiclients/auth-session/kit';
import { authenticatedClient, CALLER, readOptions, type VolubileClient } from './client-core.js';
import { rateLimit, securitySchemes } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { createClient } from './openapi-fetch.js';
import { checkScopes, mintToken, type Scope } from './token.js';

export type { VolubileClient } from './client-core.js';

export type VolubileClientOptions = CommonClientOptions &
  RateLimitOption &
  (
    | {
        /** Your API key. Backend only. */
        apiKey: string;
        /**
         * With scopes, the client mints scoped Bearer tokens with the key and API calls carry only
         * `Authorization: Bearer`. Without, every call carries `X-Api-Key`.
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

/** A typed Volubile client; see `VolubileClientOptions` for the three ways to authenticate. */
export function createVolubileClient(options: VolubileClientOptions): VolubileClient {
  const { baseUrl, common } = readOptions(options);
  rejectUnknownOptions(CALLER, options, [
    ...COMMON_OPTIONS,
    ...RATE_LIMIT_OPTIONS,
    'apiKey',
    'scopes',
    'getToken',
    'identity',
  ]);
  const credentials: Record<string, Credential> = {};
  let session: TokenSession | undefined;
  if (options.getToken !== undefined) {
    session = tokenProviderSession(
      CALLER,
      options,
      { provider: 'volubile', baseUrl },
      common.session,
    );
  } else {
    const apiKey = requireCredential(CALLER, 'apiKey', options.apiKey, true);
    assertNotInBrowser(CALLER, 'apiKey', options.dangerouslyAllowBrowser);
    // The key still answers the operations that only take a key (the token endpoint); the
    // spec lists the Bearer first everywhere else, so API calls carry only the Bearer.
    credentials['Api key'] = headerCredential(securitySchemes['Api key'].name, apiKey);
    if (options.scopes !== undefined) {
      const scopes = checkScopes(CALLER, options.scopes);
      const tokenClient = createClient<paths>({
        baseUrl,
        headers: options.headers,
        fetch: common.fetch,
      });
      session = createTokenSession({
        ...common.session,
        key: sessionKey({ provider: 'volubile', baseUrl, secretIdentity: apiKey, scopes }),
        issue: ({ signal }) => mintToken(tokenClient, apiKey, scopes, signal, common.timeoutMs),
      });
    }
  }
  // One account, one count: keyed like its tokens, or by its key's fingerprint without tokens.
  const limiter = rateLimiterOption(
    CALLER,
    options,
    rateLimit,
    session?.key ??
      sessionKey({ provider: 'volubile', baseUrl, secretIdentity: options.apiKey as string }),
  );
  return authenticatedClient(baseUrl, options, common, credentials, session, limiter);
}
