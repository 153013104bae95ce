import { createTokenSession, type TokenSession } from '@apiclients/auth-session';
import {
  assertNotInBrowser,
  COMMON_OPTIONS,
  type CommonClientOptions,
  exchangeToken,
  RATE_LIMIT_OPTIONS,
  type RateLimitOption,
  rateLimiterOption,
  rejectUnknownOptions,
  requireCredential,
  sessionKey,
  type TokenProviderOptions,
  tokenProviderSession,
} from '@apiclients/auth-session/kit';
import { authenticatedClient, CALLER, type HashrailsClient, readOptions } from './client-core.js';
import { rateLimit, tokenExchange } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { createClient } from './openapi-fetch.js';

export type { HashrailsClient } from './client-core.js';

export type HashrailsClientOptions = CommonClientOptions &
  RateLimitOption &
  (
    | {
        /** Your client UUID from the dashboard. */
        clientId: string;
        /** Your API secret from the dashboard. Backend only. */
        clientSecret: string;
        getToken?: never;
        identity?: never;
      }
    | (TokenProviderOptions & {
        clientId?: never;
        clientSecret?: never;
      })
  );

const PROVIDER = 'Hashrails';

/**
 * A typed Hashrails client. With `{ clientId, clientSecret }` it exchanges them for Bearer tokens
 * through the spec's own token endpoint, caches them, refreshes them before they expire and
 * replays a request once after a 401. `Authorization: Bearer` goes on every operation whose
 * spec security asks for it, and nothing on the token endpoint itself.
 */
export function createHashrailsClient(options: HashrailsClientOptions): HashrailsClient {
  const { baseUrl, common } = readOptions(options);
  rejectUnknownOptions(CALLER, options, [
    ...COMMON_OPTIONS,
    ...RATE_LIMIT_OPTIONS,
    'clientId',
    'clientSecret',
    'getToken',
    'identity',
  ]);
  let session: TokenSession;
  if (options.getToken !== undefined) {
    session = tokenProviderSession(
      CALLER,
      options,
      { provider: 'hashrails', baseUrl },
      common.session,
    );
  } else {
    // Both travel in the token request's JSON body, not in a header.
    const clientId = requireCredential(CALLER, 'clientId', options.clientId);
    const clientSecret = requireCredential(CALLER, 'clientSecret', options.clientSecret);
    assertNotInBrowser(CALLER, 'clientSecret', options.dangerouslyAllowBrowser);
    // The token endpoint takes no credentials (security: []), so a plain client calls it: no
    // recursion through the session, and the session's own retries are the only ones.
    const tokenClient = createClient<paths>({
      baseUrl,
      headers: options.headers,
      fetch: common.fetch,
    });
    session = createTokenSession({
      ...common.session,
      key: sessionKey({ provider: 'hashrails', baseUrl, identity: clientId }),
      // Where each credential goes and where the token comes back: the spec's x-token-exchange.
      issue: ({ signal }) =>
        exchangeToken(
          tokenExchange,
          tokenClient,
          { clientId, clientSecret },
          { provider: PROVIDER, signal, timeoutMs: common.timeoutMs },
        ),
    });
  }
  // One account, one count: keyed like its tokens.
  const limiter = rateLimiterOption(CALLER, options, rateLimit, session.key);
  return authenticatedClient(baseUrl, options, common, session, limiter);
}
