import { createTokenSession, type TokenSession } from '@apiclients/auth-session';
import {
  assertNotInBrowser,
  COMMON_OPTIONS,
  type CommonClientOptions,
  callTokenEndpoint,
  lifetime,
  malformed,
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
import { rateLimit } from './generated/operations.js';
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
      issue: async ({ signal }) => {
        const body = await callTokenEndpoint(
          (attempt) =>
            tokenClient.POST('/v1/auth/token/issue', {
              body: { client_id: clientId, client_secret: clientSecret },
              signal: attempt,
            }),
          { provider: PROVIDER, signal, timeoutMs: common.timeoutMs },
        );
        const token = body?.data?.access_token;
        if (typeof token !== 'string' || token === '')
          throw malformed(PROVIDER, 'lacks data.access_token');
        return {
          accessToken: token,
          expiresIn: lifetime(body.data?.expires_in, PROVIDER),
          tokenType: body.data?.token_type,
        };
      },
    });
  }
  // One account, one count: keyed like its tokens.
  const limiter = rateLimiterOption(CALLER, options, rateLimit, session.key);
  return authenticatedClient(baseUrl, options, common, session, limiter);
}
