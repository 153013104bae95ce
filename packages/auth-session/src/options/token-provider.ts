import { tokenProviderKey } from '../provider/session-key.js';
import { lifetime, malformed } from '../provider/token-endpoint.js';
import { createTokenSession } from '../session/create-token-session.js';
import type { TokenSession, TokenSessionOptions } from '../session/types.js';
import { requireFunction, requireNonEmptyString } from './validate.js';

/** What a frontend passes instead of a secret: a function that gets a token from its backend. */
export type TokenProvider = () => Promise<string | { accessToken: string; expiresIn?: number }>;

/** The options of a client that is handed its tokens rather than a secret. */
export interface TokenProviderOptions {
  /** Returns a Bearer token, typically minted by your backend. For frontends. */
  getToken: TokenProvider;
  /**
   * Whose tokens `getToken` returns (a user id, a tenant id; never a secret). Clients of the same
   * provider, base URL and `identity` share tokens through a shared `store`. Without it, a
   * client's tokens are its own: never read by another client, whatever store they share.
   */
  identity?: string | undefined;
}

/**
 * A session fed by a frontend's `getToken`: its tokens are cached, refreshed before expiry
 * (from `expiresIn`, else the JWT `exp`) and asked for again after a 401, like any other. Its
 * store key carries the client's `identity`, or a random one: two tenants never share an entry.
 */
export function tokenProviderSession(
  caller: string,
  options: Partial<TokenProviderOptions>,
  where: { readonly provider: string; readonly baseUrl: string },
  sessionOptions: Omit<TokenSessionOptions, 'issue' | 'key'>,
): TokenSession {
  const getToken = requireFunction(caller, 'getToken', options.getToken) as TokenProvider;
  const named =
    options.identity === undefined
      ? null
      : requireNonEmptyString(caller, 'identity', options.identity);
  return createTokenSession({
    ...sessionOptions,
    key: tokenProviderKey(where, named),
    issue: async () => {
      const token: unknown = await getToken();
      if (typeof token === 'string' && token !== '') return { accessToken: token };
      if (typeof token === 'object' && token !== null) {
        const { accessToken, expiresIn } = token as { accessToken?: unknown; expiresIn?: unknown };
        if (typeof accessToken === 'string' && accessToken !== '')
          return { accessToken, expiresIn: lifetime(expiresIn, 'getToken') };
      }
      throw malformed('getToken', 'must resolve to a token string or { accessToken, expiresIn? }');
    },
  });
}
