import { tokenProviderSession } from '../options/token-provider.js';
import { bearerCredential } from '../security/credential.js';
import { given, type SchemeHandler } from './types.js';

/**
 * `getToken` alone: the Bearer a frontend gets from its backend, cached, refreshed, asked again
 * after a 401. For a scheme whose tokens the client can also mint itself (an `x-token-exchange`),
 * where a fixed `token` would only go stale. One session serves every scheme it satisfies.
 */
export const tokenProvider: SchemeHandler = {
  // The session options as literals: a spread would keep this object (and the session it
  // drags in) in bundles that never use it.
  options: ['getToken', 'identity', 'refreshWindowMs', 'expiryMarginMs', 'store'],
  credential({ caller, provider, baseUrl, options, common, sessions }) {
    if (!given(options, ['getToken', 'identity'])) return undefined;
    let session = sessions.get('getToken');
    if (!session) {
      session = tokenProviderSession(caller, options, { provider, baseUrl }, common.session);
      sessions.set('getToken', session);
    }
    return bearerCredential(session);
  },
};
