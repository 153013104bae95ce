import { lifetime, malformed } from '../provider/token-endpoint.js';
import { createTokenSession } from '../session/create-token-session.js';
import type { TokenSession, TokenSessionOptions } from '../session/types.js';
import type { TokenProvider } from './common.js';

/**
 * A session fed by a frontend's `getToken`: its tokens are cached, refreshed before expiry
 * (from `expiresIn`, else the JWT `exp`) and asked for again after a 401, like any other.
 */
export function tokenProviderSession(
  getToken: TokenProvider,
  options: Omit<TokenSessionOptions, 'issue'>,
): TokenSession {
  return createTokenSession({
    ...options,
    issue: async () => {
      const token: unknown = await getToken();
      if (typeof token === 'string' && token !== '') return { accessToken: token };
      if (typeof token === 'object' && token !== null) {
        const { accessToken, expiresIn } = token as { accessToken?: unknown; expiresIn?: unknown };
        if (typeof accessToken === 'string' && accessToken !== '')
          return { accessToken, expiresIn: lifetime(expiresIn) };
      }
      throw malformed('getToken', 'must resolve to a token string or { accessToken, expiresIn? }');
    },
  });
}
