import { bearerCredential, type Credential } from '../security/credential.js';
import type { TokenProvider } from './common.js';

/** A Bearer credential fed by a frontend's `getToken`, which may return a string or an object. */
export function tokenProviderCredential(getToken: TokenProvider): Credential {
  return bearerCredential({
    getToken: async () => {
      const token = await getToken();
      return typeof token === 'string' ? token : token.accessToken;
    },
  });
}
